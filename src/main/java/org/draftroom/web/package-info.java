/**
 * The server side of the web client: live events of a draft over server-sent events ({@code live}).
 */
package org.draftroom.web;
