package app.ponte.request;

/** The two promises an SLA makes on a support request. */
public enum SlaTarget {
    FIRST_RESPONSE, RESOLUTION;

    public String labelKey() {
        return "sla.target." + name();
    }
}
