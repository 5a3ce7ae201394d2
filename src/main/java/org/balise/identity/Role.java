package org.balise.identity;

/** The roles of DESIGN §6. An ADMIN may do all that the others may. */
public enum Role {
    ADMIN, IM_OFFICER, AMD_OFFICER, FIELD_TEAM, AUTHORITY, ANALYST;

    public String authority() {
        return "ROLE_" + name();
    }
}
