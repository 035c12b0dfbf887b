/**
 * Accounts and authority: sign-in, roles (a delegate bound to one Member State, facilitator, secretariat, administrator), account administration and the caller of a request.
 */
package org.draftroom.security;
