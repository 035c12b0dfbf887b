/**
 * What is not a feature: the embedded PostgreSQL ({@code database}), the Flowable engine in Micronaut's transactions ({@code engine}) and HTTP errors, headers and request ids ({@code web}).
 */
package org.draftroom.platform;
