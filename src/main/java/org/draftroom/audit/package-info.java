/**
 * The audit trail: every change queues an entry in its own transaction; the sealer hash-chains committed entries; search, CSV and JSON Lines exports, chain verification ({@code chain}) and the procedural history of a draft in plain words ({@code history}).
 */
package org.draftroom.audit;
