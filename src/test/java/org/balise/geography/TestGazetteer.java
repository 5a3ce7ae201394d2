package org.balise.geography;

import java.nio.charset.StandardCharsets;

/**
 * Small gazetteers for tests: a west half and an east half of Mali's bounding box (so that every real point
 * falls in one), each with one child, and a broken variant with one example of every problem.
 */
public final class TestGazetteer {

    private TestGazetteer() {
    }

    public static byte[] level1() {
        return collection(
                feature("{\"ADM1_PCODE\":\"XW01\",\"ADM1_FR\":\"Ouest\"}", box(-12.5, 10, -4, 25.5)),
                feature("{\"ADM1_PCODE\":\"XE02\",\"ADM1_FR\":\"Est\"}", box(-4, 10, 4.5, 25.5)));
    }

    public static byte[] level2Valid() {
        return collection(
                feature("{\"ADM2_PCODE\":\"XW0101\",\"ADM2_FR\":\"Ouest entier\",\"ADM1_PCODE\":\"XW01\"}", box(-12.5, 10, -4, 25.5)),
                feature("{\"ADM2_PCODE\":\"XE0201\",\"ADM2_FR\":\"Est entier\",\"ADM1_PCODE\":\"XE02\"}", box(-4, 10, 4.5, 25.5)));
    }

    /** Duplicate P-code, missing name, self-intersecting polygon. */
    static byte[] level1WithProblems() {
        return collection(
                feature("{\"ADM1_PCODE\":\"XW01\",\"ADM1_FR\":\"Ouest\"}", box(-12.5, 10, -4, 25.5)),
                feature("{\"ADM1_PCODE\":\"XW01\",\"ADM1_FR\":\"Encore\"}", box(-4, 10, 4.5, 25.5)),
                feature("{\"ADM1_PCODE\":\"XN03\"}", box(0, 0, 1, 1)),
                feature("{\"ADM1_PCODE\":\"XB04\",\"ADM1_FR\":\"Noeud papillon\"}",
                        "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}"));
    }

    /** Unknown parent, and a child far outside its parent. */
    static byte[] level2WithProblems() {
        return collection(
                feature("{\"ADM2_PCODE\":\"XW0101\",\"ADM2_FR\":\"Orphelin\",\"ADM1_PCODE\":\"ZZ99\"}", box(-10, 12, -9, 13)),
                feature("{\"ADM2_PCODE\":\"XW0102\",\"ADM2_FR\":\"Ailleurs\",\"ADM1_PCODE\":\"XW01\"}", box(2, 12, 3, 13)));
    }

    private static byte[] collection(String... features) {
        return ("{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String feature(String properties, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":" + properties + ",\"geometry\":" + geometry + "}";
    }

    private static String box(double west, double south, double east, double north) {
        return "{\"type\":\"Polygon\",\"coordinates\":[[[" + west + "," + south + "],[" + east + "," + south + "],["
                + east + "," + north + "],[" + west + "," + north + "],[" + west + "," + south + "]]]}";
    }
}
