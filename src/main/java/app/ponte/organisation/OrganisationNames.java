package app.ponte.organisation;

import app.ponte.base.OrganisationNameLookup;
import app.ponte.base.SearchText;
import app.ponte.security.InternalToServices;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features show of the organisations and people their records point at by id: names (and for
 * people their e-mail), one query for a whole page. Internal to services: the calling service has already
 * decided what the viewer may see (it answers for any id), so no view may ask it directly. An id that does
 * not exist is left out.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationNames implements OrganisationNameLookup {

    private final OrganisationRepository organisations;
    private final AccountRepository accounts;

    OrganisationNames(OrganisationRepository organisations, AccountRepository accounts) {
        this.organisations = organisations;
        this.accounts = accounts;
    }

    /** Organisation id → name. */
    @Override
    @InternalToServices
    public Map<Long, String> names(Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return Map.of();
        }
        return organisations.findAllById(Set.copyOf(organisationIds)).stream()
                .collect(Collectors.toMap(Organisation::getId, Organisation::getName));
    }

    /** The organisations as lists show them, in no particular order. */
    @InternalToServices
    public List<OrganisationSummary> summaries(Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return organisations.findAllById(Set.copyOf(organisationIds)).stream().map(OrganisationSummary::of).toList();
    }

    /** Account id → the person (display name and e-mail). */
    @InternalToServices
    public Map<Long, PersonOption> people(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return accounts.findAllById(Set.copyOf(accountIds)).stream().collect(Collectors.toMap(Account::getId,
                account -> new PersonOption(account.getId(), account.getDisplayName(), account.getEmail())));
    }

    /**
     * The departments and clients the texts name, as whole words with case and accents ignored ("meridian
     * bank's audit" names Meridian Bank, "wholesale" does not name Sales): id → name. For a warning before
     * text written for one organisation reaches another.
     */
    @InternalToServices
    public Map<Long, String> namedIn(Collection<String> texts) {
        List<String> normalised = texts.stream().map(SearchText::normalise).filter(text -> !text.isEmpty()).toList();
        if (normalised.isEmpty()) {
            return Map.of();
        }
        return organisations.findDepartmentAndClientNames().stream()
                .filter(named -> normalised.stream()
                        .anyMatch(text -> SearchText.holdsWords(text, named.getSearchName())))
                .collect(Collectors.toMap(OrganisationRepository.Named::getId, OrganisationRepository.Named::getName));
    }
}
