package org.balise.shared.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Files (submission attachments, photos) under {@code <data-dir>/attachments}, named by the SHA-256 of their
 * content: a file is written under a temporary name and moved into place, so a crash never leaves a half-written
 * file under a real name, and the same photo sent twice is stored once. Files are written before the database
 * commit that refers to them; a file whose commit never happened is harmless. Who may read a file is decided by
 * the module whose record refers to it.
 */
@Component
public class FileStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path root;

    FileStore(@Value("${balise.data-dir}") String dataDir) {
        this.root = Path.of(dataDir, "attachments");
    }

    public record Stored(String sha256, long size) {
    }

    public Stored store(InputStream content) {
        try {
            Files.createDirectories(root);
            Path temporary = Files.createTempFile(root, "incoming-", ".part");
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                long size;
                try (InputStream in = new DigestInputStream(content, digest)) {
                    size = Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
                }
                String sha256 = HexFormat.of().formatHex(digest.digest());
                Path target = path(sha256);
                Files.createDirectories(target.getParent());
                if (Files.exists(target)) {
                    return new Stored(sha256, size);
                }
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, target);
                } catch (FileAlreadyExistsException e) {
                    // another request stored the same content meanwhile
                }
                return new Stored(sha256, size);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store a file under " + root, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    public Optional<Path> find(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            return Optional.empty();
        }
        Path path = path(sha256);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    private Path path(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }
}
