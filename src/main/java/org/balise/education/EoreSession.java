package org.balise.education;

import java.time.LocalDate;
import java.util.List;

/** A recorded risk education session. {@code repeatSession}: the same group again, not counted twice as reached. */
public record EoreSession(String reference, LocalDate date, Location location, String team, DeliveryMethod method,
        AudienceType audience, String language, List<String> messages, String materials, Beneficiaries beneficiaries,
        int attendance, boolean repeatSession, String groupName) {

    public record Location(double lat, double lon, String gazetteer, String adm1Pcode, String adm1Name, String adm2Pcode,
            String adm2Name, String adm3Pcode, String adm3Name) {
    }

    public record Beneficiaries(int girls, int boys, int women, int men, int disabled) {

        public int total() {
            return girls + boys + women + men;
        }
    }
}
