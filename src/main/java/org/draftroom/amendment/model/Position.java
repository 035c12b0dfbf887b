package org.draftroom.amendment.model;

/** Where inserted words or a moved or inserted paragraph go, relative to the quote or anchor. */
public enum Position { BEFORE, AFTER }
