package org.draftroom.document.akn;

import static org.assertj.core.api.Assertions.assertThat;

import org.draftroom.document.model.Document;
import org.draftroom.document.testing.Seeds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AknExportTest {

    @ParameterizedTest
    @EnumSource(Seeds.class)
    void the_export_of_each_seed_validates_against_the_akoma_ntoso_schema(Seeds seed) throws Exception {
        Document d = seed.parse();
        String xml = AknWriter.write(d, PublicationFacts.derivedFrom(d));
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/akn"));
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/akn/" + seed.number() + ".xml"), xml);
        assertThat(AknSchema.errors(xml)).isEmpty();
    }
}
