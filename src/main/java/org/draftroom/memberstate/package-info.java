/**
 * The Member States and observer States of the United Nations with their ISO alpha-3 codes.
 */
package org.draftroom.memberstate;
