package org.balise.collection;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.balise.audit.AuditEntry;
import org.balise.audit.AuditLog;
import org.balise.collection.SubmissionHandler.DataClass;
import org.balise.shared.files.FileStore;
import org.balise.collection.internal.CollectionRepository;
import org.balise.collection.SubmissionDetail.AnswerLine;
import org.balise.collection.internal.CollectionRepository.AttachmentRow;
import org.balise.collection.internal.CollectionRepository.QueueFilter;
import org.balise.collection.internal.CollectionRepository.VersionRow;
import org.balise.collection.internal.FormCatalog;
import org.balise.collection.internal.FormDefinition;
import org.balise.collection.internal.PlaceLists;
import org.balise.collection.internal.SafeXml;
import org.balise.collection.internal.SubmissionXml;
import org.balise.geography.GeographyManagement;
import org.balise.identity.CurrentUser;
import org.balise.identity.Role;
import org.balise.identity.SignedInUser;
import org.balise.shared.ListPage;
import org.balise.shared.PageRequest;
import org.balise.shared.ProblemException;
import org.balise.shared.ProblemType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forms and the review queue. A reviewer sees the submissions of the forms whose data they may read (AMD forms
 * go to AMD officers) within their regions; approving one hands it to the owning module's
 * {@link SubmissionHandler}, which creates its records in the same transaction.
 */
@Service
@Transactional
public class CollectionManagement {

    private final CollectionRepository repository;
    private final FormCatalog catalog;
    private final FileStore attachments;
    private final GeographyManagement geography;
    private final AuditLog audit;
    private final Clock clock;
    private final Map<String, SubmissionHandler> handlers = new HashMap<>();

    CollectionManagement(CollectionRepository repository, FormCatalog catalog, FileStore attachments,
            GeographyManagement geography, AuditLog audit, Clock clock, List<SubmissionHandler> handlers) {
        this.repository = repository;
        this.catalog = catalog;
        this.attachments = attachments;
        this.geography = geography;
        this.audit = audit;
        this.clock = clock;
        for (SubmissionHandler handler : handlers) {
            for (String formId : handler.formIds()) {
                if (this.handlers.put(formId, handler) != null) {
                    throw new IllegalStateException("Two modules claim form " + formId);
                }
            }
        }
    }

    // Forms

    @Transactional(readOnly = true)
    public List<CollectedForm> forms() {
        Map<String, Long> counts = repository.submissionCounts();
        return repository.forms().stream().map(form -> new CollectedForm(form.formId(), form.title(), form.currentVersion(),
                form.closed(), repository.versions(form.formId()), counts.getOrDefault(form.formId(), 0L))).toList();
    }

    /**
     * Publishes a form, or a new version of one, from its XForm file. Submissions of older versions stay readable
     * with their own version's labels; phones get the new version at their next form update.
     */
    public CollectedForm publish(byte[] xml, String publishedBy) {
        FormDefinition form;
        try {
            form = FormDefinition.parse(xml);
        } catch (FormDefinition.Invalid e) {
            throw new ProblemException(ProblemType.INVALID_FILE, e.getMessage());
        }
        if (!handlers.containsKey(form.formId())) {
            throw new ProblemException(ProblemType.INVALID_FILE, "No part of Balise turns submissions of form '"
                    + form.formId() + "' into records; forms it knows: " + new TreeSet<>(handlers.keySet()));
        }
        if (form.version().isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_FILE, "The form has no version attribute on its root element");
        }
        for (String media : form.mediaFiles()) {
            if (!PlaceLists.FILES.contains(media)) {
                throw new ProblemException(ProblemType.INVALID_FILE, "Balise can provide only these media files: "
                        + new TreeSet<>(PlaceLists.FILES) + ", not " + media);
            }
        }
        if (repository.formFile(form.formId(), form.version()).isPresent()) {
            throw new ProblemException(ProblemType.CONFLICT, "Version " + form.version() + " of form " + form.formId()
                    + " is already published: give the new file a new version");
        }
        boolean isNew = repository.form(form.formId()).isEmpty();
        if (isNew) {
            repository.insertForm(form.formId(), form.title(), form.version(), clock.instant());
        }
        repository.insertFormVersion(form.formId(), form.version(), form.title(), xml, form.md5(), publishedBy, clock.instant());
        repository.makeCurrent(form.formId(), form.version(), form.title());
        audit.record(AuditEntry.of(isNew ? "FORM_PUBLISHED" : "FORM_VERSION_PUBLISHED", "form", form.formId())
                .changed("version", null, form.version()).actor(publishedBy));
        return form(form.formId());
    }

    /** Whether the jar's copy of a form is already published (start-up publishes only what is missing). */
    @Transactional(readOnly = true)
    public boolean isPublished(String formId, String version) {
        return repository.formFile(formId, version).isPresent();
    }

    public CollectedForm setClosed(String formId, boolean closed) {
        form(formId);
        repository.setClosed(formId, closed);
        audit.record(AuditEntry.of(closed ? "FORM_CLOSED" : "FORM_OPENED", "form", formId));
        return form(formId);
    }

    @Transactional(readOnly = true)
    public CollectedForm form(String formId) {
        return forms().stream().filter(form -> form.formId().equals(formId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Form", formId));
    }

    // Review queue

    public record QueueQuery(String formId, String submittedBy, LocalDate from, LocalDate to, ReviewState state,
            String instanceId) {
    }

    @Transactional(readOnly = true)
    public ListPage<SubmissionSummary> queue(QueueQuery query, PageRequest page) {
        if (query.from() != null && query.to() != null && query.from().isAfter(query.to())) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, "'from' is after 'to'");
        }
        return repository.submissions(new QueueFilter(reviewableForms(), query.formId(), query.submittedBy(), query.from(),
                query.to(), query.state(), CurrentUser.regions(), query.instanceId()), page);
    }

    /** Forms whose submissions the current user may review. */
    @Transactional(readOnly = true)
    public Set<String> reviewableForms() {
        SignedInUser user = CurrentUser.get().orElse(null);
        Set<String> forms = new TreeSet<>();
        handlers.forEach((formId, handler) -> {
            if (user != null && user.has(handler.dataClass() == DataClass.SENSITIVE ? Role.AMD_OFFICER : Role.IM_OFFICER)) {
                forms.add(formId);
            }
        });
        return forms;
    }

    @Transactional(readOnly = true)
    public List<String> submitters() {
        return repository.submitters();
    }

    /** Opens a review item; submissions may hold personal data, so every opening is audited. */
    public SubmissionDetail submission(long id, Locale locale) {
        SubmissionSummary summary = visible(id);
        List<VersionRow> versions = repository.versionsOf(id);
        VersionRow current = versions.getFirst();
        FormDefinition form = catalog.definition(summary.formId(), current.formVersion()).orElseThrow();
        SubmissionXml xml = parse(current.xml());
        Answers answers = xml.answers(form.repeats());
        List<AnswerLine> lines = new ArrayList<>();
        answerLines(form, answers, "", 0, locale, lines);
        List<SubmissionDetail.Attachment> files = repository.attachments(current.id()).stream()
                .map(row -> new SubmissionDetail.Attachment(row.name(), row.received(), row.contentType(), row.size())).toList();
        SubmissionHandler handler = handler(summary.formId());
        SubmittedForm submitted = submitted(summary, current, answers);
        List<String> warnings = new ArrayList<>(ownWarnings(summary, form, answers, locale));
        warnings.addAll(handler.warnings(submitted, locale));
        List<RecordLink> candidates = summary.state().decided() ? List.of() : handler.linkCandidates(submitted);
        audit.record(AuditEntry.of("SUBMISSION_VIEWED", "submission", summary.instanceId()));
        return new SubmissionDetail(summary, form.title(), lines, files, warnings, candidates, versions.stream()
                .map(row -> new SubmissionDetail.Version(row.instanceId(), row.deprecatedId(), row.formVersion(), row.receivedAt()))
                .toList());
    }

    /** An attached file of the submission's current version, if it has arrived. */
    @Transactional(readOnly = true)
    public Optional<StoredFile> attachment(long id, String name) {
        visible(id);
        VersionRow current = repository.versionsOf(id).getFirst();
        return repository.attachments(current.id()).stream().filter(row -> row.name().equals(name) && row.received())
                .findFirst().flatMap(row -> attachments.find(row.sha256()).map(path -> new StoredFile(row.name(), row.contentType(), path)));
    }

    public record StoredFile(String name, String contentType, Path path) {
    }

    /** Approves a submission as new records, or linked to an existing record when {@code linkTo} is given. */
    public SubmissionSummary approve(long id, String linkTo) {
        SubmissionSummary summary = undecided(id);
        if (!summary.complete()) {
            throw new ProblemException(ProblemType.CONFLICT, "Some attachments of this submission have not arrived yet");
        }
        VersionRow current = repository.versionsOf(id).getFirst();
        FormDefinition form = catalog.definition(summary.formId(), current.formVersion()).orElseThrow();
        SubmittedForm submitted = submitted(summary, current, parse(current.xml()).answers(form.repeats()));
        String link = linkTo == null || linkTo.isBlank() ? null : linkTo.strip();
        List<RecordLink> records = handler(summary.formId()).approve(submitted, link);
        decide(summary, ReviewState.APPROVED, link == null ? null : "Linked to " + link);
        records.forEach(record -> repository.insertRecord(id, record));
        return visible(id);
    }

    public SubmissionSummary reject(long id, String reason) {
        SubmissionSummary summary = undecided(id);
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw ProblemException.invalid("reason", "required", "Say why the submission is rejected (at most 2000 characters)");
        }
        decide(summary, ReviewState.REJECTED, reason.strip());
        return visible(id);
    }

    /** Marks that the submission needs attention before a decision (a question to the team, a photo to check). */
    public SubmissionSummary flagIssues(long id, String note) {
        SubmissionSummary summary = undecided(id);
        if (note != null && note.length() > 2000) {
            throw ProblemException.invalid("note", "too-long", "At most 2000 characters");
        }
        decide(summary, ReviewState.HAS_ISSUES, note == null || note.isBlank() ? null : note.strip());
        return visible(id);
    }

    private void decide(SubmissionSummary summary, ReviewState to, String note) {
        if (repository.review(summary.id(), summary.state(), to, note, CurrentUser.name(), clock.instant()) == 0) {
            throw new ProblemException(ProblemType.CONFLICT, "The submission changed meanwhile: open it again");
        }
        audit.record(AuditEntry.of("SUBMISSION_" + to.name(), "submission", summary.instanceId())
                .changed("state", summary.state(), to).summary(note));
    }

    private SubmissionSummary undecided(long id) {
        SubmissionSummary summary = visible(id);
        if (summary.state().decided()) {
            throw new ProblemException(ProblemType.CONFLICT, "This submission is already " + summary.state().name().toLowerCase(Locale.ROOT));
        }
        return summary;
    }

    private SubmissionSummary visible(long id) {
        SubmissionSummary summary = repository.submission(id).orElseThrow(() -> ProblemException.notFound("Submission", id));
        if (!reviewableForms().contains(summary.formId()) || !CurrentUser.seesRegion(summary.adm1Pcode())) {
            throw ProblemException.notFound("Submission", id);
        }
        return summary;
    }

    private SubmissionHandler handler(String formId) {
        SubmissionHandler handler = handlers.get(formId);
        if (handler == null) {
            throw new ProblemException(ProblemType.CONFLICT, "No part of Balise handles form " + formId);
        }
        return handler;
    }

    private SubmittedForm submitted(SubmissionSummary summary, VersionRow version, Answers answers) {
        Set<String> files = new TreeSet<>(repository.attachments(version.id()).stream().filter(AttachmentRow::received)
                .map(AttachmentRow::name).toList());
        return new SubmittedForm(summary.formId(), version.formVersion(), version.instanceId(), summary.receivedAt(),
                summary.submittedBy(), answers, files);
    }

    private List<String> ownWarnings(SubmissionSummary summary, FormDefinition form, Answers answers, Locale locale) {
        boolean french = "fr".equals(locale.getLanguage());
        List<String> warnings = new ArrayList<>();
        for (String path : form.pathsOfType("geopoint")) {
            Answers.Position position = answers.position(path);
            if (position != null && geography.tryLocate(position.lat(), position.lon()).isEmpty()) {
                warnings.add(french ? "Le point « " + path + " » est hors du Mali : latitude et longitude inversées ?"
                        : "The point '" + path + "' is outside Mali: are latitude and longitude swapped?");
            }
        }
        if (!summary.complete()) {
            warnings.add(french ? "Des pièces jointes ne sont pas encore arrivées." : "Some attachments have not arrived yet.");
        }
        return warnings;
    }

    private static void answerLines(FormDefinition form, Answers answers, String prefix, int depth, Locale locale,
            List<AnswerLine> lines) {
        answers.values().forEach((path, value) -> {
            FormDefinition.Field field = form.field(prefix + path);
            if (field == null || value == null || value.isBlank()) {
                return;
            }
            String shown = field.choices().isEmpty() ? value
                    : String.join(", ", java.util.Arrays.stream(value.strip().split("\\s+"))
                            .map(choice -> field.choiceLabel(choice, locale)).toList());
            lines.add(new AnswerLine(field.label(locale), shown, field.type(), depth, false));
        });
        answers.repeats().forEach((path, instances) -> {
            for (int i = 0; i < instances.size(); i++) {
                lines.add(new AnswerLine(path + " " + (i + 1), "", "repeat", depth, true));
                answerLines(form, instances.get(i), prefix + path + "/", depth + 1, locale, lines);
            }
        });
    }

    private static SubmissionXml parse(byte[] xml) {
        try {
            return SubmissionXml.parse(xml);
        } catch (SafeXml.Refused e) {
            throw new IllegalStateException("A stored submission no longer parses", e);
        }
    }

}
