package org.draftroom.document.model;

import java.util.concurrent.atomic.AtomicInteger;

/** Hands out paragraph ids. Production uses {@link #random()}; tests use {@link #sequential(String)} for stable output. */
@FunctionalInterface
public interface IdGenerator {

    ParagraphId next();

    static IdGenerator random() {
        return ParagraphId::random;
    }

    /** Ids "prefix-1", "prefix-2", ... — deterministic, for tests and golden files. */
    static IdGenerator sequential(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return () -> new ParagraphId(prefix + "-" + counter.incrementAndGet());
    }
}
