/**
 * What is not a feature: the embedded PostgreSQL and the database watch ({@code database}), the Flowable engine in Micronaut's transactions ({@code engine}), token signing ({@code tokens}), readiness ({@code health}), metrics ({@code metrics}), JSON logs ({@code logging}), the orderly stop ({@code process}) and HTTP errors, headers and request ids ({@code web}).
 */
package org.draftroom.platform;
