package app.ponte.security;

/**
 * The id does not exist, or it belongs to data outside the caller's tenant scope. Both answers are
 * the same on purpose, so that nobody can probe for other organisations' records.
 */
public class NotFoundInScopeException extends RuntimeException {

    public NotFoundInScopeException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
