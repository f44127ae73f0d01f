package app.ponte.benchmark;

import java.util.Arrays;

/**
 * What one benchmark scenario measured: server-side latency of the call (percentiles over the
 * measured runs, after warm-up) and how many rows MariaDB's storage engine touched per call.
 */
record Measurement(String scenario, int runs, double p50Millis, double p95Millis, double maxMillis,
        long rowsReadPerCall, int resultRows) {

    static Measurement of(String scenario, long[] nanos, long rowsReadPerCall, int resultRows) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Measurement(scenario, sorted.length, millis(percentile(sorted, 50)),
                millis(percentile(sorted, 95)), millis(sorted[sorted.length - 1]), rowsReadPerCall, resultRows);
    }

    /** Nearest-rank percentile. */
    static long percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    String asMarkdownRow() {
        return "| %s | %.1f | %.1f | %.1f | %,d | %d |".formatted(scenario, p50Millis, p95Millis, maxMillis,
                rowsReadPerCall, resultRows);
    }
}
