package org.balise.collection.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.zip.InflaterInputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CollectSettingsQrTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void thePayloadIsTheSettingsJsonCompressedAsCollectReadsIt() throws IOException {
        String settings = CollectSettingsQr.settings(json, "http://192.168.1.10:8080/key/abc", "Balise · Équipe 1");

        byte[] compressed = Base64.getDecoder().decode(CollectSettingsQr.payload(settings));
        JsonNode read;
        try (var in = new InflaterInputStream(new ByteArrayInputStream(compressed))) {
            read = json.readTree(in.readAllBytes());
        }

        assertThat(read.path("general").path("server_url").asString()).isEqualTo("http://192.168.1.10:8080/key/abc");
        assertThat(read.path("project").path("name").asString()).isEqualTo("Balise · Équipe 1");
        assertThat(read.path("admin").isObject()).isTrue();
    }

    @Test
    void theCodeIsAnSvgWithModules() {
        String svg = CollectSettingsQr.svg(CollectSettingsQr.payload("{\"general\":{}}"));

        assertThat(svg).startsWith("<svg").endsWith("</svg>").contains("h1v1h-1z");
    }
}
