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

    /** The names a State bore, by the day asked: the day before a change, the day of it, and at the opening of several sessions. */
    @Test
    void names_on_a_day_are_the_names_the_un_used_that_day() {
        String token = accounts.delegate(http(), "BLR");
        assertThat(name(token, "2004-11-16", "VEN")).isEqualTo("Venezuela");
        assertThat(name(token, "2004-11-17", "VEN")).isEqualTo("Venezuela (Bolivarian Republic of)");
        assertThat(name(token, "2009-03-17", "BOL")).isEqualTo("Bolivia");
        assertThat(name(token, "2009-03-18", "BOL")).isEqualTo("Bolivia (Plurinational State of)");
        assertThat(name(token, "2016-05-16", "CZE")).isEqualTo("Czech Republic");
        assertThat(name(token, "2016-05-17", "CZE")).isEqualTo("Czechia");
        assertThat(name(token, "2018-04-18", "SWZ")).isEqualTo("Swaziland");
        assertThat(name(token, "2018-04-19", "SWZ")).isEqualTo("Eswatini");
        assertThat(name(token, "2019-02-12", "MKD")).isEqualTo("The former Yugoslav Republic of Macedonia");
        assertThat(name(token, "2019-02-13", "MKD")).isEqualTo("North Macedonia");
        assertThat(name(token, "2022-05-31", "TUR")).isEqualTo("Turkey");
        assertThat(name(token, "2022-06-01", "TUR")).isEqualTo("Türkiye");

        // the 60th session (2005), the 72nd (2017), the 74th (2019), the 80th (2025), each at its opening
        assertThat(names(token, "2005-09-13", "BOL", "CZE", "SWZ", "MKD", "TUR", "VEN", "SRB", "LBY", "CPV")).containsExactly(
                "Bolivia", "Czech Republic", "Swaziland", "The former Yugoslav Republic of Macedonia", "Turkey",
                "Venezuela (Bolivarian Republic of)", "Serbia and Montenegro", "Libyan Arab Jamahiriya", "Cape Verde");
        assertThat(names(token, "2017-09-12", "BOL", "CZE", "SWZ", "MKD", "TUR", "SRB", "LBY", "CPV")).containsExactly(
                "Bolivia (Plurinational State of)", "Czechia", "Swaziland", "The former Yugoslav Republic of Macedonia", "Turkey",
                "Serbia", "Libya", "Cabo Verde");
        assertThat(names(token, "2019-09-17", "SWZ", "MKD", "TUR")).containsExactly("Eswatini", "North Macedonia", "Turkey");
        assertThat(names(token, "2025-09-09", "TUR", "CZE")).containsExactly("Türkiye", "Czechia");

        Http.Response bad = http().get("/api/member-states?on=yesterday", token);
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.json().get("field").asText()).isEqualTo("on");
    }

    private String name(String token, String on, String code) {
        return names(token, on, code).get(0);
    }

    private List<String> names(String token, String on, String... codes) {
        Http.Response r = http().get("/api/member-states?on=" + on, token);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        java.util.Map<String, String> byCode = new java.util.HashMap<>();
        r.json().forEach(s -> byCode.put(s.get("code").asText(), s.get("name").asText()));
        return java.util.Arrays.stream(codes).map(byCode::get).toList();
    }
}
