package io.warrantycare.warranty.policy;

import java.time.LocalDate;

/** Builds {@link ProductFacts} for tests: a watch bought at a boutique unless told otherwise. */
final class Facts {

    private String brand;
    private String category = "WATCH";
    private String line;
    private String channel = "BOUTIQUE";
    private String dealerId = "BTQ-PARIS-PAIX";
    private String dealerName = "Boutique Paris Paix";
    private String country = "FR";
    private String movement;
    private String caliber;
    private String caseNumber;
    private String cardCaliber;
    private String cardCaseNumber;
    private LocalDate purchaseDate;
    private LocalDate invoiceDate;
    private LocalDate productionDate;

    private Facts(String brand) {
        this.brand = brand;
    }

    static Facts of(String brand) {
        return new Facts(brand);
    }

    static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text);
    }

    Facts category(String value) {
        category = value;
        return this;
    }

    Facts line(String value) {
        line = value;
        return this;
    }

    Facts channel(String value) {
        channel = value;
        return this;
    }

    Facts dealer(String id, String name, String countryCode) {
        dealerId = id;
        dealerName = name;
        country = countryCode;
        return this;
    }

    Facts movement(String value) {
        movement = value;
        return this;
    }

    Facts numbers(String watchCaliber, String watchCase, String onCardCaliber, String onCardCase) {
        caliber = watchCaliber;
        caseNumber = watchCase;
        cardCaliber = onCardCaliber;
        cardCaseNumber = onCardCase;
        return this;
    }

    Facts purchased(String date) {
        purchaseDate = date(date);
        return this;
    }

    Facts invoiced(String date) {
        invoiceDate = date(date);
        return this;
    }

    Facts produced(String date) {
        productionDate = date(date);
        return this;
    }

    ProductFacts build() {
        return new ProductFacts(brand, category, line, channel, dealerId, dealerName, country, movement, caliber,
                caseNumber, cardCaliber, cardCaseNumber, purchaseDate, invoiceDate, productionDate);
    }
}
