package org.balise.collection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.balise.TestHttp;

/** What "nothing stored" is checked against: the submissions the API lists and the attachment files on disk. */
final class StoredSubmissions {

    private StoredSubmissions() {
    }

    static long count(TestHttp admin) {
        return admin.get("/api/v1/submissions?limit=1").json().path("total").asLong();
    }

    static long attachmentFiles(Path dataDir) {
        Path root = dataDir.resolve("attachments");
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
