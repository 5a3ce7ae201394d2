package org.balise.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The corpus of hostile and broken input under {@code src/test/resources/hostile/}: reads its tables and turns each
 * body description into the exact bytes sent. Plain Java, no Spring: the tests decide where the bytes go.
 *
 * <p>A body is {@code <kind> <payload>}. Kinds: {@code json}, {@code xml}, {@code csv}, {@code form} (urlencoded; the
 * CSRF token is added by the test unless the payload starts with {@code nocsrf:}), {@code submission} (an OpenRosa
 * multipart with the payload as {@code xml_submission_file}), {@code multipart} (parts separated by
 * {@code " | "}, each {@code name=value} or {@code name=<payload>;filename=<name>;type=<content type>} when the value
 * is a file), {@code raw:<content type>}, or {@code -} for no body. A payload is inline text with the escapes
 * {@code \n \r \t \\ \xHH} (one raw byte) and {@code \}{@code uHHHH}; or {@code @file:NAME} (a file of
 * {@code hostile/files/}); or {@code @gen:NAME:N} (generated: see {@link #generate}); or {@code @tpl:NAME PTR=JSON; ...}
 * (the JSON template {@code hostile/templates/NAME.json} with the values at those JSON pointers replaced). Paths and
 * inline payloads may hold {@code {A*N}}, N letters A.
 */
final class HostileCorpus {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ROOT = "/hostile/";
    private static final Pattern REPEAT = Pattern.compile("\\{A\\*(\\d+)}");

    /** One request of the corpus and the answer it must get. */
    record Case(String id, String user, String method, String path, String body, String expect) {

        boolean expects(int status) {
            String code = expect.replace("~", "");
            return code.equals("4xx") ? status >= 400 && status < 500 : status == Integer.parseInt(code);
        }

        /** Refused by the web server before the application: its answer is not problem+json. */
        boolean answeredByTheWebServer() {
            return expect.endsWith("~");
        }
    }

    /** The bytes of a request and their content type (null when there is no body). */
    record Body(String contentType, byte[] bytes, boolean addCsrf) {
    }

    private HostileCorpus() {
    }

    /** The rows of a tab-separated corpus table, without blank lines and {@code #} comments. */
    static List<String[]> table(String name) {
        List<String[]> rows = new ArrayList<>();
        for (String line : text(name).split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }

    /** requests.tsv: id, user, method, path, body, expected status. */
    static List<Case> requests() {
        return table("requests.tsv").stream().map(row -> {
            if (row.length != 6) {
                throw new IllegalArgumentException("requests.tsv needs 6 columns: " + String.join(" | ", row));
            }
            return new Case(row[0], row[1], row[2], row[3], row[4], row[5]);
        }).toList();
    }

    static Body body(String description, Map<String, String> placeholders) {
        if (description.equals("-")) {
            return new Body(null, null, false);
        }
        int space = description.indexOf(' ');
        String kind = space < 0 ? description : description.substring(0, space);
        String payload = space < 0 ? "" : fill(description.substring(space + 1), placeholders);
        return switch (kind) {
            case "json" -> new Body("application/json", payload(payload, placeholders), false);
            case "xml" -> new Body("text/xml", payload(payload, placeholders), false);
            case "csv" -> new Body("text/csv", payload(payload, placeholders), false);
            case "form" -> payload.startsWith("nocsrf:")
                    ? new Body("application/x-www-form-urlencoded", payload(payload.substring(7), placeholders), false)
                    : new Body("application/x-www-form-urlencoded", payload(payload, placeholders), true);
            case "submission" -> multipart(List.of(new Part("xml_submission_file", "submission.xml", "text/xml",
                    payload(payload, placeholders))));
            case "multipart" -> multipart(parts(payload, placeholders));
            default -> {
                if (!kind.startsWith("raw:")) {
                    throw new IllegalArgumentException("Unknown body kind " + kind);
                }
                yield new Body(kind.substring(4), payload(payload, placeholders), false);
            }
        };
    }

    /** The bytes of a payload: a file, a generated body, a template with replaced values, or escaped inline text. */
    static byte[] payload(String payload, Map<String, String> placeholders) {
        if (payload.startsWith("@file:")) {
            return bytes("files/" + payload.substring(6));
        }
        if (payload.startsWith("@gen:")) {
            String[] spec = payload.substring(5).split(":", 2);
            return generate(spec[0], spec.length > 1 ? Integer.parseInt(spec[1]) : 0);
        }
        if (payload.startsWith("@tpl:")) {
            return template(payload.substring(5), placeholders).getBytes(StandardCharsets.UTF_8);
        }
        return unescape(payload);
    }

    /** A template with JSON values replaced: {@code NAME /a/0/b=12; /c="text"; /d=@gen:long-string:5000}. */
    static String template(String spec, Map<String, String> placeholders) {
        int space = spec.indexOf(' ');
        String name = space < 0 ? spec : spec.substring(0, space);
        JsonNode root = JSON.readTree(fill(text("templates/" + name + ".json"), placeholders));
        if (space > 0) {
            for (String replacement : spec.substring(space + 1).split(";\\s*(?=/)")) {
                int equals = replacement.indexOf('=');
                String pointer = replacement.substring(0, equals).strip();
                String value = replacement.substring(equals + 1).strip();
                JsonNode node = value.startsWith("@gen:") ? JSON.getNodeFactory().stringNode(new String(payload(value, placeholders),
                        StandardCharsets.UTF_8)) : JSON.readTree(value);
                root = replace(root, pointer, node);
            }
        }
        return JSON.writeValueAsString(root);
    }

    private static JsonNode replace(JsonNode root, String pointer, JsonNode value) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = slash == 0 ? root : root.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        switch (parent) {
            case ObjectNode object -> {
                if (value.isMissingNode() || "~".equals(last)) {
                    object.remove(last);
                } else {
                    object.set(last, value);
                }
            }
            case ArrayNode array -> array.set(Integer.parseInt(last), value);
            default -> throw new IllegalArgumentException("No object or array at " + pointer);
        }
        return root;
    }

    /**
     * Generated bodies too large or too regular to keep as files: deep nesting, long strings and arrays, a
     * zip bomb dressed as an XLSX workbook, deeply nested XML.
     */
    static byte[] generate(String name, int n) {
        return switch (name) {
            case "nested-arrays" -> ("[".repeat(n) + "]".repeat(n)).getBytes(StandardCharsets.US_ASCII);
            case "nested-objects" -> ("{\"a\":".repeat(n) + "1" + "}".repeat(n)).getBytes(StandardCharsets.US_ASCII);
            case "long-string" -> "A".repeat(n).getBytes(StandardCharsets.US_ASCII);
            case "json-long-string" -> ("{\"name\":\"" + "A".repeat(n) + "\"}").getBytes(StandardCharsets.US_ASCII);
            case "json-big-array" -> ("[" + "0,".repeat(n) + "0]").getBytes(StandardCharsets.US_ASCII);
            case "json-many-keys" -> {
                StringBuilder json = new StringBuilder("{");
                for (int i = 0; i < n; i++) {
                    json.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(i);
                }
                yield json.append('}').toString().getBytes(StandardCharsets.US_ASCII);
            }
            case "json-long-number" -> ("{\"lat\":1" + "0".repeat(n) + "}").getBytes(StandardCharsets.US_ASCII);
            case "xml-nested" -> ("<data id=\"community-report\">" + "<a>".repeat(n) + "</a>".repeat(n) + "</data>")
                    .getBytes(StandardCharsets.US_ASCII);
            case "xml-many-attributes" -> {
                StringBuilder xml = new StringBuilder("<data id=\"community-report\"");
                for (int i = 0; i < n; i++) {
                    xml.append(" a").append(i).append("=\"x\"");
                }
                yield xml.append("/>").toString().getBytes(StandardCharsets.US_ASCII);
            }
            case "zip-bomb" -> zipBomb(n);
            case "csv-many-rows" -> {
                StringBuilder csv = new StringBuilder("name,lat,lon\n");
                for (int i = 0; i < n; i++) {
                    csv.append("p").append(i).append(",14.5,-4.2\n");
                }
                yield csv.toString().getBytes(StandardCharsets.US_ASCII);
            }
            default -> throw new IllegalArgumentException("No generator " + name);
        };
    }

    /** An XLSX-looking zip whose one sheet inflates to {@code megabytes} MB of zeros from a few kilobytes. */
    private static byte[] zipBomb(int megabytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private record Part(String name, String fileName, String contentType, byte[] content) {
    }

    private static List<Part> parts(String payload, Map<String, String> placeholders) {
        List<Part> parts = new ArrayList<>();
        for (String spec : payload.split(" \\| ")) {
            int equals = spec.indexOf('=');
            String name = spec.substring(0, equals);
            String[] value = spec.substring(equals + 1).split(";(?=filename=|type=)");
            String fileName = null;
            String type = null;
            for (int i = 1; i < value.length; i++) {
                if (value[i].startsWith("filename=")) {
                    fileName = new String(unescape(value[i].substring(9)), StandardCharsets.UTF_8);
                } else {
                    type = value[i].substring(5);
                }
            }
            parts.add(new Part(name, fileName, type, payload(value[0], placeholders)));
        }
        return parts;
    }

    private static Body multipart(List<Part> parts) {
        String boundary = "----hostile" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Part part : parts) {
            StringBuilder head = new StringBuilder("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                    .append(part.name()).append('"');
            if (part.fileName() != null) {
                head.append("; filename=\"").append(part.fileName()).append('"');
            }
            head.append("\r\n");
            if (part.contentType() != null) {
                head.append("Content-Type: ").append(part.contentType()).append("\r\n");
            }
            body.writeBytes(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return new Body("multipart/form-data; boundary=" + boundary, body.toByteArray(), false);
    }

    /** Inline text: UTF-8 with the escapes \n \r \t \\ \xHH (a raw byte, so invalid UTF-8 can be written) and \\uHHHH. */
    static byte[] unescape(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder pending = new StringBuilder();
        UnaryOperator<StringBuilder> flush = buffer -> {
            out.writeBytes(buffer.toString().getBytes(StandardCharsets.UTF_8));
            buffer.setLength(0);
            return buffer;
        };
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                pending.append(c);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case 'n' -> pending.append('\n');
                case 'r' -> pending.append('\r');
                case 't' -> pending.append('\t');
                case '\\' -> pending.append('\\');
                case 'x' -> {
                    flush.apply(pending);
                    out.write(HexFormat.fromHexDigits(text, i + 1, i + 3));
                    i += 2;
                }
                case 'u' -> {
                    pending.append((char) HexFormat.fromHexDigits(text, i + 1, i + 5));
                    i += 4;
                }
                default -> pending.append('\\').append(next);
            }
        }
        flush.apply(pending);
        return out.toByteArray();
    }

    /** Replaces {@code {name}} by its value, and {@code {A*N}} by N letters A (an oversize path or form field). */
    static String fill(String text, Map<String, String> placeholders) {
        String filled = REPEAT.matcher(text)
                .replaceAll(repeat -> "A".repeat(Integer.parseInt(repeat.group(1))));
        for (var placeholder : placeholders.entrySet()) {
            filled = filled.replace("{" + placeholder.getKey() + "}", placeholder.getValue());
        }
        return filled;
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static byte[] bytes(String name) {
        try (InputStream in = HostileCorpus.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No corpus file " + ROOT + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
