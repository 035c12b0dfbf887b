package org.draftroom.audit;

/**
 * Records state changes. Implementations write in the caller's transaction (joining it, or
 * opening one when there is none), so a rolled-back change leaves no entry and a committed
 * change always has one.
 */
public interface AuditTrail {
    void record(AuditEvent event);
}
