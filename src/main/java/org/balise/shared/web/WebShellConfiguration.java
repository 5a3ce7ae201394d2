package org.balise.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.balise.shared.ProblemException;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * The shell of every page: French and English (the language chosen in the header, kept in a cookie, else the
 * browser's preference among the two, else English), static files, and a refused form's status.
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

    /**
     * Static files from their own folders only (Boot's own handler, which serves {@code /**}, is off). Under it every
     * link a page writes, fifty or more on a list page, was looked up as a file in four classpath folders before being
     * written as it was (spring-framework#27538): 6 % of the server's time in the load benchmark.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String folder : List.of("css", "js", "img")) {
            registry.addResourceHandler("/" + folder + "/**").addResourceLocations("classpath:/static/" + folder + "/");
        }
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
        registry.addInterceptor(new RefusedFormStatus());
    }

    /**
     * A form shown again with the problem that refused it (model attribute {@code problem}) answers with that
     * problem's status, 400 for invalid input, rather than 200: the refusal is clear to any client, not only to
     * the person reading the page.
     */
    static final class RefusedFormStatus implements HandlerInterceptor {
        @Override
        public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                ModelAndView page) {
            if (page != null && page.getModel().get("problem") instanceof ProblemException problem
                    && !String.valueOf(page.getViewName()).startsWith("redirect:")) {
                response.setStatus(problem.type().status());
            }
        }
    }
}
