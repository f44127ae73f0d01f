package app.ponte;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.security.AdminOnly;
import app.ponte.security.AnyMember;
import app.ponte.security.Anyone;
import app.ponte.security.AnyoneSignedIn;
import app.ponte.security.FreezeDeclarer;
import app.ponte.security.InternalToServices;
import app.ponte.security.MemberAdmin;
import app.ponte.security.RequesterOnly;
import app.ponte.security.TeamOnly;
import app.ponte.security.TeamOrSurveyContacts;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The rules docs/architecture.md states, checked on every build: when one changes, the other does too. */
class ArchitectureTest {

    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.ponte");

    @Test
    void views_live_in_a_ui_package_and_are_package_private() {
        classes().that().areAnnotatedWith(Route.class)
                .and().doNotHaveSimpleName("LoginView") // named by SecurityConfig, hence public
                .should().resideInAPackage("..ui..")
                .andShould().notBePublic()
                .check(APP);
    }

    @Test
    void every_view_declares_who_may_open_it() {
        classes().that().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(RolesAllowed.class)
                .orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(AnonymousAllowed.class)
                .check(APP);
    }

    @Test
    void every_navigation_icon_is_one_vaadin_draws() {
        // An icon name Vaadin does not know leaves an empty gap in the side navigation, silently.
        var known = Arrays.stream(VaadinIcon.values()).map(icon -> icon.create().getIcon()).toList();
        var menuIcons = APP.stream().filter(type -> type.isAnnotatedWith(Menu.class))
                .map(type -> type.getAnnotationOfType(Menu.class).icon()).toList();

        assertThat(menuIcons).isNotEmpty().allSatisfy(icon -> assertThat(known).contains(icon));
    }

    @Test
    void repositories_are_package_private_and_used_only_inside_their_feature() {
        classes().that().areAssignableTo(Repository.class).and().areInterfaces()
                .should().notBePublic()
                .check(APP);
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(APP);
    }

    @Test
    void services_do_not_depend_on_the_ui() {
        noClasses().that().areAnnotatedWith(Service.class)
                .should().dependOnClassesThat().resideInAPackage("..ui..")
                .orShould().dependOnClassesThat().resideInAPackage("com.vaadin.flow.component..")
                .check(APP);
    }

    @Test
    void views_never_call_what_is_internal_to_services() {
        // Such methods carry no role check (e-mail queued by the anonymous "forgot password" flow, for one).
        noClasses().that().resideInAPackage("..ui..")
                .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.base.DescribedPredicate.describe("a method internal to services",
                                target -> target.isAnnotatedWith(InternalToServices.class))))
                .check(APP);
    }

    @Test
    void views_never_read_the_relationship_health_inputs_that_answer_for_everyone() {
        // The served organisations' names and each signal's raw values per organisation carry no role check (the
        // recompute job reads them as the system); a view reads the health list only through RelationshipHealth.
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().haveFullyQualifiedName("app.ponte.dashboard.ServedOrganisationDirectory")
                .orShould().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.base.DescribedPredicate.describe("a relationship signal's measure",
                                target -> target.getName().equals("measure") && target.getOwner()
                                        .isAssignableTo("app.ponte.dashboard.RelationshipSignal"))))
                .check(APP);
    }

    /** Who may call, said once per audience: each annotation is a {@code @PreAuthorize} with one expression. */
    private static final List<Class<? extends Annotation>> AUDIENCES = List.of(TeamOnly.class, AdminOnly.class,
            AnyoneSignedIn.class, Anyone.class, RequesterOnly.class, AnyMember.class, MemberAdmin.class,
            FreezeDeclarer.class, TeamOrSurveyContacts.class);

    @Test
    void every_public_method_of_a_public_service_says_who_may_call_it() {
        methods().that().arePublic().and().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .and().areDeclaredInClassesThat().arePublic()
                .and().doNotHaveName("loadUserByUsername") // Spring Security's own sign-in calls it, signed out
                .and().areNotAnnotatedWith(InternalToServices.class)
                .should(carryOneAudience())
                .check(APP);
    }

    @Test
    void security_is_said_through_the_audience_annotations_only() {
        noMethods().that().areDeclaredInClassesThat().resideOutsideOfPackage("app.ponte.security")
                .should().beAnnotatedWith(PreAuthorize.class)
                .check(APP);
        noClasses().that().resideOutsideOfPackage("app.ponte.security")
                .should().beAnnotatedWith(PreAuthorize.class)
                .check(APP);
    }

    private static ArchCondition<JavaMethod> carryOneAudience() {
        return new ArchCondition<>("carry exactly one audience annotation " + AUDIENCES.stream()
                .map(Class::getSimpleName).toList()) {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                long count = AUDIENCES.stream().filter(method::isAnnotatedWith).count();
                if (count != 1) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " carries " + count));
                }
            }
        };
    }

    /**
     * The entities the organisation feature publishes, and the one feature that may hold them: request's own
     * records point at their requester, organisation and authors so that its lists join names in one query
     * (set through {@code References}). Everybody else keeps ids and asks the organisation feature.
     */
    private static final Set<String> PUBLISHED_ENTITIES = Set.of("app.ponte.organisation.Account",
            "app.ponte.organisation.Organisation");

    @Test
    void a_features_entities_are_used_only_inside_it() {
        classes().should(new ArchCondition<JavaClass>("use no other feature's entities") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                type.getDirectDependenciesFromSelf().stream()
                        .filter(dependency -> dependency.getTargetClass().isAnnotatedWith(Entity.class))
                        .filter(dependency -> !feature(dependency.getTargetClass()).equals(feature(type)))
                        .filter(dependency -> !(PUBLISHED_ENTITIES.contains(dependency.getTargetClass().getName())
                                && feature(type).equals("request")))
                        .forEach(dependency -> events.add(SimpleConditionEvent.violated(dependency,
                                dependency.getDescription())));
            }
        }).check(APP);
    }

    /** The feature a class belongs to: the package right under app.ponte. */
    private static String feature(JavaClass type) {
        String rest = type.getPackageName().substring("app.ponte".length());
        return rest.isEmpty() ? "" : rest.substring(1).split("\\.")[0];
    }

    @Test
    void entities_name_their_tables() {
        classes().that().areAnnotatedWith(Entity.class)
                .should().beAnnotatedWith(Table.class)
                .check(APP);
    }

    @Test
    void features_do_not_form_cycles() {
        slices().matching("app.ponte.(*)..").should().beFreeOfCycles().check(APP);
    }

    @Test
    void base_and_security_do_not_depend_on_any_feature() {
        // The layout reaches features only through interfaces base and security declare (OrganisationSwitcher,
        // UnreadNotifications, LoginHints); features implement them.
        noClasses().that().resideInAnyPackage("app.ponte.base..", "app.ponte.security..")
                .should().dependOnClassesThat(DescribedPredicate.describe("belong to a feature",
                        type -> type.getPackageName().startsWith("app.ponte.")
                                && !type.getPackageName().startsWith("app.ponte.base")
                                && !type.getPackageName().startsWith("app.ponte.security")))
                .check(APP);
    }

    @Test
    void no_class_is_longer_than_four_hundred_lines() throws IOException {
        // A class that needs more is doing more than one job: split it by its domain words.
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            List<String> tooLong = sources.filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> lines(path) > 400).map(path -> path + " (" + lines(path) + " lines)").toList();
            assertThat(tooLong).isEmpty();
        }
    }

    private static long lines(Path source) {
        try (Stream<String> lines = Files.lines(source)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void dependencies_are_injected_through_constructors_not_fields() {
        noClasses().should().dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.beans.factory.annotation.Autowired")
                .check(APP);
    }

    @Test
    void time_comes_from_the_injected_clock() {
        noClasses().that().resideOutsideOfPackage("app.ponte.base")
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .check(APP);
    }
}
