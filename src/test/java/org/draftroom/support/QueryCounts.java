package org.draftroom.support;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions of the project's rule "no N+1 queries: a read costs a constant number of queries". */
public final class QueryCounts {
    private QueryCounts() {
    }

    /**
     * The same read, measured on little data and on much: it must execute exactly as many
     * statements both times (at least one: a read that seems to cost nothing is not being
     * measured), and no more than {@code atMost}. Prints the counts and the statements of the read
     * on much data; on failure the message lists the statements of both.
     */
    public static void assertConstant(String read, RequestStatements.Counted<?> little, RequestStatements.Counted<?> much, int atMost) {
        String counts = String.format("%s: %d statements on little data, %d on much (at most %d expected)",
                read, little.count(), much.count(), atMost);
        System.out.printf("query count | %s; not counted, on background threads: %d%n%s", counts,
                little.elsewhere().size() + much.elsewhere().size(), much.summary());
        String details = counts + "\n-- on little data:\n" + little.summary() + "-- on much data:\n" + much.summary();
        assertThat(little.count()).as("no statement seen, so nothing is measured: " + details).isPositive();
        assertThat(much.count()).as(details).isEqualTo(little.count());
        assertThat(much.count()).as(details).isLessThanOrEqualTo(atMost);
    }
}
