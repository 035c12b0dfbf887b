/**
 * Agreed language: the library of adopted texts, indexed per paragraph ({@code store}), and the
 * provenance of every paragraph of a draft against it ({@code model}: verbatim, modified or new).
 */
package org.draftroom.agreedlanguage;
