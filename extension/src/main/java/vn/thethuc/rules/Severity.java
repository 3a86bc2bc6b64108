package vn.thethuc.rules;

public enum Severity { ERROR, WARNING, INFO }
