package org.balise.geography.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.balise.geography.GazetteerImport;
import org.balise.geography.GazetteerImport.LevelFile;
import org.balise.shared.FieldProblem;
import org.balise.shared.geo.GeoJsonGeometry;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a gazetteer version before anything of it is stored, and lists every problem: files that are not
 * GeoJSON, missing properties, invalid polygons, duplicate P-codes, unknown parents, children outside their
 * parent. Pure logic: no database.
 */
public final class GazetteerValidator {

    public static final Pattern VERSION_CODE = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");
    private static final Pattern PCODE = Pattern.compile("[A-Za-z0-9_-]{1,20}");
    /** A child's interior point may lie this far (degrees, ~100 m) outside its parent: releases differ at borders. */
    private static final double PARENT_TOLERANCE_DEGREES = 0.001;
    private static final int MAX_LISTED_PROBLEMS = 1000;

    private final JsonMapper json;

    public GazetteerValidator(JsonMapper json) {
        this.json = json;
    }

    public record Result(List<AdminUnit> units, List<FieldProblem> problems) {

        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    public Result validate(GazetteerImport request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request.code() == null || !VERSION_CODE.matcher(request.code()).matches()) {
            problems.add(new FieldProblem("code", "invalid-version-code",
                    "The version code must be 2 to 40 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit"));
        }
        if (request.label() == null || request.label().isBlank() || request.label().length() > 200) {
            problems.add(new FieldProblem("label", "invalid-label", "The label is required (at most 200 characters)"));
        }
        Map<Integer, LevelFile> levels = request.levels() == null ? Map.of() : request.levels();
        if (levels.get(1) == null) {
            problems.add(new FieldProblem("adm1", "missing-level", "The level 1 file is required"));
        }
        if (levels.get(3) != null && levels.get(2) == null) {
            problems.add(new FieldProblem("adm2", "missing-level", "A level 3 file needs a level 2 file"));
        }
        levels.keySet().stream().filter(level -> level < 1 || level > 3).forEach(level -> problems.add(
                new FieldProblem("adm" + level, "unsupported-level", "Only admin levels 1 to 3 are loaded")));

        Map<Integer, List<AdminUnit>> unitsByLevel = new LinkedHashMap<>();
        Map<String, String> seenPcodes = new HashMap<>();
        for (int level = 1; level <= 3; level++) {
            LevelFile file = levels.get(level);
            if (file != null) {
                unitsByLevel.put(level, readLevel(request.code(), level, file, seenPcodes, problems));
            }
        }
        for (int level = 2; level <= 3; level++) {
            if (unitsByLevel.containsKey(level) && unitsByLevel.containsKey(level - 1)) {
                checkParents(level, unitsByLevel.get(level), unitsByLevel.get(level - 1), problems);
            }
        }
        List<AdminUnit> units = unitsByLevel.values().stream().flatMap(List::stream).toList();
        return new Result(units, capped(problems));
    }

    private List<AdminUnit> readLevel(String gazetteer, int level, LevelFile file, Map<String, String> seenPcodes,
            List<FieldProblem> problems) {
        String where = "adm" + level;
        JsonNode root;
        try {
            root = json.readTree(file.content());
        } catch (JacksonException e) {
            problems.add(new FieldProblem(where, "not-json", "The " + where + " file is not JSON: " + firstLine(e.getOriginalMessage())));
            return List.of();
        }
        if (root == null || !"FeatureCollection".equals(root.path("type").asString(""))) {
            problems.add(new FieldProblem(where, "not-feature-collection", "The " + where + " file is not a GeoJSON FeatureCollection"));
            return List.of();
        }
        JsonNode features = root.path("features");
        if (!features.isArray() || features.isEmpty()) {
            problems.add(new FieldProblem(where, "no-features", "The " + where + " file has no features"));
            return List.of();
        }
        String pcodeProperty = required(file.pcodeProperty(), where, "P-code property", problems);
        String nameProperty = required(file.nameProperty(), where, "name property", problems);
        String parentProperty = level > 1 ? required(file.parentPcodeProperty(), where, "parent P-code property", problems) : null;
        if (pcodeProperty == null || nameProperty == null || (level > 1 && parentProperty == null)) {
            return List.of();
        }
        List<AdminUnit> units = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            JsonNode feature = features.get(i);
            String at = where + " feature " + (i + 1);
            JsonNode properties = feature.path("properties");
            String pcode = text(properties.get(pcodeProperty));
            String name = text(properties.get(nameProperty));
            String parent = parentProperty == null ? null : text(properties.get(parentProperty));
            if (pcode != null) {
                at += " (" + pcode + ")";
            }
            boolean ok = true;
            if (pcode == null) {
                problems.add(new FieldProblem(at, "missing-property", "Property '" + pcodeProperty + "' (P-code) is missing"));
                ok = false;
            } else if (!PCODE.matcher(pcode).matches()) {
                problems.add(new FieldProblem(at, "invalid-pcode", "P-code '" + abbreviate(pcode) + "' is not a P-code"));
                ok = false;
            } else if (seenPcodes.putIfAbsent(pcode, at) != null) {
                problems.add(new FieldProblem(at, "duplicate-pcode", "P-code " + pcode + " is also used by " + seenPcodes.get(pcode)));
                ok = false;
            }
            if (name == null) {
                problems.add(new FieldProblem(at, "missing-property", "Property '" + nameProperty + "' (name) is missing"));
                ok = false;
            } else if (name.length() > 200) {
                problems.add(new FieldProblem(at, "invalid-name", "The name is longer than 200 characters"));
                ok = false;
            }
            if (parentProperty != null && parent == null) {
                problems.add(new FieldProblem(at, "missing-property", "Property '" + parentProperty + "' (parent P-code) is missing"));
                ok = false;
            }
            Geometry geometry = polygonal(feature.get("geometry"), at, problems);
            if (ok && geometry != null) {
                units.add(new AdminUnit(gazetteer, level, pcode, name.strip(), parent, geometry));
            }
        }
        return units;
    }

    private Geometry polygonal(JsonNode node, String at, List<FieldProblem> problems) {
        GeoJsonGeometry.ReadResult read = GeoJsonGeometry.read(node);
        if (!read.isOk()) {
            problems.add(new FieldProblem(at, "invalid-geometry", "The geometry cannot be read: " + read.problem()));
            return null;
        }
        Geometry geometry = read.geometry();
        if (!(geometry instanceof Polygon) && !(geometry instanceof MultiPolygon)) {
            problems.add(new FieldProblem(at, "unsupported-geometry",
                    "An admin unit must be a Polygon or MultiPolygon, not a " + geometry.getGeometryType()));
            return null;
        }
        TopologyValidationError error = new IsValidOp(geometry).getValidationError();
        if (error != null) {
            problems.add(new FieldProblem(at, "invalid-polygon", "The polygon is invalid: " + error.getMessage()
                    + " near " + String.format(java.util.Locale.ROOT, "%.5f, %.5f", error.getCoordinate().y, error.getCoordinate().x)));
            return null;
        }
        return geometry;
    }

    private static void checkParents(int level, List<AdminUnit> children, List<AdminUnit> parents, List<FieldProblem> problems) {
        Map<String, AdminUnit> parentsByPcode = new HashMap<>();
        parents.forEach(parent -> parentsByPcode.put(parent.pcode(), parent));
        for (AdminUnit child : children) {
            String at = "adm" + level + " " + child.pcode();
            AdminUnit parent = parentsByPcode.get(child.parentPcode());
            if (parent == null) {
                problems.add(new FieldProblem(at, "unknown-parent",
                        "Parent P-code " + child.parentPcode() + " is not in the level " + (level - 1) + " file"));
                continue;
            }
            Point inside = child.geometry().getInteriorPoint();
            if (parent.geometry().distance(inside) > PARENT_TOLERANCE_DEGREES) {
                problems.add(new FieldProblem(at, "outside-parent",
                        child.name() + " lies outside its parent " + parent.pcode() + " " + parent.name()));
            }
        }
    }

    private static String required(String property, String where, String what, List<FieldProblem> problems) {
        if (property == null || property.isBlank()) {
            problems.add(new FieldProblem(where, "missing-setting", "The " + what + " of " + where + " must be named"));
            return null;
        }
        return property.strip();
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isContainer()) {
            return null;
        }
        String text = node.asString("").strip();
        return text.isEmpty() ? null : text;
    }

    private static String abbreviate(String text) {
        return text.length() > 30 ? text.substring(0, 30) + "…" : text;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static List<FieldProblem> capped(List<FieldProblem> problems) {
        if (problems.size() <= MAX_LISTED_PROBLEMS) {
            return problems;
        }
        List<FieldProblem> listed = new ArrayList<>(problems.subList(0, MAX_LISTED_PROBLEMS));
        listed.add(new FieldProblem("", "more-problems", (problems.size() - MAX_LISTED_PROBLEMS) + " more problems are not listed"));
        return listed;
    }
}
