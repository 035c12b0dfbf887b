package org.draftroom.web.live;

/**
 * Where a draft stands in its changes: its row version, the sequence number of its last sealed
 * audit entry and how many of its entries wait in the audit queue. Every committed change of a
 * draft queues an audit entry (count + 1) and sealing moves it into the chain (last sequence
 * number + 1), so the three together change with every change and never come back to an earlier
 * value.
 */
record DraftChangeCount(long draftId, long rowVersion, long lastSeq, long queued) {
}
