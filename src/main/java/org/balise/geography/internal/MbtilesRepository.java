package org.balise.geography.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Repository;

/**
 * Reads raster tiles from {@code <data-dir>/basemap.mbtiles} (an SQLite file in the MBTiles 1.3 layout), the
 * offline base map for field offices without internet. The file is opened read-only when first needed.
 */
@Repository
public class MbtilesRepository implements DisposableBean {

    public record Tile(byte[] data, String mediaType) {
    }

    private final Path file;
    private Connection connection;
    private String mediaType;

    MbtilesRepository(@Value("${balise.data-dir}") String dataDir) {
        this.file = Path.of(dataDir, "basemap.mbtiles");
    }

    public boolean isPresent() {
        return Files.isRegularFile(file);
    }

    /** The tile at z/x/y in the XYZ scheme Leaflet uses (MBTiles rows count from the south). */
    public synchronized Optional<Tile> tile(int zoom, int x, int y) {
        if (zoom < 0 || zoom > 22 || x < 0 || y < 0 || x >= (1 << zoom) || y >= (1 << zoom) || !isPresent()) {
            return Optional.empty();
        }
        try {
            Connection db = connection();
            try (PreparedStatement query = db.prepareStatement(
                    "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?")) {
                query.setInt(1, zoom);
                query.setInt(2, x);
                query.setInt(3, (1 << zoom) - 1 - y);
                try (ResultSet rs = query.executeQuery()) {
                    return rs.next() ? Optional.of(new Tile(rs.getBytes(1), mediaType)) : Optional.empty();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The base map " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    private Connection connection() throws SQLException {
        if (connection == null) {
            connection = DriverManager.getConnection("jdbc:sqlite:file:" + file.toAbsolutePath() + "?mode=ro");
            mediaType = switch (metadata(connection, "format").orElse("png")) {
                case "jpg", "jpeg" -> "image/jpeg";
                case "webp" -> "image/webp";
                default -> "image/png";
            };
        }
        return connection;
    }

    private static Optional<String> metadata(Connection db, String name) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT value FROM metadata WHERE name = ?")) {
            query.setString(1, name);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }

    @Override
    public synchronized void destroy() throws SQLException {
        if (connection != null) {
            connection.close();
        }
    }
}
