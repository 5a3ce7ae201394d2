package org.balise.shared.web;

import java.io.IOException;
import java.util.Map;
import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.balise.shared.ProblemType;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Refusals that Tomcat makes before Balise sees the request (an encoded slash or a NUL byte in the path) answer
 * problem+json under /api like every other refusal, instead of Tomcat's HTML page. Pages keep that page, shown
 * without server details.
 */
final class ProblemErrorReportValve extends ErrorReportValve {

    private static final Map<Integer, ProblemType> TYPES = Map.of(400, ProblemType.MALFORMED_REQUEST, 404, ProblemType.NOT_FOUND,
            405, ProblemType.METHOD_NOT_ALLOWED, 413, ProblemType.PAYLOAD_TOO_LARGE, 500, ProblemType.INTERNAL_ERROR,
            503, ProblemType.SERVICE_UNAVAILABLE);

    private final ProblemJson problemJson;

    ProblemErrorReportValve(ProblemJson problemJson) {
        this.problemJson = problemJson;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        ProblemType type = TYPES.get(response.getStatus());
        String uri = request.getRequestURI();
        if (type == null || uri == null || !uri.startsWith("/api/") || response.getContentWritten() > 0 || !response.isError()) {
            super.report(request, response, throwable);
            return;
        }
        if (!response.setErrorReported()) {
            return;
        }
        try {
            response.resetBuffer();
            problemJson.write(response, type, "The web server refused this request before Balise read it", request.getLocale());
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response was already committed: nothing more can be said.
        }
    }

    /** Puts the valve on the host, in place of the ErrorReportValve Spring Boot adds there. */
    @Component
    static class Installer implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

        private final ProblemJson problemJson;

        Installer(ProblemJson problemJson) {
            this.problemJson = problemJson;
        }

        @Override
        public void customize(ConfigurableTomcatWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                Container host = context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.getPipeline().addValve(new ProblemErrorReportValve(problemJson));
                // At start the host adds a valve of this class when its pipeline has none, with every detail shown.
                if (host instanceof StandardHost standardHost) {
                    standardHost.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                }
            });
        }

        /** After Spring Boot's own customizer, so that its valve is there to be replaced. */
        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
