package org.balise.geography.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.balise.geography.GazetteerImport;
import org.balise.geography.GazetteerImport.LevelFile;
import org.balise.geography.GeographyManagement;
import org.balise.shared.StartupTask;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the Mali gazetteer shipped in the product (OCHA COD 2015: regions, cercles, communes and 18,769
 * populated places) as version {@code cod-2015} at first start.
 */
@Component
class ShippedGazetteer implements StartupTask {

    static final String CODE = "cod-2015";
    private static final String FOLDER = "gazetteer/cod-2015/";

    private final GeographyManagement geography;

    ShippedGazetteer(GeographyManagement geography) {
        this.geography = geography;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void run() {
        if (geography.gazetteers().stream().anyMatch(gazetteer -> gazetteer.code().equals(CODE))) {
            return;
        }
        GazetteerImport request = new GazetteerImport(CODE, "Mali COD-AB 2015 (OCHA / DNCT)",
                "OCHA Common Operational Datasets, Mali, valid on 2015-04-08", Map.of(
                        1, level("mli_adm1_regions_ocha_cod2015.geojson", "admin1Pcod", "admin1Name", null),
                        2, level("mli_adm2_cercles_ocha_cod2015.geojson", "admin2Pcod", "admin2Name", "admin1Pcod"),
                        3, level("mli_adm3_communes_ocha_cod2015.geojson", "admin3Pcod", "admin3Name", "admin2Pcod")));
        geography.loadIfAbsent(request, places());
    }

    private static LevelFile level(String file, String pcode, String name, String parent) {
        return new LevelFile(file, bytes(file), pcode, name, parent);
    }

    private static List<Place> places() {
        try (InputStream in = new ClassPathResource(FOLDER + "mli_populated_places_ocha_cod2015.csv").getInputStream()) {
            return PlacesCsv.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String file) {
        try (InputStream in = new ClassPathResource(FOLDER + file).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
