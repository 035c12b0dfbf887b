package org.draftroom.document.akn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CitedDocumentsTest {

    private static List<String> symbols(String text) {
        return CitedDocuments.in(text).stream().map(c -> text.substring(c.start(), c.end()) + "=" + c.symbol()).toList();
    }

    @Test
    void the_assemblys_own_resolutions_are_cited_in_lists_with_their_dates() {
        assertThat(symbols("Recalling its resolutions 61/180 of 20 December 2006, 64/178 of 18 December 2009 and 72/195 of "
                + "19 December 2017 on improving coordination, and General Assembly resolution 55/25,"))
                .containsExactly("61/180=A/RES/61/180", "64/178=A/RES/64/178", "72/195=A/RES/72/195", "55/25=A/RES/55/25");
    }

    @Test
    void resolutions_of_other_bodies_and_plain_numbers_are_not_general_assembly_resolutions() {
        assertThat(symbols("Human Rights Council resolution 44/4 of 16 July 2020 and Commission resolution 27/2, "
                + "resolution 10/1 of the Conference, open 24/7")).isEmpty();
    }

    @Test
    void document_symbols_are_cited_without_the_full_stop_after_them() {
        assertThat(symbols("the report of the Secretary-General (A/76/120), CTOC/COP/2020/10 and E/2002/68/Add.1. See A/C.3/80/L.20/Rev.1."))
                .containsExactly("A/76/120=A/76/120", "CTOC/COP/2020/10=CTOC/COP/2020/10", "E/2002/68/Add.1=E/2002/68/Add.1",
                        "A/C.3/80/L.20/Rev.1=A/C.3/80/L.20/Rev.1");
        assertThat(symbols("HIV/AIDS and the SDG/UN/X framework")).isEmpty();
    }
}
