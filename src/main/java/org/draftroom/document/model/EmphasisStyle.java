package org.draftroom.document.model;

public enum EmphasisStyle {
    ITALIC,
    BOLD
}
