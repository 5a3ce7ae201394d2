package org.balise.community;

/** Who a focal point is in the community. */
public enum Profile {
    MAN, WOMAN, YOUTH, TEACHER, TRADITIONAL_LEADER, OTHER
}
