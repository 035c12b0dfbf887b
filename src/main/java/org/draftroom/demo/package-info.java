/**
 * Demo mode only: demo accounts and the seed documents imported at the first start.
 */
package org.draftroom.demo;
