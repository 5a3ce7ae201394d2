package org.balise.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.balise.shared.FieldProblem;
import org.balise.shared.ProblemException;
import org.balise.shared.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every failure into the answer its client can read: problem+json under /api, OpenRosaResponse XML on
 * the phones' addresses, the error page elsewhere.
 * Not found is a 404, never a 500.
 */
@RestControllerAdvice
class WebErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(WebErrorHandler.class);

    private final ProblemJson problemJson;

    WebErrorHandler(ProblemJson problemJson) {
        this.problemJson = problemJson;
    }

    @ExceptionHandler(ProblemException.class)
    Object problem(ProblemException e, HttpServletRequest request) {
        return answer(request, e.type(), e.getMessage(), e.problems());
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MissingServletRequestPartException.class})
    Object missingParameter(Exception e, HttpServletRequest request) {
        return answer(request, ProblemType.INVALID_PARAMETER, e.getMessage(), List.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object wrongType(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        String detail = "Parameter '" + e.getName() + "' has an invalid value: '" + e.getValue() + "'";
        return answer(request, ProblemType.INVALID_PARAMETER, detail, List.of());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    Object invalidBody(MethodArgumentNotValidException e, HttpServletRequest request) {
        List<FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getCode(), error.getDefaultMessage()))
                .toList();
        return answer(request, ProblemType.VALIDATION_FAILED, problems.size() + " problems in the input", problems);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    Object invalidArguments(HandlerMethodValidationException e, HttpServletRequest request) {
        return answer(request, ProblemType.INVALID_PARAMETER, e.getMessage(), List.of());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiBodyGuard.BodyRefused refused) {
                return answer(request, refused.type(), refused.getMessage(), List.of());
            }
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnrecognizedPropertyException unknown) {
                return answer(request, ProblemType.MALFORMED_REQUEST, "The request body is not valid JSON of the expected shape",
                        List.of(new FieldProblem(fieldPath(unknown), "unknown-field", "This field is not known here")));
            }
            if (cause instanceof DatabindException wrong && !wrong.getPath().isEmpty()) {
                return answer(request, ProblemType.MALFORMED_REQUEST, "The request body is not valid JSON of the expected shape",
                        List.of(new FieldProblem(fieldPath(wrong), "wrong-value", "This value cannot be read here")));
            }
        }
        return answer(request, ProblemType.MALFORMED_REQUEST,
                "The request body is not valid JSON of the expected shape", List.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object unsupportedMediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return answer(request, ProblemType.UNSUPPORTED_MEDIA_TYPE, e.getMessage(), List.of());
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    Object notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
        return answer(request, ProblemType.NOT_ACCEPTABLE, e.getMessage(), List.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object methodNotAllowed(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return answer(request, ProblemType.METHOD_NOT_ALLOWED, e.getMessage(), List.of());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return answer(request, ProblemType.PAYLOAD_TOO_LARGE, "The upload is larger than this server accepts", List.of());
    }

    @ExceptionHandler(MultipartException.class)
    Object badMultipart(MultipartException e, HttpServletRequest request) {
        return answer(request, ProblemType.MALFORMED_REQUEST, "The multipart request could not be read", List.of());
    }

    /** No handler for the path (a page, an API path), or none of the static files. */
    @ExceptionHandler({NoHandlerFoundException.class, NoResourceFoundException.class})
    Object noResource(Exception e, HttpServletRequest request) {
        return answer(request, ProblemType.NOT_FOUND, "Nothing is found at " + OpenRosaResponse.loggablePath(request), List.of());
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    Object forbidden(Exception e, HttpServletRequest request) {
        return answer(request, ProblemType.FORBIDDEN, "Your role does not allow this", List.of());
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest request) {
        if (UploadLimit.exceeded(e)) {
            return tooLarge(null, request);
        }
        log.error("Unexpected failure on {} {}", request.getMethod(), OpenRosaResponse.loggablePath(request), e);
        return answer(request, ProblemType.INTERNAL_ERROR, "An unexpected error occurred", List.of());
    }

    private Object answer(HttpServletRequest request, ProblemType type, String detail, List<FieldProblem> problems) {
        Locale locale = RequestContextUtils.getLocale(request);
        if (OpenRosaResponse.isPhoneRequest(request)) {
            return ResponseEntity.status(type.status()).header(OpenRosaResponse.VERSION_HEADER, OpenRosaResponse.VERSION)
                    .contentType(org.springframework.http.MediaType.TEXT_XML)
                    .body(OpenRosaResponse.xml(type.status() >= 500 ? "The server could not answer: please try again" : detail));
        }
        if (isApi(request)) {
            return ResponseEntity.status(type.status()).contentType(ProblemJson.PROBLEM_JSON)
                    .body(problemJson.detail(type, detail, problems, locale));
        }
        ModelAndView page = new ModelAndView("error");
        page.setStatus(org.springframework.http.HttpStatusCode.valueOf(type.status()));
        page.addObject("problemType", type);
        page.addObject("detail", type.status() >= 500 ? null : detail);
        page.addObject("problems", problems);
        return page;
    }

    /** The JSON path of a field Jackson could not read, as "victims[0].age". */
    private static String fieldPath(JacksonException failure) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference step : failure.getPath()) {
            if (step.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(step.getPropertyName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/map/data/");
    }
}
