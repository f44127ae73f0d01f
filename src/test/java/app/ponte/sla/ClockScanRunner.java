package app.ponte.sla;

import org.springframework.context.ApplicationContext;

/**
 * Test code only: lets the benchmarks ({@code app.ponte.benchmark.SlaBenchmark}) run one SLA scan exactly as the
 * scheduled job does, without making the package-private scan public in the application.
 */
public final class ClockScanRunner {

    private ClockScanRunner() {
    }

    /** One scan as of now ({@link ClockScan#scanOnce}); the number of clocks looked at. */
    public static int scanOnce(ApplicationContext context) {
        return context.getBean(ClockScan.class).scanOnce();
    }
}
