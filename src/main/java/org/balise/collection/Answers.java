package org.balise.collection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers of one submitted form (or of one instance of a repeat group), by path relative to the form's
 * root or to the repeat: {@code "location"}, {@code "beneficiaries/women"}; repeats by their path too.
 */
public final class Answers {

    private final Map<String, String> values;
    private final Map<String, List<Answers>> repeats;

    public Answers(Map<String, String> values, Map<String, List<Answers>> repeats) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.repeats = Collections.unmodifiableMap(new LinkedHashMap<>(repeats));
    }

    /** The answer, or null when the question was left empty. */
    public String text(String path) {
        String value = values.get(path);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The choices of a select-multiple question (space-separated in XForms). */
    public List<String> list(String path) {
        String value = text(path);
        return value == null ? List.of() : Arrays.asList(value.split("\\s+"));
    }

    public Integer integer(String path) {
        String value = text(path);
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** yes/no questions: null when unanswered. */
    public Boolean yesNo(String path) {
        String value = text(path);
        return value == null ? null : "yes".equalsIgnoreCase(value) || "true".equalsIgnoreCase(value) || "1".equals(value);
    }

    /** A geopoint answer ("lat lon altitude accuracy"), or null when empty or not a point. */
    public Position position(String path) {
        String value = text(path);
        return value == null ? null : Position.parse(value);
    }

    /** The vertices of a geoshape or geotrace answer ("lat lon alt acc;lat lon alt acc;..."); empty when unanswered. */
    public List<Position> positions(String path) {
        String value = text(path);
        if (value == null) {
            return List.of();
        }
        List<Position> vertices = new ArrayList<>();
        for (String vertex : value.split(";")) {
            if (!vertex.isBlank()) {
                vertices.add(Position.parse(vertex));
            }
        }
        return vertices.contains(null) ? List.of() : vertices;
    }

    /** A position as ODK records it; lat/lon are not yet checked against Mali. */
    public record Position(double lat, double lon) {

        static Position parse(String text) {
            String[] parts = text.strip().split("\\s+");
            if (parts.length < 2) {
                return null;
            }
            try {
                double lat = Double.parseDouble(parts[0]);
                double lon = Double.parseDouble(parts[1]);
                return Double.isFinite(lat) && Double.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180
                        ? new Position(lat, lon) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    public List<Answers> repeat(String path) {
        return repeats.getOrDefault(path, List.of());
    }

    /** Every answered leaf in document order, for display. */
    public Map<String, String> values() {
        return values;
    }

    public Map<String, List<Answers>> repeats() {
        return repeats;
    }

    /** Every value of a path, in this form and in its repeats (photos inside repeats, for instance). */
    public List<String> allValues(String path) {
        List<String> found = new ArrayList<>();
        String value = text(path);
        if (value != null) {
            found.add(value);
        }
        repeats.forEach((repeatPath, instances) -> {
            if (path.startsWith(repeatPath + "/")) {
                String rest = path.substring(repeatPath.length() + 1);
                instances.forEach(instance -> found.addAll(instance.allValues(rest)));
            }
        });
        return found;
    }
}
