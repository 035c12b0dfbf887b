package org.draftroom.platform.metrics;

/**
 * What the meters read of the live streams a server holds open; the live events implement it, so
 * the platform does not depend on a feature.
 */
public interface OpenStreams {
    /** Live streams open on this server now. */
    int open();
}
