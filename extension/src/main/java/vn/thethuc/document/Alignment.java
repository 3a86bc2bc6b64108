package vn.thethuc.document;

public enum Alignment { LEFT, RIGHT, CENTER, JUSTIFY }
