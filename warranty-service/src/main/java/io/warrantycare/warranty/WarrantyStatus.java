package io.warrantycare.warranty;

/** The warranty state of a product on a given day (API.md). */
public enum WarrantyStatus {
    BASE, EXTENDED, EXPIRED, NOT_COVERED
}
