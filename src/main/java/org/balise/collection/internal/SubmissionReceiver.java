package org.balise.collection.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.balise.collection.Answers;
import org.balise.collection.internal.SubmissionIntake.Arrival;
import org.balise.collection.internal.SubmissionIntake.Incoming;
import org.balise.geography.GeographyManagement;
import org.balise.geography.Location;
import org.balise.identity.PhoneUser;
import org.balise.shared.ProblemException;
import org.balise.shared.files.FileStore;
import org.balise.shared.ProblemType;
import org.springframework.stereotype.Component;

/**
 * Checks what a phone posts to {@code /submission} before anything is written: well-formed XML without DOCTYPE,
 * a known form and version the phone may use, the form's root element, an instanceID, attachment names
 * without paths. Only then are the referenced files written and the submission queued for its commit.
 */
@Component
public class SubmissionReceiver {

    /** A file part of the multipart request. */
    public interface FilePart {
        String name();

        String contentType();

        InputStream open() throws IOException;
    }

    private final CollectionRepository repository;
    private final FormCatalog catalog;
    private final FileStore attachments;
    private final SubmissionIntake intake;
    private final GeographyManagement geography;

    SubmissionReceiver(CollectionRepository repository, FormCatalog catalog, FileStore attachments,
            SubmissionIntake intake, GeographyManagement geography) {
        this.repository = repository;
        this.catalog = catalog;
        this.attachments = attachments;
        this.intake = intake;
        this.geography = geography;
    }

    public SubmissionIntake.Result receive(PhoneUser phone, byte[] body, List<FilePart> files) {
        if (body == null) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The request has no xml_submission_file part");
        }
        SubmissionXml xml;
        try {
            xml = SubmissionXml.parse(body);
        } catch (SafeXml.Refused refused) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, refused.getMessage());
        }
        if (repository.form(xml.formId()).isEmpty()) {
            throw new ProblemException(ProblemType.NOT_FOUND, "Form " + xml.formId() + " is not on this server");
        }
        if (!phone.mayUse(xml.formId())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "This phone may not send form " + xml.formId());
        }
        FormDefinition form = catalog.definition(xml.formId(), xml.version()).orElseThrow(() -> new ProblemException(
                ProblemType.INVALID_PARAMETER, "Version '" + xml.version() + "' of form " + xml.formId()
                        + " is not published here: download the form again"));
        if (!form.rootName().equals(xml.rootName())) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The root element must be <" + form.rootName()
                    + ">, not <" + xml.rootName() + ">");
        }
        String sha256 = AttachmentNames.sha256(body);
        refuseEarly(xml, sha256);
        for (FilePart file : files) {
            if (!AttachmentNames.plain(file.name())) {
                throw new ProblemException(ProblemType.MALFORMED_REQUEST,
                        "Attachment names must be plain file names, without folders: " + AttachmentNames.shown(file.name()));
            }
        }
        Answers answers = xml.answers(form.repeats());
        Set<String> referenced = SubmissionXml.attachmentNames(form, answers);
        List<Arrival> arrivals = new ArrayList<>();
        for (FilePart file : files) {
            if (referenced.contains(file.name())) {
                try (InputStream content = file.open()) {
                    FileStore.Stored stored = attachments.store(content);
                    arrivals.add(new Arrival(file.name(), stored.sha256(), AttachmentNames.contentType(file.contentType()), stored.size()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        Answers.Position position = form.pathsOfType("geopoint").stream().map(answers::position)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        String adm1 = position == null ? null : geography.tryLocate(position.lat(), position.lon())
                .map(Location::adm1).map(unit -> unit.pcode()).orElse(null);
        Incoming incoming = new Incoming(xml, body, sha256, referenced, arrivals, phone.id(),
                phone.displayName(), position == null ? null : position.lat(), position == null ? null : position.lon(), adm1);
        SubmissionIntake.Result result;
        try {
            result = intake.store(incoming);
        } catch (TimeoutException e) {
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "The server is busy: the phone will send again");
        }
        return answer(result, xml);
    }

    /**
     * The refusals the writer would make, checked before any file is written so that a refused submission leaves
     * nothing behind. The writer checks again in its transaction, which decides when two requests race.
     */
    private void refuseEarly(SubmissionXml xml, String sha256) {
        var existing = repository.versionOf(xml.instanceId());
        if (existing.isPresent()) {
            if (!existing.get().sha256().equals(sha256)) {
                answer(new SubmissionIntake.Result(SubmissionIntake.Outcome.CONFLICT, false), xml);
            }
            return;
        }
        if (repository.form(xml.formId()).map(CollectionRepository.FormRow::closed).orElse(true)) {
            answer(new SubmissionIntake.Result(SubmissionIntake.Outcome.FORM_CLOSED, false), xml);
        }
        if (xml.deprecatedId() != null) {
            var replaced = repository.versionOf(xml.deprecatedId());
            if (replaced.isEmpty() || !replaced.get().current()) {
                answer(new SubmissionIntake.Result(replaced.isEmpty() ? SubmissionIntake.Outcome.EDIT_OF_UNKNOWN
                        : SubmissionIntake.Outcome.EDIT_OF_OLD_VERSION, false), xml);
            }
        }
    }

    /** The stored outcome, or the refusal as the phone reads it. */
    private static SubmissionIntake.Result answer(SubmissionIntake.Result result, SubmissionXml xml) {
        return switch (result.outcome()) {
            case STORED, RESENT -> result;
            case CONFLICT -> throw new ProblemException(ProblemType.CONFLICT,
                    "Another submission with instanceID " + xml.instanceId() + " and different content is already stored");
            case FORM_CLOSED -> throw new ProblemException(ProblemType.CONFLICT, "Form " + xml.formId() + " is closed to new submissions");
            case EDIT_OF_UNKNOWN -> throw new ProblemException(ProblemType.NOT_FOUND,
                    "The submission this one edits (" + xml.deprecatedId() + ") is not on this server");
            case EDIT_OF_OLD_VERSION -> throw new ProblemException(ProblemType.CONFLICT,
                    "The submission this one edits (" + xml.deprecatedId() + ") has already been edited");
        };
    }
}
