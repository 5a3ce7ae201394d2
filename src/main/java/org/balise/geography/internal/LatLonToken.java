package org.balise.geography.internal;

/** One piece of a written latitude and longitude: a number, a sign, a unit mark, a letter or a separator. */
record LatLonToken(Kind kind, String text, int start, boolean afterSpace) {

    enum Kind { NUMBER, SIGN, DEGREE, MINUTE, SECOND, HEMISPHERE, SEPARATOR, UNKNOWN }

    int end() {
        return start + text.length();
    }

    boolean is(Kind expected) {
        return kind == expected;
    }
}
