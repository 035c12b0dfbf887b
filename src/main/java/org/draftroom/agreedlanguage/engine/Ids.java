package org.draftroom.agreedlanguage.engine;

/** A process variable holding an id, as the engine hands it back (a Long, or its text). */
final class Ids {
    private Ids() {
    }

    static long of(Object variable) {
        return variable instanceof Number n ? n.longValue() : Long.parseLong(variable.toString());
    }
}
