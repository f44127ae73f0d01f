package app.ponte.organisation;

/** A single-use link that cannot be used; {@link #problem()} says why, for a clear page. */
public class InvalidLinkException extends RuntimeException {

    private final LinkProblem problem;

    public InvalidLinkException(LinkProblem problem) {
        super("Link cannot be used: " + problem);
        this.problem = problem;
    }

    public LinkProblem problem() {
        return problem;
    }
}
