package app.ponte;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;

/** The layout rules of ARCHITECTURE.md, checked on every build. */
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
    void views_never_send_e_mail_themselves() {
        noClasses().that().resideInAPackage("..ui..")
                .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.base.DescribedPredicate.describe("MailOutbox.enqueue",
                                target -> target.getOwner().getName().equals("app.ponte.notification.MailOutbox")
                                        && target.getName().equals("enqueue"))))
                .check(APP);
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
        noClasses().that().resideInAnyPackage("app.ponte.base..", "app.ponte.security..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "app.ponte.organisation..", "app.ponte.home..", "app.ponte.demo..")
                .check(APP);
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
