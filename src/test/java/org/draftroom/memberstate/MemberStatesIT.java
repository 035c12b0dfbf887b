package org.draftroom.memberstate;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.draftroom.support.Http;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class MemberStatesIT extends ServerTest {

    @Test
    void lists_the_193_member_states_and_two_observer_states_with_their_un_names() {
        Http.Response response = http().get("/api/member-states", accounts.delegate(http(), "BLR"));
        assertThat(response.status()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        int observers = 0;
        for (JsonNode state : response.json()) {
            names.add(state.get("name").asText());
            assertThat(state.get("code").asText()).matches("[A-Z]{3}");
            if (state.get("observer").asBoolean()) {
                observers++;
            }
        }
        assertThat(names).hasSize(195).doesNotHaveDuplicates()
                .contains("Venezuela (Bolivarian Republic of)", "Democratic People's Republic of Korea",
                        "Russian Federation", "Türkiye", "Holy See", "State of Palestine");
        assertThat(observers).isEqualTo(2);
    }
}
