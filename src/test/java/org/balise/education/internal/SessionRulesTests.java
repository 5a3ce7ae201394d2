package org.balise.education.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.balise.education.SessionRequest;
import org.balise.education.SessionRequest.Beneficiaries;
import org.balise.education.SessionRequest.Position;
import org.junit.jupiter.api.Test;

class SessionRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final Set<String> MESSAGES = Set.of("DO_NOT_TOUCH", "MARK_AND_REPORT");

    private static SessionRequest session(Beneficiaries counts, Integer attendance) {
        return new SessionRequest("2026-11-20", new Position(14.49, -4.19), "Équipe EREE 1", "group_session", "RESIDENTS",
                "Fulfulde", List.of("do_not_touch"), "Affiches", counts, attendance, false, null);
    }

    private static List<String> codes(SessionRules.Checked checked) {
        return checked.problems().stream().map(problem -> problem.field() + ":" + problem.code()).toList();
    }

    @Test
    void attendanceIsTheSumOfGirlsBoysWomenAndMen() {
        SessionRules.Checked checked = SessionRules.check(session(new Beneficiaries(12, 10, 25, 18, 3), null), TODAY, MESSAGES);

        assertThat(checked.problems()).isEmpty();
        assertThat(checked.draft().attendance()).isEqualTo(65);
        assertThat(checked.draft().messages()).containsExactly("DO_NOT_TOUCH");
    }

    @Test
    void anAttendanceThatIsNotTheSumIsRefused() {
        SessionRules.Checked checked = SessionRules.check(session(new Beneficiaries(12, 10, 25, 18, 3), 70), TODAY, MESSAGES);

        assertThat(codes(checked)).containsExactly("attendance:sum-mismatch");
        assertThat(checked.problems().getFirst().message()).contains("65");
    }

    @Test
    void personsWithDisabilitiesAreASubsetOfTheAttendance() {
        assertThat(codes(SessionRules.check(session(new Beneficiaries(1, 1, 1, 1, 5), null), TODAY, MESSAGES)))
                .containsExactly("beneficiaries.disabled:more-than-attendance");
        assertThat(SessionRules.check(session(new Beneficiaries(1, 1, 1, 1, 4), null), TODAY, MESSAGES).problems()).isEmpty();
    }

    @Test
    void listsEveryProblemAtOnce() {
        SessionRequest request = new SessionRequest("2027-01-01", new Position(Double.NaN, -4.0), null, "RADIO", "TOURISTS",
                null, List.of("UNKNOWN_MESSAGE"), null, new Beneficiaries(-1, null, 2, 3, 0), null, true, " ");

        List<String> problems = codes(SessionRules.check(request, TODAY, MESSAGES));

        assertThat(problems).containsExactlyInAnyOrder("date:in-future", "location:invalid-location", "method:unknown-code",
                "audience:unknown-code", "messages:unknown-code", "beneficiaries.girls:negative", "beneficiaries.boys:required",
                "groupName:required");
    }

    @Test
    void aSessionReachesSomebody() {
        assertThat(codes(SessionRules.check(session(new Beneficiaries(0, 0, 0, 0, 0), null), TODAY, MESSAGES)))
                .containsExactly("beneficiaries:empty");
    }

    @Test
    void refusesAbsurdCounts() {
        assertThat(codes(SessionRules.check(session(new Beneficiaries(1, 1, 1, Integer.MAX_VALUE, 0), null), TODAY, MESSAGES)))
                .contains("beneficiaries.men:too-large");
    }

}
