package org.balise.collection.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import tools.jackson.databind.json.JsonMapper;

/**
 * The QR code that ODK Collect scans to configure a project: its settings as JSON, zlib-compressed and
 * base64-encoded (Collect's format), drawn as an SVG so that the page needs no image service.
 */
final class CollectSettingsQr {

    private CollectSettingsQr() {
    }

    static String settings(JsonMapper json, String serverUrl, String projectName) {
        return json.writeValueAsString(Map.of(
                "general", Map.of("server_url", serverUrl, "username", "", "password", "", "form_update_mode", "match_exactly"),
                "admin", Map.of(),
                "project", Map.of("name", projectName, "icon", "B", "color", "#1e4f7a")));
    }

    static String payload(String settingsJson) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(compressed, new Deflater(Deflater.BEST_COMPRESSION))) {
            out.write(settingsJson.getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Compressing in memory cannot fail", e);
        }
        return Base64.getEncoder().encodeToString(compressed.toByteArray());
    }

    static String svg(String text) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalStateException("The settings do not fit in a QR code", e);
        }
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(matrix.getWidth()).append(' ')
                .append(matrix.getHeight()).append("\" width=\"280\" height=\"280\" shape-rendering=\"crispEdges\" role=\"img\">")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"");
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    svg.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        return svg.append("\"/></svg>").toString();
    }
}
