package io.warrantycare.gateway;

/** The partner roles a token may carry in its {@code roles} claim (API.md "Conventions"). */
public enum PartnerRole {
    SALES,
    DISTRIBUTION_CENTER,
    SERVICE_CENTER,
    SUPPORT,
    PRIVACY
}
