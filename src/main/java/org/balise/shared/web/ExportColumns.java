package org.balise.shared.web;

import java.util.Locale;
import org.balise.shared.export.ExportColumn;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** Builds export columns whose headers are in the language of the current request. */
public final class ExportColumns {

    private final MessageSource messages;
    private final Locale locale;

    private ExportColumns(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public static ExportColumns inRequestLanguage(MessageSource messages) {
        return new ExportColumns(messages, LocaleContextHolder.getLocale());
    }

    /** A column titled by the message {@code headerKey}, or by its key when the message is missing. */
    public ExportColumn of(String key, String headerKey, String hxl, ExportColumn.ValueType type) {
        return new ExportColumn(key, messages.getMessage(headerKey, null, key, locale), hxl, type);
    }
}
