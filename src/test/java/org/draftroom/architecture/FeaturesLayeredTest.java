package org.draftroom.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Features meet without cycles, and inside a feature (and a part of one, such as {@code amendment.action})
 * the layers point one way: rules ({@code model}) know no store, use case or controller; use cases
 * ({@code app}) know no controller.
 */
class FeaturesLayeredTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.draftroom");
    }

    @Test
    void features_import_each_other_without_cycles() {
        ArchRule rule = slices().matching("org.draftroom.(*)..").should().beFreeOfCycles();
        rule.check(classes);
    }

    /**
     * Sponsorship runs on the procedure's steps, so the procedure asks the co-sponsorship rule
     * ({@code sponsorship.model.CoSponsorshipPolicy}) only through interfaces it owns
     * ({@code lifecycle.CoSponsorshipRule}, {@code lifecycle.CoSponsorship}); the rule itself knows no procedure.
     */
    @Test
    void the_procedure_asks_sponsorship_only_through_its_own_interfaces() {
        noClasses().that().resideInAPackage("org.draftroom.lifecycle..")
                .should().dependOnClassesThat().resideInAPackage("org.draftroom.sponsorship..")
                .check(classes);
        noClasses().that().resideInAPackage("org.draftroom.sponsorship.model..")
                .should().dependOnClassesThat().resideInAPackage("org.draftroom.lifecycle..")
                .check(classes);
    }

    /**
     * Ballots are read once, by {@code voting.BallotSheet} (one set of problem types): outside {@code voting}
     * nobody turns ballots into a {@code RecordedVote} or a {@code Ballot} of its own.
     */
    @Test
    void ballots_are_read_only_by_the_ballot_sheet() {
        noClasses().that().resideOutsideOfPackage("org.draftroom.voting..")
                .should().callConstructor(org.draftroom.voting.RecordedVote.class, java.util.Map.class)
                .orShould().callMethod(org.draftroom.voting.Ballot.class, "valueOf", String.class)
                .check(classes);
    }

    @Test
    void rules_know_no_store_use_case_or_controller() {
        ArchRule rule = noClasses().that().resideInAnyPackage("org.draftroom.*.model..", "org.draftroom.*.*.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.draftroom.*.store..", "org.draftroom.*.app..",
                        "org.draftroom.*.web..", "org.draftroom.web..", "org.draftroom.*.*.store..", "org.draftroom.*.*.app..",
                        "org.draftroom.*.*.web..");
        rule.check(classes);
    }

    @Test
    void use_cases_know_no_controller() {
        ArchRule rule = noClasses().that().resideInAnyPackage("org.draftroom.*.app..", "org.draftroom.*.*.app..")
                .should().dependOnClassesThat().resideInAnyPackage("org.draftroom.*.web..", "org.draftroom.web..",
                        "org.draftroom.*.*.web..");
        rule.check(classes);
    }
}
