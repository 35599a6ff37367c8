package io.warrantycare.warranty.policy;

import java.time.LocalDate;

/**
 * An {@link Evaluation} with the answers that do not fit its fixed shape: the movement class (SK-3, or the declared
 * movement when no caliber rule applies) and the statutory return / exchange deadlines, inclusive (AP-3). Each is
 * null when the policy in force says nothing about it.
 */
public record Assessment(Evaluation evaluation, String movementClass, LocalDate returnUntil, LocalDate exchangeUntil) {
}
