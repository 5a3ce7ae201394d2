package org.balise.shared.web;

import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Recognises an upload over the multipart limits however it surfaces: Spring's exception, or Tomcat's own when
 * something first reads the parameters of a multipart request.
 */
public final class UploadLimit {

    private UploadLimit() {
    }

    public static boolean exceeded(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String name = cause.getClass().getSimpleName();
            if (cause instanceof MaxUploadSizeExceededException || name.endsWith("SizeLimitExceededException")
                    || name.equals("FileCountLimitExceededException")) {
                return true;
            }
        }
        return false;
    }
}
