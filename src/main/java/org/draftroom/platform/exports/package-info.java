/**
 * Heavy exports (Word, Akoma Ntoso, print, the audit trail) bounded per user and in time: each
 * export in flight holds a slot, a row of {@code export_lease} shared by every server
 * ({@link org.draftroom.platform.exports.ExportSlots}); a file is made on a small pool of its own
 * within a time limit ({@link org.draftroom.platform.exports.HeavyExports}); the slot is given
 * back when the response has been sent or the client has gone.
 */
package org.draftroom.platform.exports;
