package org.balise.backup.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.balise.audit.AuditEntry;
import org.balise.audit.AuditLog;
import org.balise.backup.BackupArchive;
import org.balise.shared.ProblemException;
import org.balise.shared.ProblemType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A running instance on H2 answers its own backup, which {@code balise.jar backup} fetches: H2 lets one process
 * open the database file, so the backup of a running instance has to come from it. On PostgreSQL, use pg_dump.
 */
@Tag(name = "Administration")
@RestController
@PreAuthorize("hasRole('ADMIN')")
class BackupController {

    private final DataSource dataSource;
    private final Path files;
    private final String url;
    private final AuditLog audit;

    BackupController(DataSource dataSource, @Value("${balise.data-dir}") String dataDir,
            @Value("${spring.datasource.url}") String url, AuditLog audit) {
        this.dataSource = dataSource;
        this.files = Path.of(dataDir, "attachments");
        this.url = url;
        this.audit = audit;
    }

    @Operation(summary = "A consistent backup of this instance on H2 (database script and stored files) as a zip")
    @PostMapping("/api/v1/admin/backup")
    ResponseEntity<StreamingResponseBody> backup() {
        if (!url.startsWith("jdbc:h2:")) {
            throw new ProblemException(ProblemType.CONFLICT, "This instance runs on PostgreSQL: back it up with pg_dump (see the README)");
        }
        audit.recordStandalone(AuditEntry.of("BACKUP_TAKEN", "instance", "backup"));
        StreamingResponseBody body = out -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                BackupArchive.write(connection, files, out);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        };
        return ResponseEntity.ok().header("Content-Type", "application/zip")
                .header("Content-Disposition", "attachment; filename=\"balise-" + LocalDate.now() + ".zip\"").body(body);
    }
}
