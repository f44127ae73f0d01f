package app.ponte.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ponte.TestClock;
import app.ponte.base.LikePattern;
import app.ponte.base.SearchText;
import app.ponte.security.Role;
import app.ponte.security.TenantScope;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Schema, queries and constraints that must behave the same on H2 and on MariaDB: each test class
 * that extends this one runs all of it against its own database. Tests that write clean up after
 * themselves, so they can run again and again on the same MariaDB database.
 */
abstract class TenancyPersistenceContract {

    private static final PageRequest ALL = PageRequest.of(0, 500);

    @Autowired
    OrganisationRepository organisations;
    @Autowired
    AccountRepository accounts;
    @Autowired
    MembershipRepository memberships;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    TestClock clock;

    @Test
    void flyway_created_the_schema_hibernate_validated_and_the_demo_data_is_there() {
        assertThat(organisations.findByName("Backend Team")).isPresent();
        assertThat(organisations.findByName("Meridian Bank")).get()
                .satisfies(o -> assertThat(o.getTimeZone()).isEqualTo(ZoneId.of("Europe/Lisbon")));
        assertThat(accounts.findByEmail("nina@partner.test")).isPresent();
    }

    @Test
    void a_client_scope_lists_only_the_members_of_that_client() {
        long aurora = organisations.findByName("Aurora Commerce").orElseThrow().getId();

        var listed = memberships.findInScope(new TenantScope(false, aurora), MemberFilter.ALL, "%", "%", ALL);

        assertThat(listed.getContent()).isNotEmpty().allSatisfy(m -> assertThat(m.organisationId()).isEqualTo(aurora));
        assertThat(listed.getContent()).extracting(MemberSummary::email)
                .contains("ana@aurora.test", "leo@aurora.test", "nina@partner.test");
    }

    @Test
    void the_every_organisation_scope_lists_members_of_all_organisations() {
        var listed = memberships.findInScope(new TenantScope(true, 0), MemberFilter.ALL, "%", "%", ALL);

        assertThat(listed.getContent()).extracting(MemberSummary::organisationName)
                .contains("Backend Team", "Marketing", "Aurora Commerce", "Meridian Bank");
    }

    @Test
    void a_consultant_signs_in_with_both_memberships_ordered_by_organisation_name() {
        long nina = accounts.findByEmail("nina@partner.test").orElseThrow().getId();

        assertThat(memberships.findUsableByAccount(nina)).extracting(m -> m.getOrganisation().getName())
                .containsExactly("Aurora Commerce", "Meridian Bank");
    }

    @Test
    void name_filters_match_the_start_ignoring_case_and_accents_and_take_wildcards_literally() {
        Organisation created = transactions.execute(tx -> organisations.save(new Organisation(
                OrganisationKind.CLIENT, "Promoção 50%_" + UUID.randomUUID(), ZoneId.of("UTC"), "en", clock.instant())));
        try {
            TenantScope everything = new TenantScope(true, 0);
            assertThat(organisations.findInScope(everything, OrganisationFilter.ALL,
                    LikePattern.startsWith(SearchText.normalise("PROMOCAO 50%_")), ALL).getContent())
                    .extracting(Organisation::getId).containsExactly(created.getId());
            assertThat(organisations.findInScope(everything, OrganisationFilter.ALL,
                    LikePattern.startsWith(SearchText.normalise("promocao 50x")), ALL).getContent()).isEmpty();
            assertThat(organisations.findInScope(everything, OrganisationFilter.ALL,
                    LikePattern.startsWith("%"), ALL).getContent()).isEmpty();
        } finally {
            transactions.executeWithoutResult(tx -> organisations.deleteById(created.getId()));
        }
    }

    @Test
    void one_e_mail_address_belongs_to_one_account_only() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> accounts.saveAndFlush(new Account(
                "leo@aurora.test", "Another Leo", "{noop}x", "en", ZoneId.of("UTC"), clock.instant()))))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void a_person_holds_at_most_one_membership_per_organisation() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
            Account leo = accounts.findByEmail("leo@aurora.test").orElseThrow();
            Organisation aurora = organisations.findByName("Aurora Commerce").orElseThrow();
            memberships.saveAndFlush(new Membership(leo, aurora, Role.CLIENT_ADMIN, clock.instant()));
        })).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void a_save_of_a_stale_copy_fails_instead_of_overwriting() {
        String email = "stale-" + UUID.randomUUID() + "@ponte.test";
        Account created = transactions.execute(tx -> accounts.save(
                new Account(email, "Original", "{noop}x", "en", ZoneId.of("UTC"), clock.instant())));
        try {
            Account first = transactions.execute(tx -> accounts.findById(created.getId()).orElseThrow());
            Account second = transactions.execute(tx -> accounts.findById(created.getId()).orElseThrow());
            first.updateProfile("First writer", "en", ZoneId.of("UTC"), clock.instant());
            second.updateProfile("Second writer", "en", ZoneId.of("UTC"), clock.instant());
            transactions.executeWithoutResult(tx -> accounts.save(first));

            assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> accounts.save(second)))
                    .isInstanceOf(ObjectOptimisticLockingFailureException.class);
            assertThat(accounts.findById(created.getId()).orElseThrow().getDisplayName()).isEqualTo("First writer");
        } finally {
            transactions.executeWithoutResult(tx -> accounts.deleteById(created.getId()));
        }
    }

    @Test
    void instants_keep_their_microseconds_in_utc() {
        Instant precise = Instant.parse("2026-03-29T01:30:00.123456Z");
        String name = "Precise " + UUID.randomUUID();
        Organisation created = transactions.execute(tx -> organisations.save(
                new Organisation(OrganisationKind.CLIENT, name, ZoneId.of("Europe/Lisbon"), "en", precise)));
        try {
            assertThat(organisations.findById(created.getId()).orElseThrow().getCreatedAt()).isEqualTo(precise);
        } finally {
            transactions.executeWithoutResult(tx -> organisations.deleteById(created.getId()));
        }
    }
}
