package io.warrantycare.crm.web;

import io.warrantycare.crm.ConsentPurpose;
import io.warrantycare.crm.ConsentRecord;
import io.warrantycare.crm.Customer;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /api/customers/{id}/consents}: the current state per purpose and the full history, oldest first. */
record ConsentsView(String customerId, boolean erased, Map<String, Current> current, List<Entry> history) {

    static final String NOT_GIVEN = "NOT_GIVEN";

    record Current(String status, Instant since, String channel, String source, String noticeVersion, String country) {
    }

    record Entry(String purpose, String status, Instant at, String channel, String source, String noticeVersion,
            String country, String actor, String registrationId) {
    }

    static ConsentsView of(Customer customer) {
        Map<String, Current> current = new LinkedHashMap<>();
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            current.put(purpose.name(), customer.current(purpose)
                    .map(record -> new Current(record.status().name(), record.at(), record.channel(), record.source(),
                            record.noticeVersion(), record.country()))
                    .orElse(new Current(NOT_GIVEN, null, null, null, null, null)));
        }
        List<Entry> history = customer.consentHistory().stream().map(ConsentsView::entry).toList();
        return new ConsentsView(customer.id(), customer.erased(), current, history);
    }

    private static Entry entry(ConsentRecord record) {
        return new Entry(record.purpose().name(), record.status().name(), record.at(), record.channel(), record.source(),
                record.noticeVersion(), record.country(), record.actor(), record.reference());
    }
}
