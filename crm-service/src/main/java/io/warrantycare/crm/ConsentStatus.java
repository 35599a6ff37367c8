package io.warrantycare.crm;

public enum ConsentStatus {
    GRANTED,
    WITHDRAWN
}
