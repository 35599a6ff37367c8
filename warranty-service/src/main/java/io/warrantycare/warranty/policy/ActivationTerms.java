package io.warrantycare.warranty.policy;

import java.util.List;

/**
 * Who may activate a registration extension and whether it happens once per product (CC-8, CC-9). An empty
 * {@code owners} list means the policy states no restriction; {@code rules} names the rules that say so.
 */
public record ActivationTerms(List<String> owners, boolean oncePerProduct, List<String> rules) {

    public boolean allows(String ownership) {
        if (owners.isEmpty()) {
            return true;
        }
        for (String owner : owners) {
            if (owner.equalsIgnoreCase(ownership)) {
                return true;
            }
        }
        return false;
    }
}
