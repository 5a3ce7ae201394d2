package org.balise.education.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.balise.collection.Answers;
import org.balise.collection.RecordLink;
import org.balise.collection.SubmissionHandler;
import org.balise.collection.SubmittedForm;
import org.balise.education.EducationManagement;
import org.balise.education.EoreSession;
import org.balise.education.SessionRequest;
import org.springframework.stereotype.Component;

/**
 * The session form: an approved submission becomes a session. The attendance the phone calculated is sent
 * along, so that the session rules refuse a submission whose counts do not add up.
 */
@Component
class EducationSubmissions implements SubmissionHandler {

    static final String FORM = "eore-session";

    private final EducationManagement education;

    EducationSubmissions(EducationManagement education) {
        this.education = education;
    }

    @Override
    public Set<String> formIds() {
        return Set.of(FORM);
    }

    @Override
    public DataClass dataClass() {
        return DataClass.GENERAL;
    }

    @Override
    public List<String> warnings(SubmittedForm submission, Locale locale) {
        Answers answers = submission.answers();
        Integer attendance = answers.integer("beneficiaries/attendance");
        int sum = count(answers, "girls") + count(answers, "boys") + count(answers, "women") + count(answers, "men");
        if (attendance != null && attendance != sum) {
            return List.of("fr".equals(locale.getLanguage())
                    ? "Les participants (" + attendance + ") ne sont pas la somme filles + garçons + femmes + hommes (" + sum + ")"
                    : "The attendance (" + attendance + ") is not girls + boys + women + men (" + sum + ")");
        }
        return List.of();
    }

    @Override
    public List<RecordLink> linkCandidates(SubmittedForm submission) {
        return List.of();
    }

    @Override
    public List<RecordLink> approve(SubmittedForm submission, String linkTo) {
        if (linkTo != null) {
            EoreSession existing = education.session(linkTo);
            return List.of(link(existing, "linked"));
        }
        Answers answers = submission.answers();
        Answers.Position position = answers.position("location");
        EoreSession session = education.record(new SessionRequest(answers.text("session_date"),
                position == null ? null : new SessionRequest.Position(position.lat(), position.lon()), answers.text("team"),
                answers.text("method"), answers.text("audience"), answers.text("language"), answers.list("messages"),
                answers.text("materials"), new SessionRequest.Beneficiaries(answers.integer("beneficiaries/girls"),
                        answers.integer("beneficiaries/boys"), answers.integer("beneficiaries/women"),
                        answers.integer("beneficiaries/men"), answers.integer("beneficiaries/disabled")),
                answers.integer("beneficiaries/attendance"), Boolean.TRUE.equals(answers.yesNo("repeat_session")),
                answers.text("group_name")));
        return List.of(link(session, session.date() + ", " + session.attendance() + " people"));
    }

    private static RecordLink link(EoreSession session, String description) {
        return new RecordLink("eore-session", session.reference(), description, "/education/sessions/" + session.reference());
    }

    private static int count(Answers answers, String name) {
        Integer value = answers.integer("beneficiaries/" + name);
        return value == null ? 0 : value;
    }
}
