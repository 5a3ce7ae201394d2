package org.balise.collection.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Rules for the files phones attach: plain names only, and a content type from a short list. */
final class AttachmentNames {

    private static final Pattern PLAIN = Pattern.compile("[^/\\\\\\x00-\\x1f]{1,255}");
    private static final Pattern CONTENT_TYPE = Pattern.compile("[a-z]+/[a-z0-9.+-]{1,80}");

    private AttachmentNames() {
    }

    static boolean plain(String name) {
        return name != null && PLAIN.matcher(name).matches() && !name.equals(".") && !name.equals("..");
    }

    /** A name as it may appear in a message: short, without control characters. */
    static String shown(String name) {
        String printable = name == null ? "" : name.replaceAll("[\\x00-\\x1f]", "?");
        return printable.length() > 80 ? printable.substring(0, 80) + "…" : printable;
    }

    static String contentType(String declared) {
        String type = declared == null ? "" : declared.toLowerCase(java.util.Locale.ROOT).split(";")[0].strip();
        return CONTENT_TYPE.matcher(type).matches() ? type : "application/octet-stream";
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
