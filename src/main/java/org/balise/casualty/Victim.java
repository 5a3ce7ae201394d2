package org.balise.casualty;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * A person killed or injured. The personal fields (name, phone, dateOfBirth) are null, and absent from JSON,
 * for readers who may not see personal data.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Victim(Long id, Sex sex, Integer age, AgeGroup ageGroup, VictimGroup group, Outcome outcome,
        Activity activity, boolean referredToAssistance, String referralNote, String name, String phone,
        LocalDate dateOfBirth) {

    public Victim withoutPersonalData() {
        return new Victim(id, sex, age, ageGroup, group, outcome, activity, referredToAssistance, referralNote, null, null, null);
    }
}
