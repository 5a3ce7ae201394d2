package org.balise.collection.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.balise.collection.CollectionManagement;
import org.balise.shared.StartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Publishes the forms that ship in the jar ({@code collection/forms/*.xml}) when their version is not yet
 * published, so that an upgrade of Balise brings its new form versions; versions published by users stay.
 */
@Component
class ShippedForms implements StartupTask {

    private static final Logger log = LoggerFactory.getLogger(ShippedForms.class);

    private final CollectionManagement collection;

    ShippedForms(CollectionManagement collection) {
        this.collection = collection;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void run() {
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath:collection/forms/*.xml")) {
                byte[] xml;
                try (InputStream in = resource.getInputStream()) {
                    xml = in.readAllBytes();
                }
                FormDefinition form = FormDefinition.parse(xml);
                if (!collection.isPublished(form.formId(), form.version())
                        && collection.forms().stream().noneMatch(known -> known.formId().equals(form.formId())
                                && known.versions().stream().anyMatch(version -> version.version().compareTo(form.version()) > 0))) {
                    collection.publish(xml, "system");
                    log.info("Published form {} version {}", form.formId(), form.version());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FormDefinition.Invalid e) {
            throw new IllegalStateException("A form shipped in the jar is invalid", e);
        }
    }
}
