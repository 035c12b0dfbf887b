package org.draftroom.amendment.model;

/** Informal proposals in consultations, written amendments once tabled, oral ones at action. */
public enum AmendmentKind { INFORMAL, WRITTEN, ORAL }
