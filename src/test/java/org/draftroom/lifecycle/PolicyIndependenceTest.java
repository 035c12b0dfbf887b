package org.draftroom.lifecycle;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The procedure's rules (the org.draftroom.lifecycle package itself) are plain Java a unit test can call alone. */
class PolicyIndependenceTest {

    @Test
    void the_rules_know_nothing_of_micronaut_jdbc_or_the_process_engine() {
        JavaClasses rules = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.draftroom.lifecycle");
        noClasses().that().resideInAPackage("org.draftroom.lifecycle").should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "java.sql..", "org.flowable..")
                .check(rules);
    }
}
