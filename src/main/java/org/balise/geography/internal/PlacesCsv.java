package org.balise.geography.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads OCHA COD-PP populated places (columns featureNam, pcode, popPlaceCl, admin1Pcod..., longitude, latitude). */
public final class PlacesCsv {

    private PlacesCsv() {
    }

    public static List<Place> read(InputStream in) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        List<Place> places = new ArrayList<>();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            for (CSVRecord record : format.parse(reader)) {
                places.add(new Place(value(record, "pcode"), value(record, "featureNam"),
                        placeClass(value(record, "popPlaceCl")), Double.parseDouble(record.get("longitude")),
                        Double.parseDouble(record.get("latitude")), value(record, "admin1Pcod"),
                        value(record, "admin2Pcod"), value(record, "admin3Pcod")));
            }
        }
        return places;
    }

    private static int placeClass(String text) {
        return text == null ? 5 : Integer.parseInt(text);
    }

    private static String value(CSVRecord record, String column) {
        String value = record.get(column);
        return value == null || value.isBlank() || "NA".equals(value) ? null : value.strip();
    }
}
