package org.balise.collection.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What Balise needs to know of an XForm: its identity (form ID, version, root element), its questions with their
 * labels in each language and their types (photos are {@code binary}), its repeats, and the media files its
 * secondary instances load (place lists).
 */
public record FormDefinition(String formId, String version, String title, String rootName, List<Field> fields,
        Set<String> repeats, List<String> mediaFiles, String md5) {

    static final String XFORMS = "http://www.w3.org/2002/xforms";
    static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final Pattern ITEXT = Pattern.compile("jr:itext\\('([^']+)'\\)");
    private static final Pattern FILE_INSTANCE = Pattern.compile("jr://file(?:-csv)?/([A-Za-z0-9._-]+)");
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    /** One question: its path below the root ("beneficiaries/women"), bind type, labels by language and choices. */
    public record Field(String path, String type, Map<String, String> labels, Map<String, Map<String, String>> choices) {

        public boolean binary() {
            return "binary".equals(type);
        }

        public String label(Locale locale) {
            return pick(labels, locale, path);
        }

        public String choiceLabel(String value, Locale locale) {
            Map<String, String> labelsOfValue = choices.get(value);
            return labelsOfValue == null ? value : pick(labelsOfValue, locale, value);
        }
    }

    /** Thrown when an uploaded file is not a usable XForm. */
    public static final class Invalid extends Exception {
        public Invalid(String message) {
            super(message);
        }
    }

    public static FormDefinition parse(byte[] xml) throws Invalid {
        Document document;
        try {
            document = SafeXml.parse(xml);
        } catch (SafeXml.Refused e) {
            throw new Invalid(e.getMessage());
        }
        Element html = document.getDocumentElement();
        Element model = descendant(html, XFORMS, "model");
        Element body = child(html, XHTML, "body");
        if (model == null || body == null) {
            throw new Invalid("Not an XForm: no model or no body");
        }
        Element mainInstance = null;
        List<String> media = new ArrayList<>();
        for (Element instance : children(model, XFORMS, "instance")) {
            if (!instance.hasAttribute("id") && mainInstance == null) {
                mainInstance = instance;
            }
            Matcher file = FILE_INSTANCE.matcher(instance.getAttribute("src"));
            if (file.matches()) {
                media.add(file.group(1));
            }
        }
        Element root = mainInstance == null ? null : firstElement(mainInstance);
        if (root == null) {
            throw new Invalid("Not an XForm: the model has no main instance");
        }
        String formId = root.getAttribute("id");
        if (!SAFE_ID.matcher(formId).matches()) {
            throw new Invalid("The form ID must be 1 to 100 letters, digits, dots, dashes or underscores");
        }
        String version = root.getAttribute("version");
        if (!version.isEmpty() && !SAFE_ID.matcher(version).matches()) {
            throw new Invalid("The form version must be letters, digits, dots, dashes or underscores");
        }
        Element head = child(html, XHTML, "head");
        Element titleElement = head == null ? null : child(head, XHTML, "title");
        String title = titleElement == null || titleElement.getTextContent().isBlank() ? formId : titleElement.getTextContent().strip();

        Map<String, Map<String, String>> itext = itext(model);
        Map<String, String> types = new LinkedHashMap<>();
        for (Element bind : children(model, XFORMS, "bind")) {
            types.put(relative(bind.getAttribute("nodeset"), root.getLocalName()), bind.getAttribute("type"));
        }
        List<Field> fields = new ArrayList<>();
        Set<String> repeats = new LinkedHashSet<>();
        controls(body, root.getLocalName(), itext, types, fields, repeats);
        return new FormDefinition(formId, version, title, root.getLocalName(), List.copyOf(fields), Set.copyOf(repeats),
                List.copyOf(media), md5(xml));
    }

    public Field field(String path) {
        return fields.stream().filter(field -> field.path().equals(path)).findFirst().orElse(null);
    }

    public List<String> binaryPaths() {
        return fields.stream().filter(Field::binary).map(Field::path).toList();
    }

    public List<String> pathsOfType(String type) {
        return fields.stream().filter(field -> type.equals(field.type())).map(Field::path).toList();
    }

    public static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has MD5", e);
        }
    }

    private static void controls(Element parent, String rootName, Map<String, Map<String, String>> itext,
            Map<String, String> types, List<Field> fields, Set<String> repeats) {
        for (Element element : children(parent, XFORMS, null)) {
            String name = element.getLocalName();
            switch (name) {
                case "group" -> controls(element, rootName, itext, types, fields, repeats);
                case "repeat" -> {
                    repeats.add(relative(element.getAttribute("nodeset"), rootName));
                    controls(element, rootName, itext, types, fields, repeats);
                }
                case "input", "select1", "select", "upload", "range", "trigger", "rank" -> {
                    String path = relative(element.getAttribute("ref"), rootName);
                    Map<String, Map<String, String>> choices = new LinkedHashMap<>();
                    for (Element item : children(element, XFORMS, "item")) {
                        Element value = child(item, XFORMS, "value");
                        if (value != null) {
                            choices.put(value.getTextContent().strip(), labels(child(item, XFORMS, "label"), itext));
                        }
                    }
                    String type = types.getOrDefault(path, "string");
                    fields.add(new Field(path, type.isEmpty() ? "string" : stripPrefix(type),
                            labels(child(element, XFORMS, "label"), itext), choices));
                }
                default -> {
                }
            }
        }
    }

    private static Map<String, String> labels(Element label, Map<String, Map<String, String>> itext) {
        if (label == null) {
            return Map.of();
        }
        Matcher reference = ITEXT.matcher(label.getAttribute("ref"));
        if (reference.matches()) {
            Map<String, String> byLanguage = new LinkedHashMap<>();
            itext.forEach((language, texts) -> {
                String text = texts.get(reference.group(1));
                if (text != null) {
                    byLanguage.put(language, text);
                }
            });
            return byLanguage;
        }
        return label.getTextContent().isBlank() ? Map.of() : Map.of("", label.getTextContent().strip());
    }

    private static Map<String, Map<String, String>> itext(Element model) {
        Map<String, Map<String, String>> languages = new LinkedHashMap<>();
        Element itext = child(model, XFORMS, "itext");
        if (itext == null) {
            return languages;
        }
        for (Element translation : children(itext, XFORMS, "translation")) {
            Map<String, String> texts = new LinkedHashMap<>();
            for (Element text : children(translation, XFORMS, "text")) {
                for (Element value : children(text, XFORMS, "value")) {
                    if (!value.hasAttribute("form")) {
                        texts.put(text.getAttribute("id"), value.getTextContent().strip());
                        break;
                    }
                }
            }
            languages.put(translation.getAttribute("lang"), texts);
        }
        return languages;
    }

    /** French for French-speaking users when the form has it, else the first language (English in Balise's forms). */
    static String pick(Map<String, String> byLanguage, Locale locale, String fallback) {
        if (byLanguage.isEmpty()) {
            return fallback;
        }
        boolean french = "fr".equals(locale.getLanguage());
        for (Map.Entry<String, String> entry : byLanguage.entrySet()) {
            String language = entry.getKey().toLowerCase(Locale.ROOT);
            boolean isFrench = language.startsWith("fr") || language.contains("(fr)");
            boolean isEnglish = language.startsWith("en") || language.contains("(en)");
            if (french ? isFrench : isEnglish) {
                return entry.getValue();
            }
        }
        return byLanguage.values().iterator().next();
    }

    private static String relative(String nodeset, String rootName) {
        String prefix = "/" + rootName + "/";
        return nodeset.startsWith(prefix) ? nodeset.substring(prefix.length()) : nodeset;
    }

    private static String stripPrefix(String type) {
        int colon = type.indexOf(':');
        return colon < 0 ? type : type.substring(colon + 1);
    }

    static Element firstElement(Element parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                return element;
            }
        }
        return null;
    }

    static List<Element> children(Element parent, String namespace, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && (namespace == null || namespace.equals(element.getNamespaceURI()))
                    && (localName == null || localName.equals(element.getLocalName()))) {
                found.add(element);
            }
        }
        return found;
    }

    private static Element child(Element parent, String namespace, String localName) {
        List<Element> found = children(parent, namespace, localName);
        return found.isEmpty() ? null : found.getFirst();
    }

    private static Element descendant(Element parent, String namespace, String localName) {
        var nodes = parent.getElementsByTagNameNS(namespace, localName);
        return nodes.getLength() == 0 ? null : (Element) nodes.item(0);
    }
}
