package org.draftroom.lifecycle.store;

import jakarta.inject.Singleton;
import org.draftroom.platform.database.Sql;

/**
 * Hands out the next free number of a series (L. numbers of a committee and session, resolution
 * numbers of a session). The counter row stays locked until the transaction ends, so concurrent
 * tablings take turns, get distinct numbers, and a rolled-back one gives its number back.
 */
@Singleton
public class NumberSeries {
    private final Sql sql;

    NumberSeries(Sql sql) {
        this.sql = sql;
    }

    /** The next number of the series whose symbol ({@code series + n}) nobody carries yet. */
    public int nextFree(String series) {
        while (true) {
            int n = sql.one("""
                    INSERT INTO number_series (series, last_number) VALUES (?, 1)
                    ON CONFLICT (series) DO UPDATE SET last_number = number_series.last_number + 1
                    RETURNING last_number""", rs -> rs.getInt(1), series).orElseThrow();
            if (!taken(series + n)) {
                return n;
            }
        }
    }

    /** The number {@link #nextFree} would give now, without taking it. */
    public int peekNext(String series) {
        int n = sql.one("SELECT last_number FROM number_series WHERE series = ?", rs -> rs.getInt(1), series).orElse(0) + 1;
        while (taken(series + n)) {
            n++;
        }
        return n;
    }

    /** Where the secretariat says a series stands: the next number given is the first free one after {@code last}. */
    public void standAt(String series, int last) {
        sql.update("""
                INSERT INTO number_series (series, last_number) VALUES (?, ?)
                ON CONFLICT (series) DO UPDATE SET last_number = excluded.last_number""", series, last);
    }

    /** The last number given in the series (0 when none). */
    public int last(String series) {
        return sql.one("SELECT last_number FROM number_series WHERE series = ?", rs -> rs.getInt(1), series).orElse(0);
    }

    /** Takes a number chosen by the secretariat; later numbers follow it. */
    public void take(String series, int number) {
        sql.update("""
                INSERT INTO number_series (series, last_number) VALUES (?, ?)
                ON CONFLICT (series) DO UPDATE SET last_number = greatest(number_series.last_number, excluded.last_number)""",
                series, number);
    }

    /** True when a draft, a past symbol or a resolution already carries the symbol. */
    public boolean taken(String symbol) {
        return sql.one("""
                SELECT EXISTS (SELECT 1 FROM draft WHERE symbol = ?)
                    OR EXISTS (SELECT 1 FROM draft_symbol WHERE symbol = ?)
                    OR EXISTS (SELECT 1 FROM meeting_decision WHERE resolution_number = regexp_replace(?, '^A/(RES|DEC)/', ''))""",
                rs -> rs.getBoolean(1), symbol, symbol, symbol).orElse(false);
    }
}
