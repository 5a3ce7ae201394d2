package org.balise.arms.qd;

import java.util.List;

/**
 * Whether compatibility groups may share a store: pairs forbidden by the mixing table (errors) and pairs it has
 * not verified (warnings). A group alone is checked with itself.
 */
public record MixingCheck(List<String> groups, List<GroupPair> forbidden, List<GroupPair> unverified) {

    /** Two groups and the source the mixing table names for their answer. */
    public record GroupPair(String groupA, String groupB, String source) {
    }

    public MixingCheck {
        groups = List.copyOf(groups);
        forbidden = List.copyOf(forbidden);
        unverified = List.copyOf(unverified);
    }

    public List<String> errors() {
        return forbidden.stream().map(pair -> "Compatibility groups " + pair.groupA() + " and " + pair.groupB()
                + " may not be stored together (" + pair.source() + ").").toList();
    }

    public List<String> warnings() {
        return unverified.stream().map(pair -> "Compatibility groups " + pair.groupA() + " and " + pair.groupB()
                + ": mixing not verified, check it against the IATG 01.50 compatibility table before storing them "
                + "together (" + pair.source() + ").").toList();
    }
}
