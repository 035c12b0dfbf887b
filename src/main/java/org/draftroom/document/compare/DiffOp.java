package org.draftroom.document.compare;

public enum DiffOp {
    EQUAL,
    INSERT,
    DELETE
}
