package org.balise.collection;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Implemented by each business module for its own forms: {@code collection} stores and queues submissions; the
 * owning module checks them, offers records they may be linked to, and turns an approved one into its records.
 * Approval runs in the review's transaction: if the module refuses (a {@code ProblemException}), nothing is kept.
 */
public interface SubmissionHandler {

    /** The form IDs this module owns (the {@code id} of the form's root element). */
    Set<String> formIds();

    /** Who may review the submissions: sensitive forms go to AMD officers only. */
    DataClass dataClass();

    /** Problems a reviewer should see before approving: none stops the approval by itself. */
    List<String> warnings(SubmittedForm submission, Locale locale);

    /** Existing records the submission may be linked to instead of creating a new one, nearest first. */
    List<RecordLink> linkCandidates(SubmittedForm submission);

    /** Creates records from the submission, or links it to {@code linkTo} (a reference from the candidates). */
    List<RecordLink> approve(SubmittedForm submission, String linkTo);

    /** The data classes of DESIGN §6, as the review queue needs them. */
    enum DataClass {
        /** Hazards, accidents, sessions: reviewed by IM officers (submissions may carry personal data). */
        GENERAL,
        /** Arms management: reviewed by AMD officers. */
        SENSITIVE
    }
}
