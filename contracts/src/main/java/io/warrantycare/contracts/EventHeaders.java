package io.warrantycare.contracts;

/** Kafka record headers every event carries besides its JSON value. */
public final class EventHeaders {

    /** Short logical type id of the value (see {@link EventTypes}); never a Java class name. */
    public static final String TYPE = "eventType";

    /** The correlation id of the HTTP request that started the saga. */
    public static final String CORRELATION_ID = "correlationId";

    /** The HTTP header the gateway sets and every service propagates. */
    public static final String HTTP_CORRELATION_ID = "X-Correlation-Id";

    private EventHeaders() {
    }
}
