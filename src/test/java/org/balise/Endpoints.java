package org.balise;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The application's endpoints as its own handler mappings declare them ("GET /api/v1/accidents/{reference}"). */
final class Endpoints {

    private Endpoints() {
    }

    /** Every endpoint; those that take only multipart bodies are also added to {@code multipartOnly}. */
    static List<String> all(RequestMappingHandlerMapping mappings, Set<String> multipartOnly) {
        Set<String> all = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<String> patterns = info.getPathPatternsCondition() == null ? info.getPatternValues()
                    : info.getPathPatternsCondition().getPatternValues();
            var methods = info.getMethodsCondition().getMethods();
            boolean multipart = info.getConsumesCondition().getConsumableMediaTypes().stream()
                    .anyMatch(type -> type.includes(MediaType.MULTIPART_FORM_DATA));
            for (String pattern : patterns) {
                if (multipart) {
                    methods.forEach(method -> multipartOnly.add(method.name() + " " + pattern));
                }
                if (methods.isEmpty()) {
                    all.add("GET " + pattern);
                } else {
                    methods.forEach(method -> all.add(method.name() + " " + pattern));
                }
            }
        }
        return List.copyOf(all);
    }

    /** The authorisation matrix: endpoint → the callers it lets through ("admin,im.officer" or "nobody"). */
    static Map<String, String> matrix() {
        Map<String, String> table = new TreeMap<>();
        try (InputStream in = Endpoints.class.getResourceAsStream("/authorisation-matrix.tsv")) {
            if (in == null) {
                return table;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cells = line.split("\t");
                    table.put(cells[0].strip(), cells[1].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }
}
