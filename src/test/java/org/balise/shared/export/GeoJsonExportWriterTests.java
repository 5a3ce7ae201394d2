package org.balise.shared.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.balise.shared.export.ExportColumn.ValueType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class GeoJsonExportWriterTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final List<ExportColumn> COLUMNS = List.of(
            new ExportColumn("reference", "Référence", null, ValueType.TEXT),
            new ExportColumn("place", "Localité", "#loc+name", ValueType.TEXT),
            new ExportColumn("reported", "Date de signalement", "#date+reported", ValueType.DATE),
            new ExportColumn("killed", "Tués", "#affected+killed", ValueType.INTEGER),
            new ExportColumn("area", "Surface (ha)", null, ValueType.DECIMAL),
            new ExportColumn("cleared", "Dépolluée", null, ValueType.BOOLEAN));

    private static final String POINT = "{\"type\": \"Point\", \"coordinates\": [-6.2157, 13.4317]}";

    @Test
    void writesAFeatureCollectionWithOneFeaturePerRow() throws IOException {
        JsonNode collection = write(List.of(
                new ExportRow(Arrays.asList("ZD-001", "Ségou", LocalDate.of(2024, 3, 5), 2, 1.5, true), POINT),
                ExportRow.of("ZD-002", "Mopti", null, null, null, null)));

        assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(collection.get("features").size()).isEqualTo(2);
        assertThat(collection.get("features")).allSatisfy(
                feature -> assertThat(feature.get("type").asString()).isEqualTo("Feature"));
    }

    @Test
    void keysPropertiesByColumnKeyAndKeepsTheirJsonTypes() throws IOException {
        JsonNode properties = write(List.of(new ExportRow(
                Arrays.asList("ZD-001", "Ségou", LocalDate.of(2024, 3, 5), 3_000_000_000L, 1.5, true), POINT)))
                .get("features").get(0).get("properties");

        assertThat(properties.propertyNames())
                .containsExactly("reference", "place", "reported", "killed", "area", "cleared");
        assertThat(properties.get("place").asString()).isEqualTo("Ségou");
        assertThat(properties.get("reported").asString()).isEqualTo("2024-03-05");
        assertThat(properties.get("killed").isIntegralNumber()).isTrue();
        assertThat(properties.get("killed").longValue()).isEqualTo(3_000_000_000L);
        assertThat(properties.get("area").isNumber()).isTrue();
        assertThat(properties.get("area").doubleValue()).isEqualTo(1.5);
        assertThat(properties.get("cleared").isBoolean()).isTrue();
    }

    @Test
    void writesMissingValuesAsNullAndLeavesTextAsTyped() throws IOException {
        JsonNode properties = write(List.of(ExportRow.of("=1+2", null, null, null, null, null)))
                .get("features").get(0).get("properties");

        assertThat(properties.get("reference").asString()).as("no spreadsheet reads GeoJSON").isEqualTo("=1+2");
        assertThat(properties.get("place").isNull()).isTrue();
        assertThat(properties.get("killed").isNull()).isTrue();
    }

    @Test
    void copiesTheRowGeometryOrWritesNullWithoutOne() throws IOException {
        JsonNode features = write(List.of(
                new ExportRow(Arrays.asList("ZD-001", null, null, null, null, null), POINT),
                ExportRow.of("ZD-002", null, null, null, null, null))).get("features");

        assertThat(features.get(0).get("geometry")).isEqualTo(JSON.readTree(POINT));
        assertThat(features.get(1).has("geometry")).as("RFC 7946 requires the member").isTrue();
        assertThat(features.get(1).get("geometry").isNull()).isTrue();
    }

    @Test
    void writesAnEmptyCollectionForATableWithoutRows() throws IOException {
        assertThat(write(List.of()).get("features").isEmpty()).isTrue();
    }

    @Test
    void refusesAGeometryThatIsNotAJsonObjectNamingTheRow() {
        List<ExportRow> rows = List.of(
                new ExportRow(Arrays.asList("ZD-001", null, null, null, null, null), POINT),
                new ExportRow(Arrays.asList("ZD-002", null, null, null, null, null), "{\"type\": \"Point\""));

        assertThatIllegalArgumentException().isThrownBy(() -> write(rows)).withMessageStartingWith("row 2:");
        assertThatIllegalArgumentException().isThrownBy(() -> write(List.of(
                new ExportRow(Arrays.asList("ZD-001", null, null, null, null, null), "[1, 2]"))))
                .withMessageStartingWith("row 1:");
    }

    private static JsonNode write(List<ExportRow> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GeoJsonExportWriter().write(new ExportTable("zones", COLUMNS, rows), out);
        return JSON.readTree(out.toByteArray());
    }
}
