package org.balise.arms;

import java.util.List;

/** An assessment as a client sends it; the template's latest version is used when none is named. */
public record NewAssessment(String templateCode, String templateVersion, String assessedOn, String assessor,
        List<AnswerInput> answers, String notes) {

    public record AnswerInput(String questionCode, String answer, String evidence) {
    }
}
