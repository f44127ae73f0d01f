package app.ponte.report;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A report's content as stored: JSON written by Jackson 3 (the one Spring Boot 4 brings), days and instants as ISO
 * text. The mapper is our own, not the application's: the stored format must not change when somebody tunes the
 * web layer's JSON. Properties a later version no longer knows are skipped, so old snapshots stay readable.
 */
final class ReportSnapshots {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ReportSnapshots() {
    }

    static String write(ReportContent content) {
        return JSON.writeValueAsString(content);
    }

    static ReportContent read(String json) {
        return JSON.readValue(json, ReportContent.class);
    }
}
