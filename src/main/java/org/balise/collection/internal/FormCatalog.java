package org.balise.collection.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Parsed form definitions by form ID and version. A published version's file never changes, so a definition,
 * once read, is kept; whether the form is closed is always read from the database.
 */
@Component
public class FormCatalog {

    private final CollectionRepository repository;
    private final Map<String, FormDefinition> definitions = new ConcurrentHashMap<>();

    FormCatalog(CollectionRepository repository) {
        this.repository = repository;
    }

    public Optional<FormDefinition> definition(String formId, String version) {
        String key = formId + "\u0000" + version;
        FormDefinition cached = definitions.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        return repository.formFile(formId, version).map(file -> {
            try {
                FormDefinition definition = FormDefinition.parse(file.xml());
                definitions.put(key, definition);
                return definition;
            } catch (FormDefinition.Invalid e) {
                throw new IllegalStateException("Published form " + formId + " " + version + " no longer parses", e);
            }
        });
    }
}
