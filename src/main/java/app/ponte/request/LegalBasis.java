package app.ponte.request;

/** The GDPR (art. 6) legal bases for processing personal data. */
public enum LegalBasis {
    CONSENT, CONTRACT, LEGAL_OBLIGATION, VITAL_INTERESTS, PUBLIC_TASK, LEGITIMATE_INTERESTS;

    public String labelKey() {
        return "assessment.legal-basis." + name();
    }
}
