package vn.thethuc.rules;

/** Draft: a number may stay blank. Issue: everything a văn thư checks before issuing. */
public enum CheckMode { DRAFT, ISSUE }
