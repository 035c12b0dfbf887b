package org.draftroom.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The document core and every feature's rules are plain Java: no HTTP, no SQL, no engine, no
 * framework. They can be read, tested and reused without a server.
 */
class RulesStayPlainJavaTest {
    private static final String[] FRAMEWORKS = {"io.micronaut..", "java.sql..", "javax.sql..", "org.flowable..",
            "jakarta.inject..", "jakarta.persistence..", "com.fasterxml.jackson.."};
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.draftroom");
    }

    @Test
    void the_document_core_knows_no_framework() {
        ArchRule rule = noClasses().that().resideInAnyPackage(
                        "org.draftroom.document.model..", "org.draftroom.document.parse..", "org.draftroom.document.render..",
                        "org.draftroom.document.compare..", "org.draftroom.document.text..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS);
        rule.check(classes);
    }

    @Test
    void the_document_core_does_not_reach_into_the_features_around_it() {
        ArchRule rule = noClasses().that().resideInAnyPackage(
                        "org.draftroom.document.model..", "org.draftroom.document.parse..", "org.draftroom.document.render..",
                        "org.draftroom.document.compare..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.draftroom.draft.store..", "org.draftroom.draft.app..", "org.draftroom.draft.web..",
                        "org.draftroom.lifecycle..", "org.draftroom.amendment..", "org.draftroom.audit..", "org.draftroom.platform..");
        rule.check(classes);
    }

    /** The text library: paragraphs, parsing, rendering, comparison and the Akoma Ntoso, Word and print formats. */
    private static final String[] TEXT_LIBRARY = {"org.draftroom.document.."};

    @Test
    void the_text_library_imports_nothing_of_the_project_but_itself_and_shared() {
        ArchRule rule = noClasses().that().resideInAnyPackage(TEXT_LIBRARY)
                .should().dependOnClassesThat(resideInAPackage("org.draftroom..")
                        .and(not(resideInAnyPackage(TEXT_LIBRARY)))
                        .and(not(resideInAPackage("org.draftroom.shared.."))));
        rule.check(classes);
    }

    @Test
    void the_text_library_knows_no_server_framework() {
        ArchRule rule = noClasses().that().resideInAnyPackage(TEXT_LIBRARY)
                .should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "java.sql..", "javax.sql..",
                        "org.flowable..", "jakarta.inject..");
        rule.check(classes);
    }

    @Test
    void policies_and_models_of_every_feature_know_no_framework() {
        ArchRule rule = noClasses().that().haveSimpleNameEndingWith("Policy")
                .or().haveSimpleNameEndingWith("Policies")
                .or().resideInAnyPackage("org.draftroom.*.model..", "org.draftroom.*.*.model..", "org.draftroom.*.rules..",
                        "org.draftroom.*.policy..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .allowEmptyShould(true);
        rule.check(classes);
    }

    @Test
    void votes_are_counted_in_plain_java() {
        ArchRule rule = noClasses().that().haveFullyQualifiedName("org.draftroom.voting.Tally")
                .or().haveFullyQualifiedName("org.draftroom.voting.RecordedVote")
                .or().haveFullyQualifiedName("org.draftroom.voting.Decision")
                .or().haveFullyQualifiedName("org.draftroom.shared.Refusal")
                .or().haveFullyQualifiedName("org.draftroom.shared.Caller")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS);
        rule.check(classes);
    }
}
