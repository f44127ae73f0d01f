package app.ponte.meeting;

/** An organisation's review series was set up or its rule or attendees changed; its calendar entry is re-issued. */
public record SeriesChanged(long seriesId) {
}
