package app.ponte.request;

import app.ponte.base.TextRules;
import app.ponte.security.CurrentUser;
import app.ponte.security.TeamOnly;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each team member's own named inbox filters; saving under an existing name replaces that filter. */
@Service
@Transactional(readOnly = true)
public class SavedFilters {

    static final int NAME_MAX = 80;

    private final SavedFilterRepository filters;
    private final CurrentUser currentUser;
    private final Clock clock;

    SavedFilters(SavedFilterRepository filters, CurrentUser currentUser, Clock clock) {
        this.filters = filters;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @TeamOnly
    public List<NamedFilter> mine() {
        return filters.findByAccountIdOrderByName(me()).stream().map(SavedFilter::toNamed).toList();
    }

    @TeamOnly
    @Transactional
    public NamedFilter save(String name, RequestFilter filter) {
        String clean = TextRules.required("name", name, NAME_MAX);
        SavedFilter saved = filters.findByAccountIdAndName(me(), clean)
                .map(existing -> {
                    existing.replace(filter);
                    return existing;
                })
                .orElseGet(() -> new SavedFilter(me(), clean, filter, clock.instant()));
        return filters.saveAndFlush(saved).toNamed();
    }

    /** Deletes one of the caller's filters; another person's id changes nothing. */
    @TeamOnly
    @Transactional
    public void delete(long id) {
        filters.findByIdAndAccountId(id, me()).ifPresent(filters::delete);
    }

    private long me() {
        return currentUser.require().accountId();
    }
}
