package org.balise.arms.qd;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.balise.shared.ProblemException;

/** UN hazard divisions of class 1 as IATG 02.20 separates them (HD 1.2 and 1.3 with their subdivisions). */
public enum HazardDivision {
    HD_1_1("1.1"),
    HD_1_2_1("1.2.1"),
    HD_1_2_2("1.2.2"),
    HD_1_3("1.3"),
    HD_1_3_1("1.3.1"),
    HD_1_3_2("1.3.2"),
    HD_1_4("1.4"),
    HD_1_5("1.5"),
    HD_1_6("1.6");

    private final String code;

    HazardDivision(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /**
     * The division for a code such as "1.2.1". HD 1.2 has no distances of its own: IATG 02.20 gives 1.2.1
     * (Annex F) and 1.2.2 (Annex G) separately, so a bare "1.2" is refused rather than guessed.
     */
    public static HazardDivision parse(String code) {
        String trimmed = code == null ? "" : code.strip();
        for (HazardDivision division : values()) {
            if (division.code.equals(trimmed)) {
                return division;
            }
        }
        if (trimmed.equals("1.2")) {
            throw ProblemException.invalid("hd", "unknown-division",
                    "Hazard division 1.2 must be given as 1.2.1 or 1.2.2: choose 1.2.1 or 1.2.2 "
                            + "(IATG 02.20 Annex H separates their distances)");
        }
        throw ProblemException.invalid("hd", "unknown-division", "Unknown hazard division \"" + trimmed
                + "\": expected one of " + Arrays.stream(values()).map(HazardDivision::code)
                .collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return "HD " + code;
    }
}
