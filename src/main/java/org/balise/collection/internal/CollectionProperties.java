package org.balise.collection.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code balise.collection}. The size limits of submissions are Spring's multipart limits
 * ({@code spring.servlet.multipart.*}), which phones learn through {@code X-OpenRosa-Accept-Content-Length}.
 *
 * @param maxBatch most submissions committed together by the group-commit writer
 * @param writeTimeout how long a phone's request waits for its submission's commit before getting a 503
 * @param publicUrl the address phones reach this server at (e.g. {@code http://192.168.1.10:8080}), written into
 *        the QR codes that configure ODK Collect; when empty, the address the administrator's browser used
 */
@ConfigurationProperties("balise.collection")
public record CollectionProperties(@DefaultValue("256") int maxBatch, @DefaultValue("30s") Duration writeTimeout,
        String publicUrl) {
}
