package io.warrantycare.crm.web;

import java.util.regex.Pattern;

/**
 * Who acted, for the audit: the {@code X-Partner-Subject} header the gateway forwards from a verified partner token;
 * absent on public routes, where the actor is the data subject.
 */
final class PartnerSubject {

    static final String HEADER = "X-Partner-Subject";
    static final String DATA_SUBJECT = "data-subject";
    private static final Pattern SAFE = Pattern.compile("[\\p{Alnum}._@:|-]{1,128}");

    static String orDataSubject(String header) {
        return header != null && SAFE.matcher(header).matches() ? header : DATA_SUBJECT;
    }

    static String orUnknown(String header) {
        return header != null && SAFE.matcher(header).matches() ? header : "unknown";
    }

    private PartnerSubject() {
    }
}
