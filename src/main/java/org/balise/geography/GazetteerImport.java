package org.balise.geography;

import java.util.Map;

/**
 * A new gazetteer version to load: one GeoJSON FeatureCollection per admin level (level 1 required, 2 and 3
 * optional), each with the names of the properties that hold the P-code, the name and the parent's P-code.
 */
public record GazetteerImport(String code, String label, String source, Map<Integer, LevelFile> levels) {

    public record LevelFile(String fileName, byte[] content, String pcodeProperty, String nameProperty,
            String parentPcodeProperty) {
    }
}
