package io.warrantycare.warranty;

import java.time.Instant;
import java.util.List;

/** A sale voided by a return or exchange, kept with the extension and owners it carried. */
public record VoidedSale(Sale sale, Extension extension, List<Owner> owners, String reason, Instant voidedAt,
        String voidedBy) {
}
