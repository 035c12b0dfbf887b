package org.draftroom.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.TryCatchBlock;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One way to write SQL: stores write hand-written statements through
 * {@code org.draftroom.platform.database.Sql} (or are Micronaut Data repositories), and only
 * {@code platform.database} catches a {@link SQLException}. Besides it, only the threads that hold
 * a connection of their own for as long as they run may: the listener of database notifications,
 * the watcher of account standings, and the meters that read the database's figures.
 */
class SqlIsWrittenOneWayTest {
    private static final List<String> OWN_CONNECTION_THREADS = List.of(
            "org.draftroom.web.live.DatabaseNotifications",
            "org.draftroom.security.AccountStandings",
            "org.draftroom.platform.metrics.DraftroomMeters");
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.draftroom");
    }

    @Test
    void only_platform_database_catches_sql_exceptions() {
        ArchRule rule = classes().that().resideOutsideOfPackage("org.draftroom.platform.database..")
                .and().doNotHaveFullyQualifiedName(OWN_CONNECTION_THREADS.get(0))
                .and().doNotHaveFullyQualifiedName(OWN_CONNECTION_THREADS.get(1))
                .and().doNotHaveFullyQualifiedName(OWN_CONNECTION_THREADS.get(2))
                .should(notCatchSqlExceptions())
                .because("hand-written statements go through platform.database.Sql, which turns a SQLException "
                        + "into the one failure DatabaseRefusals reads");
        rule.check(classes);
    }

    @Test
    void the_rule_sees_a_catch_where_there_is_one() {
        assertThat(sqlCatches(classes.get("org.draftroom.platform.database.Sql"))).isNotEmpty();
        for (String allowed : OWN_CONNECTION_THREADS) {
            assertThat(sqlCatches(classes.get(allowed))).as(allowed + " is allowed because it catches one").isNotEmpty();
        }
    }

    private static ArchCondition<JavaClass> notCatchSqlExceptions() {
        return new ArchCondition<>("not catch SQLException") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                for (String where : sqlCatches(javaClass)) {
                    events.add(SimpleConditionEvent.violated(javaClass, where + " catches SQLException"));
                }
            }
        };
    }

    /** Where the class (its methods, constructors and lambdas) catches a SQLException or a subclass. */
    private static List<String> sqlCatches(JavaClass javaClass) {
        List<String> found = new ArrayList<>();
        for (JavaCodeUnit unit : javaClass.getCodeUnits()) {
            for (TryCatchBlock block : unit.getTryCatchBlocks()) {
                boolean catchesSql = block.getCaughtThrowables().stream()
                        .anyMatch(caught -> caught.isAssignableTo(SQLException.class));
                if (catchesSql) {
                    found.add(unit.getFullName() + " (" + block.getSourceCodeLocation() + ")");
                }
            }
        }
        return found;
    }
}
