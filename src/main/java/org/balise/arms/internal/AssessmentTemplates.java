package org.balise.arms.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.balise.arms.AssessmentTemplate;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The assessment templates shipped in {@code arms/templates/*.json}, one file per version. A version is never
 * edited once assessments use it: a changed template ships as a new version, and old assessments keep theirs.
 */
@Component
public class AssessmentTemplates {

    private final List<AssessmentTemplate> templates;

    AssessmentTemplates(JsonMapper json) {
        List<AssessmentTemplate> loaded = new ArrayList<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:arms/templates/*.json")) {
                try (InputStream in = resource.getInputStream()) {
                    loaded.add(json.readValue(in, AssessmentTemplate.class));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        loaded.sort(Comparator.comparing(AssessmentTemplate::code).thenComparing(AssessmentTemplate::version));
        this.templates = List.copyOf(loaded);
    }

    public List<AssessmentTemplate> all() {
        return templates;
    }

    /** The named version, or the latest version of the template when none is named. */
    public Optional<AssessmentTemplate> find(String code, String version) {
        return templates.stream().filter(template -> template.code().equals(code))
                .filter(template -> version == null || version.isBlank() || template.version().equals(version))
                .reduce((earlier, later) -> later);
    }
}
