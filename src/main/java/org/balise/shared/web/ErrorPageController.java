package org.balise.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.balise.shared.ProblemType;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Answers errors raised outside controllers (rejected URLs, failures in filters, container errors) in the
 * client's format: problem+json for /api and /map/data, the error page elsewhere.
 */
@Controller
class ErrorPageController implements ErrorController {

    private final ProblemJson problemJson;

    ErrorPageController(ProblemJson problemJson) {
        this.problemJson = problemJson;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        HttpStatus status = status(request);
        ProblemType type = typeOf(status);
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null && (uri.startsWith(request.getContextPath() + "/api/") || uri.startsWith(request.getContextPath() + "/map/data/"))) {
            return ResponseEntity.status(status).contentType(ProblemJson.PROBLEM_JSON)
                    .body(problemJson.detail(type, status.getReasonPhrase(), List.of(), RequestContextUtils.getLocale(request)));
        }
        ModelAndView page = new ModelAndView("error");
        page.setStatus(HttpStatusCode.valueOf(status.value()));
        page.addObject("problemType", type);
        page.addObject("problems", List.of());
        return page;
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null || status.value() < 400 ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static ProblemType typeOf(HttpStatus status) {
        for (ProblemType type : ProblemType.values()) {
            if (type.status() == status.value()) {
                return type;
            }
        }
        return status.is4xxClientError() ? ProblemType.MALFORMED_REQUEST : ProblemType.INTERNAL_ERROR;
    }
}
