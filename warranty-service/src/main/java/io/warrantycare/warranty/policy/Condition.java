package io.warrantycare.warranty.policy;

/** A compiled {@code when} block: a null field matches anything, a set field must contain the fact's value. */
record Condition(ValueSet category, ValueSet line, ValueSet channel, ValueSet dealerId, ValueSet country,
        ValueSet movement) {

    static final Condition ALWAYS = new Condition(null, null, null, null, null, null);

    boolean isAlways() {
        return category == null && line == null && channel == null && dealerId == null && country == null
                && movement == null;
    }

    boolean matches(ProductFacts facts, String movementClass) {
        return (category == null || category.contains(facts.category()))
                && (line == null || line.contains(facts.line()))
                && (channel == null || channel.contains(facts.channel()))
                && (dealerId == null || dealerId.contains(facts.dealerId()))
                && (country == null || country.contains(facts.country()))
                && (movement == null || movement.contains(movementClass));
    }
}
