package org.draftroom.platform.engine;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.draftroom.security.UserAccountRepository;
import org.draftroom.support.Http;
import org.draftroom.support.ServerTest;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class EngineSharesTheRequestTransactionIT extends ServerTest {
    @Inject
    UserAccountRepository users;
    @Inject
    RuntimeService runtime;

    @Test
    void a_failing_request_leaves_neither_the_process_instance_nor_the_domain_row() {
        Http.Response response = http().post("/test/probe?name=rolled-back&fail=true", null, "{}");
        assertThat(response.status()).isEqualTo(500);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("failing on purpose").doesNotContain("at org.");
        assertThat(users.existsByUsername("rolled-back")).isFalse();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("rolled-back").count()).isZero();
    }

    @Test
    void a_successful_request_leaves_both() {
        Http.Response response = http().post("/test/probe?name=committed&fail=false", null, "{}");
        assertThat(response.status()).isEqualTo(200);
        assertThat(users.existsByUsername("committed")).isTrue();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("committed").count()).isEqualTo(1);
    }
}
