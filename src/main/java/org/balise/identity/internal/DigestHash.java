package org.balise.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** HTTP Digest's HA1 (RFC 2617): what the server must keep to check Digest answers without the password. */
public final class DigestHash {

    public static final String REALM = "Balise";

    private DigestHash() {
    }

    public static String ha1(String username, String password) {
        return md5Hex(username + ":" + REALM + ":" + password);
    }

    static String md5Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has MD5", e);
        }
    }
}
