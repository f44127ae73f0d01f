package app.ponte.report;

/**
 * What one nightly run did: reports stored (their e-mails queued), organisations already served for their last
 * period (by an earlier run, another node or a team member's "send now"), and organisations that failed (logged;
 * the next run tries again).
 */
public record ReportRunCounts(int stored, int alreadyDone, int failed) {
}
