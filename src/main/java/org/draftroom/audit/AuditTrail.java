package org.draftroom.audit;

/**
 * Records state changes. Implementations write in the caller's transaction (joining it, or
 * opening one when there is none), so a rolled-back change leaves no entry and a committed
 * change always has one.
 *
 * <p>Call {@link #record} once per state change, from inside the transaction that makes it
 * (a {@code @Transactional} use case). The event is checked at once (a payload without an
 * exact JSON form throws {@link IllegalArgumentException}); the entry itself is appended to
 * the hash chain just before the transaction commits, which is when the chain lock is taken,
 * so where in the transaction you call it does not lengthen the time the lock is held.
 * Outside any transaction (a failed sign-in) the entry is appended in a transaction of its own
 * before {@code record} returns. Do not call it from a transaction-synchronization callback,
 * nor inside a nested (savepoint) transaction that may roll back alone.
 */
public interface AuditTrail {
    void record(AuditEvent event);
}
