/**
 * The one refusal type every feature throws; the web layer maps it to application/problem+json.
 */
package org.draftroom.shared;
