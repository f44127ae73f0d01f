package app.ponte.feedback;

/** Delivery ratings of the requests one team member was assigned at delivery. */
public record MemberRating(long personId, String name, long answers, double average) {
}
