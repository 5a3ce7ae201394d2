package org.balise.collection.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.balise.audit.AuditEntry;
import org.balise.audit.AuditLog;
import org.balise.collection.internal.CollectionRepository.NewSubmission;
import org.balise.collection.internal.CollectionRepository.StoredVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores submissions with group commit: one writer thread takes every submission that arrived meanwhile into
 * one transaction and answers each request only after that commit. With H2's {@code WRITE_DELAY=0} every commit
 * is on disk, so a 201 survives a {@code kill -9}; sharing the commit keeps that affordable under load.
 */
@Component
public class SubmissionIntake implements InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SubmissionIntake.class);

    /** Everything the request thread has checked and written (attachment files) before queueing. */
    public record Incoming(SubmissionXml xml, byte[] body, String sha256, Set<String> referencedFiles,
            List<Arrival> arrivals, long appUserId, String submittedBy, Double lat, Double lon, String adm1Pcode) {
    }

    public record Arrival(String name, String sha256, String contentType, long size) {
    }

    public enum Outcome {
        STORED, RESENT, CONFLICT, FORM_CLOSED, EDIT_OF_UNKNOWN, EDIT_OF_OLD_VERSION
    }

    public record Result(Outcome outcome, boolean complete) {
    }

    private record Pending(Incoming incoming, CompletableFuture<Result> result) {
    }

    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final CollectionRepository repository;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final CollectionProperties properties;
    private final Clock clock;
    private volatile Thread writer;
    private volatile boolean running;

    SubmissionIntake(CollectionRepository repository, TransactionTemplate transactions, AuditLog audit,
            CollectionProperties properties, Clock clock) {
        this.repository = repository;
        this.transactions = transactions;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** Queues a submission and waits for the commit that stores it. */
    public Result store(Incoming incoming) throws TimeoutException {
        if (!running) {
            throw new TimeoutException("The server is stopping");
        }
        Pending pending = new Pending(incoming, new CompletableFuture<>());
        queue.add(pending);
        try {
            return pending.result().get(properties.writeTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TimeoutException("Interrupted while waiting for the commit");
        } catch (ExecutionException e) {
            throw new IllegalStateException("The submission could not be stored", e.getCause());
        }
    }

    private void writeLoop() {
        List<Pending> batch = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, properties.maxBatch() - 1);
                writeBatch(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    /** One transaction for the batch; if it fails, each submission is retried alone so one bad row harms no other. */
    private void writeBatch(List<Pending> batch) {
        try {
            List<Result> results = transactions.execute(status -> batch.stream().map(pending -> write(pending.incoming())).toList());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).result().complete(results.get(i));
            }
        } catch (RuntimeException batchFailure) {
            for (Pending pending : batch) {
                try {
                    pending.result().complete(transactions.execute(status -> write(pending.incoming())));
                } catch (RuntimeException e) {
                    log.error("Could not store submission {}", pending.incoming().xml().instanceId(), e);
                    pending.result().completeExceptionally(e);
                }
            }
        }
    }

    private Result write(Incoming incoming) {
        SubmissionXml xml = incoming.xml();
        Instant now = clock.instant();
        StoredVersion existing = repository.versionOf(xml.instanceId()).orElse(null);
        if (existing != null) {
            if (!existing.sha256().equals(incoming.sha256())) {
                return new Result(Outcome.CONFLICT, false);
            }
            return new Result(Outcome.RESENT, addArrivals(existing.versionId(), existing.current() ? existing.submissionId() : null,
                    incoming, now));
        }
        if (repository.form(xml.formId()).map(CollectionRepository.FormRow::closed).orElse(true)) {
            return new Result(Outcome.FORM_CLOSED, false);
        }
        NewSubmission summary = new NewSubmission(xml.formId(), xml.instanceId(), incoming.submittedBy(), xml.instanceName(),
                incoming.lat(), incoming.lon(), incoming.adm1Pcode(), now, false);
        long submissionId;
        if (xml.deprecatedId() != null) {
            StoredVersion replaced = repository.versionOf(xml.deprecatedId()).orElse(null);
            if (replaced == null) {
                return new Result(Outcome.EDIT_OF_UNKNOWN, false);
            }
            if (!replaced.current()) {
                return new Result(Outcome.EDIT_OF_OLD_VERSION, false);
            }
            submissionId = replaced.submissionId();
            repository.replaceCurrent(submissionId, summary);
        } else {
            submissionId = repository.insertSubmission(summary);
        }
        long versionId = repository.insertVersion(submissionId, xml.instanceId(), xml.deprecatedId(), xml.version(),
                incoming.body(), incoming.sha256(), incoming.appUserId(), now);
        incoming.referencedFiles().forEach(name -> repository.expectAttachment(versionId, name));
        boolean complete = addArrivals(versionId, submissionId, incoming, now);
        audit.record(AuditEntry.of(xml.deprecatedId() == null ? "SUBMISSION_RECEIVED" : "SUBMISSION_EDITED", "submission",
                xml.instanceId()).actor(incoming.submittedBy())
                .summary(xml.formId() + " " + xml.version() + (complete ? "" : ", attachments still expected")));
        return new Result(Outcome.STORED, complete);
    }

    /** Records the files that came with this request; the submission's completeness follows its current version only. */
    private boolean addArrivals(long versionId, Long currentOf, Incoming incoming, Instant now) {
        for (Arrival arrival : incoming.arrivals()) {
            repository.attachmentArrived(versionId, arrival.name(), arrival.sha256(), arrival.contentType(), arrival.size(), now);
        }
        boolean complete = repository.missingAttachments(versionId) == 0;
        if (currentOf != null) {
            repository.setComplete(currentOf, complete);
        }
        return complete;
    }

    /** Starts with the bean, before start-up tasks (demo data) need it. */
    @Override
    public void afterPropertiesSet() {
        running = true;
        writer = Thread.ofPlatform().name("submission-writer").daemon(true).start(this::writeLoop);
    }

    /** Stops taking submissions and lets the writer commit what is already queued, before the database closes. */
    @Override
    public void destroy() {
        running = false;
        Thread thread = writer;
        if (thread != null) {
            try {
                thread.join(properties.writeTimeout().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
