package org.balise.collection.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.balise.collection.Answers;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A submitted form instance as ODK Collect sends it: the root element carries the form ID and version,
 * {@code meta/instanceID} names the submission, {@code meta/deprecatedID} the one an edit replaces.
 */
public record SubmissionXml(String rootName, String formId, String version, String instanceId, String deprecatedId,
        String instanceName, Document document) {

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9:._-]{0,199}");

    public static SubmissionXml parse(byte[] xml) throws SafeXml.Refused {
        Document document = SafeXml.parse(xml);
        Element root = document.getDocumentElement();
        String formId = root.getAttribute("id");
        if (formId.isEmpty()) {
            throw new SafeXml.Refused("The root element has no form id attribute: is this a form submission?");
        }
        Element meta = child(root, "meta");
        String instanceId = meta == null ? null : text(child(meta, "instanceID"));
        if (instanceId == null) {
            throw new SafeXml.Refused("The submission has no meta/instanceID");
        }
        if (!SAFE_ID.matcher(instanceId).matches()) {
            throw new SafeXml.Refused("The meta/instanceID is not a valid identifier");
        }
        String deprecatedId = text(child(meta, "deprecatedID"));
        if (deprecatedId != null && !SAFE_ID.matcher(deprecatedId).matches()) {
            throw new SafeXml.Refused("The meta/deprecatedID is not a valid identifier");
        }
        String version = root.getAttribute("version");
        return new SubmissionXml(root.getLocalName(), formId, version, instanceId, deprecatedId,
                text(child(meta, "instanceName")), document);
    }

    /** The answers, with the form's repeats as lists; {@code meta} is left out. */
    public Answers answers(Set<String> repeats) {
        return answers(document.getDocumentElement(), "", repeats);
    }

    /** Names of the files the answers refer to through the form's binary (photo, audio, file) questions. */
    public static Set<String> attachmentNames(FormDefinition form, Answers answers) {
        Set<String> names = new LinkedHashSet<>();
        for (String path : form.binaryPaths()) {
            names.addAll(answers.allValues(path));
        }
        return names;
    }

    private static Answers answers(Element parent, String prefix, Set<String> repeats) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, List<Answers>> repeated = new LinkedHashMap<>();
        collect(parent, prefix, "", repeats, values, repeated);
        return new Answers(values, repeated);
    }

    /** Walks below {@code parent}; paths are relative to the current repeat instance, {@code absolute} to the root. */
    private static void collect(Element parent, String absolute, String relative, Set<String> repeats,
            Map<String, String> values, Map<String, List<Answers>> repeated) {
        for (Element element : FormDefinition.children(parent, null, null)) {
            String name = element.getLocalName();
            if (absolute.isEmpty() && relative.isEmpty() && "meta".equals(name)) {
                continue;
            }
            String absolutePath = absolute.isEmpty() ? name : absolute + "/" + name;
            String relativePath = relative.isEmpty() ? name : relative + "/" + name;
            if (repeats.contains(absolutePath)) {
                Map<String, String> instanceValues = new LinkedHashMap<>();
                Map<String, List<Answers>> instanceRepeats = new LinkedHashMap<>();
                collect(element, absolutePath, "", repeats, instanceValues, instanceRepeats);
                repeated.computeIfAbsent(relativePath, key -> new ArrayList<>()).add(new Answers(instanceValues, instanceRepeats));
            } else if (FormDefinition.firstElement(element) != null) {
                collect(element, absolutePath, relativePath, repeats, values, repeated);
            } else {
                values.put(relativePath, element.getTextContent());
            }
        }
    }

    private static Element child(Element parent, String localName) {
        if (parent == null) {
            return null;
        }
        List<Element> found = FormDefinition.children(parent, null, localName);
        return found.isEmpty() ? null : found.getFirst();
    }

    private static String text(Element element) {
        return element == null || element.getTextContent().isBlank() ? null : element.getTextContent().strip();
    }
}
