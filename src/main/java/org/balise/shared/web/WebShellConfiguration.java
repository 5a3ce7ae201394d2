package org.balise.shared.web;

import java.util.List;
import java.util.Locale;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * French and English: the language chosen in the header (kept in a cookie), else the browser's preference
 * among the two, else English.
 */
@Configuration(proxyBeanMethods = false)
class WebShellConfiguration implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);

    /**
     * Tomcat answers "100 Continue" only when the application starts reading the body, so that a refused upload
     * (an announced oversize submission, a missing sign-in) is answered before the phone sends megabytes.
     */
    @Bean
    TomcatConnectorCustomizer continueWhenTheBodyIsRead() {
        return connector -> connector.setProperty("continueResponseTiming", "onRead");
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("balise-lang");
        resolver.setDefaultLocaleFunction(request -> {
            for (var preferred = request.getLocales(); preferred.hasMoreElements(); ) {
                Locale locale = preferred.nextElement();
                for (Locale supported : SUPPORTED) {
                    if (supported.getLanguage().equals(locale.getLanguage())) {
                        return supported;
                    }
                }
            }
            return Locale.ENGLISH;
        });
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
