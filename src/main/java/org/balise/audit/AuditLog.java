package org.balise.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import org.balise.audit.internal.AuditRepository;
import org.balise.shared.ListPage;
import org.balise.shared.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends to the audit log. A write is recorded in the transaction of the change it describes, so that a
 * rolled-back change leaves no audit line and a committed one always has its line. There is no update or
 * delete: the log is append-only.
 */
@Service
public class AuditLog {

    private final AuditRepository repository;
    private final Clock clock;

    AuditLog(AuditRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEntry entry) {
        append(entry);
    }

    /** For events that happen outside any business transaction (sign-in attempts, start-up tasks). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordStandalone(AuditEntry entry) {
        append(entry);
    }

    @Transactional(readOnly = true)
    public ListPage<AuditEvent> search(AuditQuery query, PageRequest page) {
        return repository.search(query, page);
    }

    private void append(AuditEntry entry) {
        String actor = entry.explicitActor() != null ? entry.explicitActor() : currentActor();
        repository.insert(Instant.now(clock), actor, currentClientAddress(), entry);
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }

    private static String currentClientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
