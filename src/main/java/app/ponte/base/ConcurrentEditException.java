package app.ponte.base;

/**
 * Somebody saved the same record after the caller loaded it. Views tell the user, keep what they
 * typed and let them decide; nothing is overwritten silently.
 */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException() {
        super("The record was changed by someone else after it was loaded");
    }
}
