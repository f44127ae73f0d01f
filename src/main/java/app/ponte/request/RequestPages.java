package app.ponte.request;

import app.ponte.security.AnyoneSignedIn;
import app.ponte.security.CurrentUser;
import app.ponte.security.MembershipGrant;
import app.ponte.security.RecordPages;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whose a request page ({@code requests/12}) is, for a person with several memberships: the layout offers to
 * switch to the organisation a link leads into, and keeps a request's page open across a switch when the
 * request belongs to the organisation switched to. Answers only about the caller's own organisations: for
 * anybody else the request stays "not found", as {@link RequestAccess} says it.
 */
@Service
@Transactional(readOnly = true)
public class RequestPages implements RecordPages {

    private static final Pattern PAGE = Pattern.compile("requests/([0-9]{1,18})");

    private final RequestRepository requests;
    private final CurrentUser currentUser;

    RequestPages(RequestRepository requests, CurrentUser currentUser) {
        this.requests = requests;
        this.currentUser = currentUser;
    }

    @Override
    @AnyoneSignedIn
    public boolean covers(String path) {
        return PAGE.matcher(path).matches();
    }

    @Override
    @AnyoneSignedIn
    public OptionalLong ownerAmongMyOrganisations(String path) {
        Matcher page = PAGE.matcher(path);
        if (!page.matches()) {
            return OptionalLong.empty();
        }
        var mine = currentUser.require().memberships().stream().map(MembershipGrant::organisationId).toList();
        return requests.findById(Long.parseLong(page.group(1)))
                .map(request -> request.getOrganisation().getId())
                .filter(mine::contains)
                .map(OptionalLong::of).orElseGet(OptionalLong::empty);
    }
}
