package org.balise.shared.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

    /**
     * The columns that say where a record lies, in the same order in every export: region code and name, cercle
     * code, commune code, latitude, longitude. {@link #whereValues} gives the matching cells.
     */
    public List<ExportColumn> where() {
        return List.of(
                of("adm1Code", "geo.adm1", "#adm1+code", ExportColumn.ValueType.TEXT),
                of("adm1Name", "geo.adm1", "#adm1+name", ExportColumn.ValueType.TEXT),
                of("adm2Code", "geo.adm2", "#adm2+code", ExportColumn.ValueType.TEXT),
                of("adm3Code", "geo.adm3", "#adm3+code", ExportColumn.ValueType.TEXT),
                of("lat", "casualty.lat", "#geo+lat", ExportColumn.ValueType.DECIMAL),
                of("lon", "casualty.lon", "#geo+lon", ExportColumn.ValueType.DECIMAL));
    }

    public static List<Object> whereValues(String adm1Code, String adm1Name, String adm2Code, String adm3Code, double lat,
            double lon) {
        return Arrays.asList(adm1Code, adm1Name, adm2Code, adm3Code, lat, lon);
    }

    /** Columns or cells put together in order: what a record says first, where it is, then the rest. */
    @SafeVarargs
    public static <T> List<T> join(List<? extends T>... parts) {
        List<T> joined = new ArrayList<>();
        for (List<? extends T> part : parts) {
            joined.addAll(part);
        }
        return joined;
    }

    /** A column titled by the message {@code headerKey}, or by its key when the message is missing. */
    public ExportColumn of(String key, String headerKey, String hxl, ExportColumn.ValueType type) {
        return new ExportColumn(key, messages.getMessage(headerKey, null, key, locale), hxl, type);
    }
}
