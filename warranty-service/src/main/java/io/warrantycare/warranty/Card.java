package io.warrantycare.warranty;

import java.time.Instant;
import java.util.List;

/** The watch's card (CC-13): its current version signs the QR token; each reprint raises it (CC-15). */
public record Card(int version, Instant issuedAt, List<Reprint> reprints) {

    public Card {
        reprints = reprints == null ? List.of() : reprints;
    }

    /** The reprint audit: which version, why, who asked and from which distribution center. */
    public record Reprint(int version, String reason, String requestedBy, String centerId, Instant at) {
    }
}
