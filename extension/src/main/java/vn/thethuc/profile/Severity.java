package vn.thethuc.profile;

public enum Severity { ERROR, WARNING, INFO }
