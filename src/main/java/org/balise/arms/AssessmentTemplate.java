package org.balise.arms;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A versioned assessment template: sections of weighted questions, each belonging to a risk reduction level
 * (1, 2 or 3) and possibly critical. Texts are by language code ("en", "fr").
 */
public record AssessmentTemplate(String code, String version, Map<String, String> title, String source, List<Level> levels,
        List<Section> sections) {

    public record Level(int level, double threshold, Map<String, String> name) {
    }

    /** A section, and the kind of intervention that answers its failing questions. */
    public record Section(String code, Map<String, String> title, InterventionKind intervention, List<Question> questions) {
    }

    public record Question(String code, Map<String, String> text, int weight, boolean critical, int level,
            FacilityType.Scope appliesTo) {
    }

    public Stream<Question> questions() {
        return sections.stream().flatMap(section -> section.questions().stream());
    }

    public Optional<Section> sectionOf(String questionCode) {
        return sections.stream().filter(section -> section.questions().stream().anyMatch(q -> q.code().equals(questionCode)))
                .findFirst();
    }

    public Optional<Question> question(String code) {
        return questions().filter(question -> question.code().equals(code)).findFirst();
    }
}
