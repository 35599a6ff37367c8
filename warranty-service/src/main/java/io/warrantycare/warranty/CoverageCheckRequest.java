package io.warrantycare.warranty;

/** A service center's coverage question (API.md); dates as text so that bad ones become field problems. */
public record CoverageCheckRequest(String intervention, String date, String lastRepairDate,
        Boolean sameFaultAsLastRepair) {
}
