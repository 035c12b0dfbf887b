package org.draftroom.lifecycle.app;

import org.draftroom.shared.Caller;

import java.time.LocalDate;

/** What other features do, in the same transaction, when a draft is tabled (informal proposals lapse). */
public interface AfterTabling {
    void tabled(Caller caller, long draftId, String symbol, LocalDate on);
}
