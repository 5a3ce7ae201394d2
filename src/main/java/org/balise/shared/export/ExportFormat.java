package org.balise.shared.export;

import java.util.Arrays;
import java.util.Optional;

/** The formats a table can be exported in, with what an HTTP response needs to serve each. */
public enum ExportFormat {

    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    GEOJSON("application/geo+json", "geojson"),
    /** CSV with a row of Humanitarian Exchange Language hashtags under the headers, as HDX expects. */
    HXL("text/csv; charset=UTF-8", "csv");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format named by a request parameter such as "csv", "XLSX" or "hxl", in any case. */
    public static Optional<ExportFormat> parse(String name) {
        return Arrays.stream(values()).filter(format -> format.name().equalsIgnoreCase(name)).findFirst();
    }
}
