package io.warrantycare.warranty.policy;

import java.time.LocalDate;

/**
 * A service center asks whether an intervention on a given date is covered (CC-10, AP-4, AP-5).
 * {@code lastRepairDate} and {@code sameFaultAsLastRepair} serve the appliance re-repair rule (AP-5); null otherwise.
 */
public record CoverageRequest(String intervention, LocalDate date, LocalDate lastRepairDate, Boolean sameFaultAsLastRepair) {
}
