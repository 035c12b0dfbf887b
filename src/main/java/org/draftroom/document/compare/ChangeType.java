package org.draftroom.document.compare;

public enum ChangeType {
    UNCHANGED,
    /** same paragraph, words inserted or deleted */
    CHANGED,
    INSERTED,
    DELETED,
    /** the paragraph changed position relative to the others (its words may also have changed) */
    MOVED
}
