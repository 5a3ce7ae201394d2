package org.balise.casualty.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.balise.casualty.Accident;
import org.balise.casualty.AccidentReport;
import org.balise.casualty.AccidentReport.VictimReport;
import org.balise.casualty.CasualtyManagement;
import org.balise.collection.Answers;
import org.balise.collection.RecordLink;
import org.balise.collection.SubmissionHandler;
import org.balise.collection.SubmittedForm;
import org.springframework.stereotype.Component;

/** The accident form: an approved submission becomes an accident with its victims, or is linked to one already recorded. */
@Component
class AccidentSubmissions implements SubmissionHandler {

    static final String FORM = "accident-report";

    private final CasualtyManagement casualties;

    AccidentSubmissions(CasualtyManagement casualties) {
        this.casualties = casualties;
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
        boolean french = "fr".equals(locale.getLanguage());
        List<String> warnings = new ArrayList<>();
        for (RecordLink candidate : linkCandidates(submission)) {
            warnings.add(french ? "Doublon possible de l'accident " + candidate.reference() + " (" + candidate.description() + ")"
                    : "Possible duplicate of accident " + candidate.reference() + " (" + candidate.description() + ")");
        }
        if (submission.answers().repeat("victims").isEmpty()) {
            warnings.add(french ? "Aucune victime n'est décrite." : "No victim is described.");
        }
        return warnings;
    }

    /** Accidents recorded near this one in place and time: the same event reported twice is common. */
    @Override
    public List<RecordLink> linkCandidates(SubmittedForm submission) {
        Answers answers = submission.answers();
        Answers.Position position = answers.position("location");
        LocalDate date = date(answers.text("accident_date"));
        if (position == null || date == null) {
            return List.of();
        }
        return casualties.accidentsNear(position.lat(), position.lon(), date).stream()
                .map(hit -> new RecordLink("accident", hit.accident().reference(), hit.accident().date() + ", "
                        + hit.accident().victims().size() + " victim(s), " + hit.metres() + " m",
                        "/casualties/" + hit.accident().reference()))
                .toList();
    }

    @Override
    public List<RecordLink> approve(SubmittedForm submission, String linkTo) {
        if (linkTo != null) {
            Accident existing = casualties.accident(linkTo);
            return List.of(new RecordLink("accident", existing.reference(), "linked", "/casualties/" + existing.reference()));
        }
        Answers answers = submission.answers();
        Answers.Position position = answers.position("location");
        List<VictimReport> victims = answers.repeat("victims").stream().map(victim -> new VictimReport(
                victim.text("victim_sex"), victim.integer("victim_age"), victim.text("victim_age_group"),
                victim.text("victim_group"), victim.text("victim_outcome"), victim.text("victim_activity"),
                victim.yesNo("victim_referred"), null, victim.text("victim_name"), victim.text("victim_phone"), null)).toList();
        String description = answers.text("description");
        Accident accident = casualties.record(new AccidentReport(answers.text("accident_date"),
                position == null ? null : new AccidentReport.Position(position.lat(), position.lon()),
                answers.text("device_category"), answers.yesNo("demining_accident"), null,
                (description == null ? "" : description + " ") + "Submission " + submission.instanceId(), victims));
        return List.of(new RecordLink("accident", accident.reference(), accident.date() + ", " + accident.victims().size()
                + " victim(s)", "/casualties/" + accident.reference()));
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
