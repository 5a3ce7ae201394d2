package org.balise.shared.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An RFC 7946 FeatureCollection with one Feature per row, streamed so that the features are never all in memory
 * as JSON. Properties are keyed by column key, the same in every language; values keep their JSON types.
 */
final class GeoJsonExportWriter implements ExportWriter {

    // closing the generator must not close the caller's stream
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    @Override
    public void write(ExportTable table, OutputStream out) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringProperty("type", "FeatureCollection");
            json.writeArrayPropertyStart("features");
            int rowNumber = 1;
            for (ExportRow row : table.rows()) {
                writeFeature(json, table.columns(), row, rowNumber++);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (JacksonIOException e) {
            // Jackson 3 wraps I/O failures (a client gone mid-download) in an unchecked exception
            throw e.getCause();
        }
    }

    private static void writeFeature(JsonGenerator json, List<ExportColumn> columns, ExportRow row, int rowNumber) {
        json.writeStartObject();
        json.writeStringProperty("type", "Feature");
        json.writeName("geometry");
        writeGeometry(json, row.geometryGeoJson(), rowNumber);
        json.writeObjectPropertyStart("properties");
        for (int index = 0; index < columns.size(); index++) {
            json.writeName(columns.get(index).key());
            writeValue(json, row.values().get(index));
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    // parsed rather than copied raw, so that one broken geometry fails loudly instead of corrupting the whole file
    private static void writeGeometry(JsonGenerator json, String geometryGeoJson, int rowNumber) {
        if (geometryGeoJson == null) {
            json.writeNull();
            return;
        }
        JsonNode geometry;
        try {
            geometry = JSON.readTree(geometryGeoJson);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("row " + rowNumber + ": the geometry is not valid JSON", e);
        }
        if (!geometry.isObject()) {
            throw new IllegalArgumentException("row " + rowNumber + ": the geometry is not a JSON object");
        }
        json.writeTree(geometry);
    }

    private static void writeValue(JsonGenerator json, Object value) {
        switch (value) {
            case null -> json.writeNull();
            case String text -> json.writeString(text);
            case Integer number -> json.writeNumber(number);
            case Long number -> json.writeNumber(number);
            case Double number -> json.writeNumber(number);
            case Boolean flag -> json.writeBoolean(flag);
            case LocalDate date -> json.writeString(date.toString());
            default -> throw new IllegalStateException(
                    "ExportTable lets no " + value.getClass().getSimpleName() + " through");
        }
    }
}
