package io.warrantycare.crm;

/**
 * The enrollment decision and its consent effects, free of I/O so that the rule table can be tested directly.
 * <ul>
 * <li>CC-8, CC-12: where the market requires it, enrollment needs marketing consent, given on this form or standing
 * from an earlier grant that was not withdrawn.</li>
 * <li>A ticked box is always kept as a history entry; the feed hears of it only when it turns not-granted into
 * granted.</li>
 * <li>An unticked box is not a statement: it records nothing and never withdraws an earlier grant (withdrawal is an
 * explicit act through the withdrawal form).</li>
 * </ul>
 */
final class EnrollmentRules {

    static final String MARKETING_CONSENT_REQUIRED = "MARKETING_CONSENT_REQUIRED";

    /** What one RegistrationSubmitted does to a customer. */
    record Plan(boolean approved, boolean recordsGrant, boolean publishesGrant) {
    }

    static Plan plan(boolean grantedBefore, boolean consentOnForm, boolean requiredInMarket) {
        boolean consentHeld = grantedBefore || consentOnForm;
        boolean approved = !requiredInMarket || consentHeld;
        return new Plan(approved, consentOnForm, consentOnForm && !grantedBefore);
    }

    private EnrollmentRules() {
    }
}
