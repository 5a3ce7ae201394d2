package org.balise.geography.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.balise.shared.FieldProblem;
import org.balise.shared.geo.GeoJsonGeometry;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a reference layer from GeoJSON (points, lines, polygons) or from CSV with latitude and longitude
 * columns, and lists every problem. Pure logic.
 */
public final class LayerReader {

    public static final int MAX_FEATURES = 200_000;
    private static final List<String> LAT_COLUMNS = List.of("lat", "latitude", "y", "gps_latitude");
    private static final List<String> LON_COLUMNS = List.of("lon", "lng", "long", "longitude", "x", "gps_longitude");
    private static final List<String> NAME_COLUMNS = List.of("name", "nom", "facility name", "featurenam");

    private final JsonMapper json;

    public LayerReader(JsonMapper json) {
        this.json = json;
    }

    public record NamedGeometry(String name, Geometry geometry) {
    }

    public record Read(List<NamedGeometry> features, List<FieldProblem> problems) {
    }

    public Read read(String fileName, byte[] content) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".csv") ? csv(content) : geoJson(content);
    }

    private Read geoJson(byte[] content) {
        List<FieldProblem> problems = new ArrayList<>();
        List<NamedGeometry> features = new ArrayList<>();
        JsonNode root;
        try {
            root = json.readTree(content);
        } catch (JacksonException e) {
            problems.add(new FieldProblem("file", "not-json", "The file is neither GeoJSON nor CSV"));
            return new Read(features, problems);
        }
        if (root == null || !"FeatureCollection".equals(root.path("type").asString("")) || !root.path("features").isArray()) {
            problems.add(new FieldProblem("file", "not-feature-collection", "The file is not a GeoJSON FeatureCollection"));
            return new Read(features, problems);
        }
        JsonNode list = root.path("features");
        if (list.size() > MAX_FEATURES) {
            problems.add(new FieldProblem("file", "too-many-features", "At most " + MAX_FEATURES + " features per layer"));
            return new Read(features, problems);
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode feature = list.get(i);
            GeoJsonGeometry.ReadResult geometry = GeoJsonGeometry.read(feature.get("geometry"));
            if (!geometry.isOk() || !geometry.geometry().isValid()) {
                problems.add(new FieldProblem("feature " + (i + 1), "invalid-geometry",
                        geometry.isOk() ? "The geometry is invalid" : geometry.problem()));
                continue;
            }
            features.add(new NamedGeometry(name(feature.path("properties")), geometry.geometry()));
        }
        if (features.isEmpty() && problems.isEmpty()) {
            problems.add(new FieldProblem("file", "no-features", "The file has no features"));
        }
        return new Read(features, problems);
    }

    private static String name(JsonNode properties) {
        for (var entry : properties.properties()) {
            if (NAME_COLUMNS.contains(entry.getKey().toLowerCase(Locale.ROOT)) && entry.getValue().isString()) {
                return truncate(entry.getValue().asString());
            }
        }
        return null;
    }

    private Read csv(byte[] content) {
        List<FieldProblem> problems = new ArrayList<>();
        List<NamedGeometry> features = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreHeaderCase(true)
                .setTrim(true).get();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            problems.add(new FieldProblem("file", "not-utf8", "The CSV is not UTF-8: save it as \"CSV UTF-8\""));
            return new Read(features, problems);
        }
        try (var parser = format.parse(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text))) {
            Map<String, Integer> header = parser.getHeaderMap();
            String latColumn = column(header, LAT_COLUMNS);
            String lonColumn = column(header, LON_COLUMNS);
            String nameColumn = column(header, NAME_COLUMNS);
            if (latColumn == null || lonColumn == null) {
                problems.add(new FieldProblem("file", "missing-coordinates", "The CSV needs latitude and longitude columns (lat, lon)"));
                return new Read(features, problems);
            }
            for (CSVRecord record : parser) {
                if (record.getRecordNumber() > MAX_FEATURES) {
                    problems.add(new FieldProblem("file", "too-many-features", "At most " + MAX_FEATURES + " features per layer"));
                    break;
                }
                String at = "line " + (record.getRecordNumber() + 1);
                try {
                    double lat = Double.parseDouble(record.get(latColumn));
                    double lon = Double.parseDouble(record.get(lonColumn));
                    if (!Double.isFinite(lat) || !Double.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
                        throw new NumberFormatException();
                    }
                    features.add(new NamedGeometry(nameColumn == null ? null : truncate(record.get(nameColumn)),
                            GeoJsonGeometry.FACTORY.createPoint(new Coordinate(lon, lat))));
                } catch (IllegalArgumentException e) {
                    problems.add(new FieldProblem(at, "invalid-coordinates", "The latitude or longitude is not a number in range"));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(new FieldProblem("file", "not-csv", "The CSV cannot be read: " + e.getMessage()));
        }
        if (features.isEmpty() && problems.isEmpty()) {
            problems.add(new FieldProblem("file", "no-features", "The file has no rows"));
        }
        return new Read(features, problems);
    }

    private static String column(Map<String, Integer> header, List<String> candidates) {
        return header.keySet().stream().filter(name -> candidates.contains(name.toLowerCase(Locale.ROOT).strip()))
                .findFirst().orElse(null);
    }

    private static String truncate(String text) {
        return text == null ? null : text.length() > 300 ? text.substring(0, 300) : text;
    }
}
