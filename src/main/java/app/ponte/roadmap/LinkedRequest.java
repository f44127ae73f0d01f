package app.ponte.roadmap;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An accepted request a milestone delivers, with the organisation its dates are promised to. */
@Embeddable
record LinkedRequest(@Column(name = "request_id") long requestId,
        @Column(name = "organisation_id") long organisationId) {
}
