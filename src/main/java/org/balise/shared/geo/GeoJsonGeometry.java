package org.balise.shared.geo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import tools.jackson.databind.JsonNode;

/**
 * Reads and writes RFC 7946 geometries (longitude, latitude; WGS84) as JTS geometries. Reading never throws:
 * it says what is wrong with the JSON it was given.
 */
public final class GeoJsonGeometry {

    /** Powers of ten a scaled coordinate is rounded with, for 0 to 9 decimals. */
    private static final long[] TENS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000};

    public static final int WGS84 = 4326;
    public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), WGS84);

    private GeoJsonGeometry() {
    }

    /** The geometry, or the reason it cannot be read. */
    public record ReadResult(Geometry geometry, String problem) {

        static ReadResult ok(Geometry geometry) {
            return new ReadResult(geometry, null);
        }

        static ReadResult fail(String problem) {
            return new ReadResult(null, problem);
        }

        public boolean isOk() {
            return geometry != null;
        }
    }

    public static ReadResult read(JsonNode node) {
        if (node == null || node.isNull() || !node.isObject()) {
            return ReadResult.fail("geometry is missing");
        }
        String type = node.path("type").asString("");
        JsonNode coordinates = node.get("coordinates");
        if (coordinates == null || !coordinates.isArray()) {
            return ReadResult.fail("geometry of type '" + type + "' has no coordinates array");
        }
        try {
            return switch (type) {
                case "Point" -> ReadResult.ok(FACTORY.createPoint(position(coordinates)));
                case "Polygon" -> ReadResult.ok(polygon(coordinates));
                case "MultiPolygon" -> {
                    List<Polygon> polygons = new ArrayList<>();
                    for (JsonNode polygon : coordinates) {
                        polygons.add(polygon(polygon));
                    }
                    yield ReadResult.ok(FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new)));
                }
                case "LineString" -> ReadResult.ok(FACTORY.createLineString(positions(coordinates)));
                default -> ReadResult.fail("geometry type '" + type + "' is not supported here");
            };
        } catch (IllegalArgumentException e) {
            return ReadResult.fail(e.getMessage());
        }
    }

    private static Polygon polygon(JsonNode rings) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new IllegalArgumentException("a polygon needs at least one ring");
        }
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode positions) {
        Coordinate[] coordinates = positions(positions);
        if (coordinates.length < 4) {
            throw new IllegalArgumentException("a polygon ring needs at least 4 positions, found " + coordinates.length);
        }
        if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
            throw new IllegalArgumentException("a polygon ring is not closed (first and last positions differ)");
        }
        return FACTORY.createLinearRing(coordinates);
    }

    private static Coordinate[] positions(JsonNode positions) {
        if (!positions.isArray()) {
            throw new IllegalArgumentException("expected an array of positions");
        }
        Coordinate[] coordinates = new Coordinate[positions.size()];
        for (int i = 0; i < positions.size(); i++) {
            coordinates[i] = position(positions.get(i));
        }
        return coordinates;
    }

    private static Coordinate position(JsonNode position) {
        if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
            throw new IllegalArgumentException("a position must be [longitude, latitude] numbers");
        }
        double lon = position.get(0).asDouble();
        double lat = position.get(1).asDouble();
        if (!Double.isFinite(lon) || !Double.isFinite(lat) || lon < -180 || lon > 180 || lat < -90 || lat > 90) {
            throw new IllegalArgumentException("position [" + lon + ", " + lat + "] is not a longitude and latitude");
        }
        return new Coordinate(lon, lat);
    }

    /** Writes a geometry as GeoJSON text, coordinates rounded to {@code decimals} places (0 to 9). */
    public static String write(Geometry geometry, int decimals) {
        if (decimals < 0 || decimals >= TENS.length) {
            throw new IllegalArgumentException("decimals must be 0 to " + (TENS.length - 1) + ", not " + decimals);
        }
        StringBuilder out = new StringBuilder(256);
        writeGeometry(geometry, out, decimals);
        return out.toString();
    }

    private static void writeGeometry(Geometry geometry, StringBuilder out, int decimals) {
        switch (geometry) {
            case Point point -> {
                out.append("{\"type\":\"Point\",\"coordinates\":");
                position(point.getCoordinate(), out, decimals);
            }
            case Polygon polygon -> {
                out.append("{\"type\":\"Polygon\",\"coordinates\":");
                polygon(polygon, out, decimals);
            }
            case MultiPolygon multi -> {
                out.append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
                for (int i = 0; i < multi.getNumGeometries(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    polygon((Polygon) multi.getGeometryN(i), out, decimals);
                }
                out.append(']');
            }
            case LineString line -> {
                out.append("{\"type\":\"LineString\",\"coordinates\":");
                positions(line.getCoordinates(), out, decimals);
            }
            default -> throw new IllegalArgumentException("cannot write " + geometry.getGeometryType());
        }
        out.append('}');
    }

    private static void polygon(Polygon polygon, StringBuilder out, int decimals) {
        out.append('[');
        positions(polygon.getExteriorRing().getCoordinates(), out, decimals);
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            out.append(',');
            positions(polygon.getInteriorRingN(i).getCoordinates(), out, decimals);
        }
        out.append(']');
    }

    private static void positions(Coordinate[] coordinates, StringBuilder out, int decimals) {
        out.append('[');
        for (int i = 0; i < coordinates.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            position(coordinates[i], out, decimals);
        }
        out.append(']');
    }

    private static void position(Coordinate coordinate, StringBuilder out, int decimals) {
        out.append('[');
        number(coordinate.x, decimals, out);
        out.append(',');
        number(coordinate.y, decimals, out);
        out.append(']');
    }

    /**
     * Rounded half up to {@code decimals} places, as {@code String.format("%.7f")} does, without trailing zeros or a
     * negative zero. A map page writes some 40,000 numbers: they are rounded on a long, without BigDecimal's
     * strings, unless the value lies within a thousandth of the last digit of a half, where the errors of the product
     * (under 3e-4 of that digit below 1e12) could decide it, or is too large for that bound.
     */
    static void number(double value, int decimals, StringBuilder out) {
        double scaled = Math.abs(value) * TENS[decimals];
        double fraction = scaled - Math.floor(scaled);
        if (!(scaled < 1e12) || Math.abs(fraction - 0.5) < 1e-3) {
            out.append(BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString());
            return;
        }
        long rounded = Math.round(scaled);
        if (rounded == 0) {
            out.append('0');
            return;
        }
        if (value < 0) {
            out.append('-');
        }
        out.append(rounded / TENS[decimals]);
        long rest = rounded % TENS[decimals];
        if (rest != 0) {
            int digits = decimals;
            while (rest % 10 == 0) {
                rest /= 10;
                digits--;
            }
            out.append('.');
            for (long power = TENS[digits - 1]; power > rest; power /= 10) {
                out.append('0');
            }
            out.append(rest);
        }
    }
}
