package io.warrantycare.crm;

import java.time.Instant;

/**
 * One consent statement (API.md, Consent and privacy): what purpose, granted or withdrawn, when, through which channel
 * and source, under which notice version, in which market; {@code actor} is who recorded it (the data subject, or the
 * partner subject the gateway forwarded), {@code reference} the registration it came with, if any.
 */
public record ConsentRecord(
        ConsentPurpose purpose,
        ConsentStatus status,
        Instant at,
        String channel,
        String source,
        String noticeVersion,
        String country,
        String actor,
        String reference) {

    public boolean granted() {
        return status == ConsentStatus.GRANTED;
    }
}
