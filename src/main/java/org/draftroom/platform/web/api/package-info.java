/**
 * The OpenAPI description's shared parts: the error responses every operation names ({@link ProblemResponses}),
 * all {@code application/problem+json} with the {@code Problem} schema of {@code src/main/openapi/draftroom-common.yml}.
 */
package org.draftroom.platform.web.api;
