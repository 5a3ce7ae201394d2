package org.balise.shared.web;

import org.balise.shared.FieldChecks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every text field of every JSON body is refused with a 400 when it holds a control character (see
 * {@link FieldChecks#hasControlCharacters}), before any module sees it: one rule instead of one per field.
 * Bodies read as a tree (GeoJSON features) are checked where their properties are read.
 */
@Configuration(proxyBeanMethods = false)
class JsonTextRules {

    @Bean
    JacksonModule textWithoutControlCharacters() {
        SimpleModule module = new SimpleModule("balise-text-rules");
        module.addDeserializer(String.class, new ValueDeserializer<String>() {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) {
                String text = StringDeserializer.instance.deserialize(parser, context);
                if (text != null && FieldChecks.hasControlCharacters(text)) {
                    return (String) context.handleWeirdStringValue(String.class, text, "control characters are not accepted");
                }
                return text;
            }
        });
        return module;
    }
}
