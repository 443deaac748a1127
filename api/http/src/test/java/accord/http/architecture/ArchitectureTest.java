package accord.http.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries of DESIGN.md, stated as sentences. Maven makes the direction physical;
 * these rules keep it from eroding inside the one deployable, where every module is on the
 * same class path. Each rule fails on an empty selection, so a rule naming a package that does
 * not exist fails instead of checking nothing.
 */
class ArchitectureTest {

    private static JavaClasses accord;

    @BeforeAll
    static void importAccord() {
        accord = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("accord");
    }

    @Test
    void queryNeverDependsOnCommand() {
        noClasses().that().resideInAPackage("accord.query..")
                .should().dependOnClassesThat().resideInAPackage("accord.command..")
                .because("events are the only contract between the write side and the read side")
                .check(accord);
    }

    @Test
    void commandNeverDependsOnQuery() {
        noClasses().that().resideInAPackage("accord.command..")
                .should().dependOnClassesThat().resideInAPackage("accord.query..")
                .because("the write side decides from its own events, never from a read model")
                .check(accord);
    }

    @Test
    void neitherSideDependsOnTheService() {
        noClasses().that().resideInAnyPackage("accord.command..", "accord.query..", "accord.messages..")
                .should().dependOnClassesThat().resideInAPackage("accord.http..")
                .because("dependencies run one way: api/http -> command, query -> api/messages")
                .check(accord);
    }

    @Test
    void messagesArePlainJava() {
        classes().that().resideInAPackage("accord.messages..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("accord.messages..", "java..")
                .because("api/messages is the published contract: plain Java records, no Spring, no Axon, no persistence")
                .check(accord);
    }

    @Test
    void theAggregateHasNoSpringAndNoPersistence() {
        noClasses().that().resideInAPackage("accord.command.agreement..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta.persistence..", "java.sql..", "javax.sql..",
                        "com.fasterxml.jackson..")
                .because("the domain decides; wiring and storage live in configuration")
                .check(accord);
    }

    @Test
    void everyEventHandlerClassNamesItsProcessingGroup() {
        classes().that().containAnyMethodsThat(annotatedWith(EventHandler.class))
                .should().beAnnotatedWith(ProcessingGroup.class)
                .because("a processor's name is its token and its dead-letter queue; it must not be derived from a package name")
                .check(accord);
    }

    @Test
    void queryHandlersReturnContractRecords() {
        methods().that().areAnnotatedWith(QueryHandler.class)
                .should(returnAContractRecord())
                .because("read models stay private to the query side; callers get records of api/messages")
                .check(accord);
    }

    private static com.tngtech.archunit.base.DescribedPredicate<JavaMethod> annotatedWith(
            Class<? extends java.lang.annotation.Annotation> annotation) {
        return com.tngtech.archunit.base.DescribedPredicate.describe(
                "annotated with @" + annotation.getSimpleName(), method -> method.isAnnotatedWith(annotation));
    }

    private static ArchCondition<JavaMethod> returnAContractRecord() {
        return new ArchCondition<>("return a record of accord.messages (optionally in an Optional or List)") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                JavaClass raw = method.getRawReturnType();
                boolean wrapper = raw.isEquivalentTo(Optional.class) || raw.isAssignableTo(java.util.List.class);
                boolean contract = wrapper
                        ? method.getReturnType().getAllInvolvedRawTypes().stream()
                                .filter(type -> !type.equals(raw))
                                .allMatch(type -> type.getPackageName().startsWith("accord.messages"))
                        : raw.getPackageName().startsWith("accord.messages");
                events.add(new SimpleConditionEvent(method, contract,
                        method.getFullName() + " returns " + method.getReturnType().getName()));
            }
        };
    }
}
