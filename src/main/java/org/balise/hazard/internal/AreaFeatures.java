package org.balise.hazard.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.balise.hazard.AdminArea;
import org.balise.hazard.AreaDetails;
import org.balise.hazard.AreaType;
import org.balise.hazard.Beneficiaries;
import org.balise.shared.ordnance.DeviceCategory;
import org.balise.hazard.Evidence;
import org.balise.hazard.EvidenceKind;
import org.balise.hazard.GeometryIssue;
import org.balise.hazard.HazardArea;
import org.balise.hazard.LandUse;
import org.balise.shared.Codes;
import org.balise.shared.FieldChecks;
import org.balise.shared.FieldProblem;
import org.balise.shared.geo.GeoJsonGeometry;
import org.locationtech.jts.geom.Geometry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.RawValue;

/**
 * Hazardous areas as GeoJSON Features (RFC 7946): reads what a client sends, listing every problem, and writes
 * what Balise answers. Pure logic over Jackson trees.
 */
public final class AreaFeatures {

    private static final int MAX_PEOPLE = 10_000_000;

    private final JsonMapper json;

    public AreaFeatures(JsonMapper json) {
        this.json = json;
    }

    public record Read(AreaDetails details, List<FieldProblem> problems) {
    }

    public Read read(JsonNode feature, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (feature == null || !feature.isObject() || !"Feature".equals(feature.path("type").asString(""))) {
            problems.add(new FieldProblem("type", "not-a-feature", "The body must be a GeoJSON Feature"));
            return new Read(null, problems);
        }
        JsonNode properties = feature.path("properties");
        String name = text(properties, "name", 200, true, problems);
        AreaType type = oneOf(AreaType.class, properties.get("type"), "type", problems);
        Set<DeviceCategory> categories = setOf(DeviceCategory.class, properties.get("deviceCategories"), "deviceCategories", true, problems);
        Set<LandUse> landUse = setOf(LandUse.class, properties.get("blockedLandUse"), "blockedLandUse", false, problems);
        Beneficiaries beneficiaries = beneficiaries(properties.get("beneficiaries"), problems);
        String organisation = text(properties, "reportingOrganisation", 200, false, problems);
        LocalDate informationDate = date(properties.get("informationDate"), today, problems);
        List<Evidence> evidence = evidence(properties.get("evidence"), problems);
        GeoJsonGeometry.ReadResult geometry = GeoJsonGeometry.read(feature.get("geometry"));
        if (!geometry.isOk()) {
            problems.add(new FieldProblem("geometry", "invalid-geometry", geometry.problem()));
        }
        if (!problems.isEmpty()) {
            return new Read(null, problems);
        }
        return new Read(new AreaDetails(name, type, geometry.geometry(), categories, landUse, beneficiaries, organisation,
                informationDate, evidence), problems);
    }

    public ObjectNode write(HazardArea area, List<GeometryIssue> warnings) {
        ObjectNode feature = json.createObjectNode();
        feature.put("type", "Feature");
        feature.put("id", area.reference());
        ObjectNode properties = feature.putObject("properties");
        AreaDetails details = area.details();
        properties.put("reference", area.reference());
        properties.put("name", details.name());
        properties.put("type", details.type().name());
        properties.put("status", area.status().name());
        ArrayNode categories = properties.putArray("deviceCategories");
        details.deviceCategories().forEach(category -> categories.add(category.name()));
        ArrayNode landUse = properties.putArray("blockedLandUse");
        details.blockedLandUse().forEach(use -> landUse.add(use.name()));
        ObjectNode people = properties.putObject("beneficiaries");
        people.put("women", details.beneficiaries().women());
        people.put("men", details.beneficiaries().men());
        people.put("girls", details.beneficiaries().girls());
        people.put("boys", details.beneficiaries().boys());
        properties.put("reportingOrganisation", details.reportingOrganisation());
        properties.put("informationDate", details.informationDate().toString());
        ArrayNode evidence = properties.putArray("evidence");
        for (Evidence item : details.evidence()) {
            ObjectNode node = evidence.addObject();
            node.put("kind", item.kind().name());
            node.put("description", item.description());
            if (item.lat() != null) {
                node.putObject("location").put("lat", item.lat()).put("lon", item.lon());
            }
        }
        properties.put("areaSquareMetres", Math.round(area.areaSquareMetres()));
        properties.put("releasedSquareMetres", Math.round(area.releasedSquareMetres()));
        properties.put("remainingSquareMetres", Math.round(area.remainingSquareMetres()));
        AdminArea admin = area.admin();
        properties.put("gazetteer", admin.gazetteer());
        unit(properties, "adm1", admin.adm1Pcode(), admin.adm1Name());
        unit(properties, "adm2", admin.adm2Pcode(), admin.adm2Name());
        unit(properties, "adm3", admin.adm3Pcode(), admin.adm3Name());
        properties.put("version", area.version());
        if (!warnings.isEmpty()) {
            ArrayNode list = properties.putArray("warnings");
            warnings.forEach(warning -> list.addObject().put("code", warning.code()).put("detail", warning.detail()));
        }
        feature.set("geometry", geometry(details.geometry()));
        return feature;
    }

    /** What a map draws of an area and its pop-up shows: reference (the feature's id), name, type and status. */
    public ObjectNode writeForMap(HazardArea area) {
        ObjectNode feature = json.createObjectNode();
        feature.put("type", "Feature");
        feature.put("id", area.reference());
        feature.putObject("properties").put("name", area.details().name()).put("type", area.details().type().name())
                .put("status", area.status().name());
        feature.set("geometry", geometry(area.details().geometry()));
        return feature;
    }

    /**
     * The geometry as GeoJsonGeometry writes it, embedded as it is: parsed back into a tree, it was only written out
     * again, some 20 numbers per area in lists of a thousand.
     */
    private JsonNode geometry(Geometry geometry) {
        return json.getNodeFactory().rawValueNode(new RawValue(GeoJsonGeometry.write(geometry, 7)));
    }

    private static void unit(ObjectNode properties, String level, String pcode, String name) {
        if (pcode == null) {
            properties.putNull(level);
        } else {
            properties.putObject(level).put("pcode", pcode).put("name", name);
        }
    }

    private static String text(JsonNode properties, String field, int max, boolean required, List<FieldProblem> problems) {
        JsonNode node = properties.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                problems.add(new FieldProblem(field, "required", field + " is required"));
            }
            return null;
        }
        if (!node.isString()) {
            problems.add(new FieldProblem(field, "wrong-type", field + " must be text"));
            return null;
        }
        String text = node.asString().strip();
        if (required && text.isEmpty()) {
            problems.add(new FieldProblem(field, "required", field + " is required"));
        } else if (text.length() > max) {
            problems.add(new FieldProblem(field, "too-long", field + " has more than " + max + " characters"));
        } else if (FieldChecks.hasControlCharacters(text)) {
            problems.add(new FieldProblem(field, "control-characters", field + " holds control characters"));
        }
        return text.isEmpty() ? null : text;
    }

    private static <E extends Enum<E>> E oneOf(Class<E> type, JsonNode node, String field, List<FieldProblem> problems) {
        if (node == null || !node.isString()) {
            problems.add(new FieldProblem(field, "required", field + " must be one of " + EnumSet.allOf(type)));
            return null;
        }
        return Codes.parse(type, node.asString(), field, problems);
    }

    private static <E extends Enum<E>> Set<E> setOf(Class<E> type, JsonNode node, String field, boolean required,
            List<FieldProblem> problems) {
        Set<E> values = EnumSet.noneOf(type);
        if (node == null || node.isNull()) {
            if (required) {
                problems.add(new FieldProblem(field, "required", field + " needs at least one of " + EnumSet.allOf(type)));
            }
            return values;
        }
        if (!node.isArray()) {
            problems.add(new FieldProblem(field, "wrong-type", field + " must be an array"));
            return values;
        }
        for (JsonNode item : node) {
            E value = oneOf(type, item, field, problems);
            if (value != null) {
                values.add(value);
            }
        }
        if (required && node.isEmpty()) {
            problems.add(new FieldProblem(field, "required", field + " needs at least one of " + EnumSet.allOf(type)));
        }
        return values;
    }

    private static Beneficiaries beneficiaries(JsonNode node, List<FieldProblem> problems) {
        if (node == null || node.isNull()) {
            return Beneficiaries.NONE;
        }
        if (!node.isObject()) {
            problems.add(new FieldProblem("beneficiaries", "wrong-type", "beneficiaries must be an object of counts"));
            return Beneficiaries.NONE;
        }
        return new Beneficiaries(count(node, "women", problems), count(node, "men", problems),
                count(node, "girls", problems), count(node, "boys", problems));
    }

    private static int count(JsonNode beneficiaries, String field, List<FieldProblem> problems) {
        JsonNode node = beneficiaries.get(field);
        if (node == null || node.isNull()) {
            return 0;
        }
        if (!node.isIntegralNumber() || node.asLong() < 0 || node.asLong() > MAX_PEOPLE) {
            problems.add(new FieldProblem("beneficiaries." + field, "invalid-count",
                    "beneficiaries." + field + " must be a whole number from 0 to " + MAX_PEOPLE));
            return 0;
        }
        return node.asInt();
    }

    private static LocalDate date(JsonNode node, LocalDate today, List<FieldProblem> problems) {
        if (node == null || node.isNull()) {
            return today;
        }
        try {
            LocalDate date = LocalDate.parse(node.asString(""));
            if (date.isAfter(today)) {
                problems.add(new FieldProblem("informationDate", "future-date", "informationDate is in the future"));
            } else if (date.getYear() < 1960) {
                problems.add(new FieldProblem("informationDate", "too-old", "informationDate is before 1960"));
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("informationDate", "invalid-date", "informationDate must be a date as YYYY-MM-DD"));
            return today;
        }
    }

    private static List<Evidence> evidence(JsonNode node, List<FieldProblem> problems) {
        List<Evidence> evidence = new ArrayList<>();
        if (node == null || node.isNull()) {
            return evidence;
        }
        if (!node.isArray()) {
            problems.add(new FieldProblem("evidence", "wrong-type", "evidence must be an array"));
            return evidence;
        }
        for (JsonNode item : node) {
            EvidenceKind kind = oneOf(EvidenceKind.class, item.get("kind"), "evidence.kind", problems);
            String description = item.isObject() ? text(item, "description", 2000, false, problems) : null;
            JsonNode location = item.path("location");
            Double lat = location.path("lat").isNumber() ? location.path("lat").asDouble() : null;
            Double lon = location.path("lon").isNumber() ? location.path("lon").asDouble() : null;
            if ((lat == null) != (lon == null) || (lat != null && (Math.abs(lat) > 90 || Math.abs(lon) > 180))) {
                problems.add(new FieldProblem("evidence.location", "invalid-location", "evidence location needs a valid lat and lon"));
            }
            if (kind != null) {
                evidence.add(new Evidence(kind, description, lat, lon));
            }
        }
        return evidence;
    }
}
