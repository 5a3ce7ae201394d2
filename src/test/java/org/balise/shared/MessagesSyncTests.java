package org.balise.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every user-visible string exists in French and English. */
class MessagesSyncTests {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z0-9.\\-]+)[}(]");

    @Test
    void frenchAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("fr").stringPropertyNames()).containsExactlyInAnyOrderElementsOf(load("en").stringPropertyNames());
    }

    @Test
    void noMessageIsEmpty() throws IOException {
        for (String language : new String[] {"en", "fr"}) {
            Properties messages = load(language);
            assertThat(messages.stringPropertyNames()).allSatisfy(key -> assertThat(messages.getProperty(key)).as(language + " " + key).isNotBlank());
        }
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(path -> path.toString().endsWith(".html")).toList()) {
                Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(template));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(load("en").stringPropertyNames()).containsAll(used);
    }

    @Test
    void everyProblemTypeHasATitle() throws IOException {
        Properties english = load("en");
        assertThat(Arrays.stream(ProblemType.values()).map(ProblemType::titleKey)).allMatch(english::containsKey);
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesSyncTests.class.getResourceAsStream("/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
