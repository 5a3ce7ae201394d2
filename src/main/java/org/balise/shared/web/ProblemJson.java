package org.balise.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.balise.shared.FieldProblem;
import org.balise.shared.ProblemType;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one writer of RFC 9457 problem+json: used by controllers (through {@link WebErrorHandler}) and by the
 * security filters, which answer before any controller runs.
 */
@Component
public class ProblemJson {

    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private final MessageSource messages;
    private final JsonMapper json;

    ProblemJson(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    public ProblemDetail detail(ProblemType type, String detail, List<FieldProblem> problems, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(type.status());
        problem.setType(type.typeUri());
        Locale language = Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
        problem.setTitle(messages.getMessage(type.titleKey(), null, type.name(), language));
        problem.setDetail(detail);
        if (!problems.isEmpty()) {
            problem.setProperty("errors", problems);
        }
        return problem;
    }

    public void write(HttpServletResponse response, ProblemType type, String detail, Locale locale) throws IOException {
        response.setStatus(type.status());
        response.setContentType(PROBLEM_JSON.toString());
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), detail(type, detail, List.of(), locale));
    }
}
