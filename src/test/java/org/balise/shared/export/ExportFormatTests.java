package org.balise.shared.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExportFormatTests {

    @Test
    void parsesFormatNamesInAnyCase() {
        assertThat(ExportFormat.parse("csv")).contains(ExportFormat.CSV);
        assertThat(ExportFormat.parse("XLSX")).contains(ExportFormat.XLSX);
        assertThat(ExportFormat.parse("GeoJson")).contains(ExportFormat.GEOJSON);
        assertThat(ExportFormat.parse("hxl")).contains(ExportFormat.HXL);
    }

    @Test
    void parsesNothingFromUnknownOrMissingNames() {
        assertThat(ExportFormat.parse("pdf")).isEmpty();
        assertThat(ExportFormat.parse("")).isEmpty();
        assertThat(ExportFormat.parse(null)).isEmpty();
    }

    @Test
    void givesTheMediaTypeAndExtensionOfEachFormat() {
        assertThat(ExportFormat.CSV.mediaType()).isEqualTo("text/csv; charset=UTF-8");
        assertThat(ExportFormat.CSV.extension()).isEqualTo("csv");
        assertThat(ExportFormat.XLSX.mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(ExportFormat.XLSX.extension()).isEqualTo("xlsx");
        assertThat(ExportFormat.GEOJSON.mediaType()).isEqualTo("application/geo+json");
        assertThat(ExportFormat.GEOJSON.extension()).isEqualTo("geojson");
        assertThat(ExportFormat.HXL.mediaType()).isEqualTo("text/csv; charset=UTF-8");
        assertThat(ExportFormat.HXL.extension()).isEqualTo("csv");
    }
}
