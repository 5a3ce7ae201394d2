package org.balise.collection.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.balise.geography.AdminUnitRef;
import org.balise.geography.GeographyManagement;
import org.balise.geography.PlaceMatch;
import org.springframework.stereotype.Component;

/**
 * The media files that forms' place questions read offline ({@code select_one_from_file}): the regions and
 * the populated places of the active gazetteer version, regenerated when another version becomes active.
 */
@Component
public class PlaceLists {

    public static final Set<String> FILES = Set.of("regions.csv", "places.csv");

    public record MediaFile(String name, byte[] content, String md5) {
    }

    private record Generated(String gazetteer, Map<String, MediaFile> files) {
    }

    private final GeographyManagement geography;
    private volatile Generated generated;

    PlaceLists(GeographyManagement geography) {
        this.geography = geography;
    }

    public Optional<MediaFile> file(String name) {
        String gazetteer = geography.activeGazetteer();
        Generated current = generated;
        if (current == null || !current.gazetteer().equals(gazetteer)) {
            current = new Generated(gazetteer, Map.of("regions.csv", media("regions.csv", regions()),
                    "places.csv", media("places.csv", places())));
            generated = current;
        }
        return Optional.ofNullable(current.files().get(name));
    }

    private String regions() {
        return csv(printer -> {
            printer.printRecord("name", "label");
            for (AdminUnitRef region : geography.regions()) {
                printer.printRecord(region.pcode(), region.name());
            }
        });
    }

    private String places() {
        return csv(printer -> {
            printer.printRecord("name", "label", "region");
            for (AdminUnitRef region : geography.regions()) {
                for (PlaceMatch place : geography.placesIn(region.pcode())) {
                    String commune = place.adm3() == null ? null : place.adm3().name();
                    printer.printRecord(place.pcode(), commune == null ? place.name() : place.name() + " (" + commune + ")",
                            region.pcode());
                }
            }
        });
    }

    private interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    private static String csv(Rows rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            rows.print(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static MediaFile media(String name, String text) {
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        return new MediaFile(name, content, FormDefinition.md5(content));
    }
}
