package org.draftroom.agreedlanguage.model;

/** Stable 64-bit hashes (the same on every server and in every run, unlike {@link String#hashCode}). */
final class Hashing {

    private Hashing() {
    }

    static long fnv64(byte[] bytes) {
        long h = 0xcbf29ce484222325L;
        for (byte b : bytes) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** SplitMix64's finaliser: spreads every input bit over the whole result. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
