package org.balise.collection;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.javarosa.form.api.FormEntryController.ANSWER_CONSTRAINT_VIOLATED;
import static org.javarosa.form.api.FormEntryController.ANSWER_OK;
import static org.javarosa.form.api.FormEntryController.EVENT_END_OF_FORM;
import static org.javarosa.form.api.FormEntryController.EVENT_PROMPT_NEW_REPEAT;
import static org.javarosa.form.api.FormEntryController.EVENT_QUESTION;
import static org.javarosa.form.api.FormEntryController.EVENT_REPEAT;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.function.Consumer;
import org.javarosa.core.model.Constants;
import org.javarosa.core.model.FormDef;
import org.javarosa.core.model.FormIndex;
import org.javarosa.core.model.SelectChoice;
import org.javarosa.core.model.ValidateOutcome;
import org.javarosa.core.model.data.AnswerDataFactory;
import org.javarosa.core.model.data.DateData;
import org.javarosa.core.model.data.IAnswerData;
import org.javarosa.core.model.data.IntegerData;
import org.javarosa.core.model.data.MultipleItemsData;
import org.javarosa.core.model.data.SelectOneData;
import org.javarosa.core.model.data.StringData;
import org.javarosa.core.model.data.UncastData;
import org.javarosa.core.model.instance.InstanceInitializationFactory;
import org.javarosa.core.model.instance.TreeElement;
import org.javarosa.core.model.instance.TreeReference;
import org.javarosa.core.reference.PrefixedRootFactory;
import org.javarosa.core.reference.Reference;
import org.javarosa.core.reference.ReferenceManager;
import org.javarosa.core.reference.ResourceReference;
import org.javarosa.core.reference.RootTranslator;
import org.javarosa.core.services.locale.Localizer;
import org.javarosa.core.util.PropertyUtils;
import org.javarosa.form.api.FormEntryController;
import org.javarosa.form.api.FormEntryModel;
import org.javarosa.form.api.FormEntryPrompt;
import org.javarosa.model.xform.XFormSerializingVisitor;
import org.javarosa.model.xform.XFormsModule;
import org.javarosa.xform.parse.XFormParser;

/**
 * A phone running ODK Collect, for tests: javarosa (the form engine inside Collect) parses the form, the answers are
 * given question by question as a user steps through it, and the instance is serialised as Collect sends it.
 */
public final class PhoneForm {

    private final FormDef form; // null for the answers of one repeat instance
    private final boolean edit;
    private final Map<String, Object> answers = new LinkedHashMap<>();
    private final Map<String, List<PhoneForm>> repeats = new LinkedHashMap<>();
    private final Set<String> asked = new HashSet<>();
    private final Map<String, List<String>> choicesOffered = new HashMap<>();
    private String instanceId;

    private PhoneForm(FormDef form, boolean edit) {
        this.form = form;
        this.edit = edit;
    }

    /** A new, blank instance of the form, with the form's media files (regions.csv, places.csv) read from mediaDir. */
    public static PhoneForm open(byte[] formXml, Path mediaDir) {
        return new PhoneForm(load(formXml, null, mediaDir), false);
    }

    /** A saved instance opened again for editing, as Collect does when a user edits a sent form. */
    public static PhoneForm reopen(byte[] formXml, Path mediaDir, byte[] savedInstanceXml) {
        return new PhoneForm(load(formXml, savedInstanceXml, mediaDir), true);
    }

    public PhoneForm answer(String questionName, Object value) {
        answers.put(questionName, value);
        return this;
    }

    /** Adds one instance of a repeat; the consumer answers its questions by their plain names. */
    public PhoneForm repeat(String repeatName, Consumer<PhoneForm> instance) {
        PhoneForm one = new PhoneForm(null, false);
        instance.accept(one);
        repeats.computeIfAbsent(repeatName, name -> new ArrayList<>()).add(one);
        return this;
    }

    /** Fills the form from its first question, finalises it as Collect does and returns the instance XML. Call once. */
    public byte[] finish() {
        FormEntryController controller = new FormEntryController(new FormEntryModel(form));
        Map<String, Queue<PhoneForm>> pending = new HashMap<>();
        repeats.forEach((name, instances) -> pending.put(name, new ArrayDeque<>(instances)));
        Map<TreeReference, PhoneForm> answersByRepeatInstance = new HashMap<>();

        controller.jumpToIndex(FormIndex.createBeginningOfFormIndex());
        for (int event = controller.stepToNextEvent(); event != EVENT_END_OF_FORM; event = controller.stepToNextEvent()) {
            FormIndex index = controller.getModel().getFormIndex();
            TreeReference ref = index.getReference();
            Queue<PhoneForm> waiting = pending.getOrDefault(ref.getNameLast(), new ArrayDeque<>());
            if (event == EVENT_PROMPT_NEW_REPEAT && !waiting.isEmpty()) {
                controller.newRepeat(); // the user taps "add"; declining is just stepping on
                answersByRepeatInstance.put(ref, waiting.poll());
            } else if (event == EVENT_REPEAT && !edit && !answersByRepeatInstance.containsKey(ref) && !waiting.isEmpty()) {
                answersByRepeatInstance.put(ref, waiting.poll()); // the instance a blank form starts with
            } else if (event == EVENT_QUESTION) {
                noteChoicesOffered(controller.getModel().getQuestionPrompt(index), ref.getNameLast());
                PhoneForm scope = answersIn(index, answersByRepeatInstance);
                if (scope != null && scope.answers.containsKey(ref.getNameLast())) {
                    answer(controller, index, scope);
                }
            }
        }
        List<String> neverAsked = new ArrayList<>(notAsked(this));
        repeats.values().forEach(instances -> instances.forEach(one -> neverAsked.addAll(notAsked(one))));
        if (!neverAsked.isEmpty() || pending.values().stream().anyMatch(waiting -> !waiting.isEmpty())) {
            throw new AssertionError("Never asked (unknown, not relevant or read-only): " + neverAsked
                    + "; repeat instances not added: " + pending.entrySet().stream()
                            .filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey).toList());
        }

        // Collect's "finalize": every question is validated again, then edits get a new instanceID.
        ValidateOutcome outcome = form.validate();
        if (outcome != null) {
            String why = outcome.outcome == ANSWER_CONSTRAINT_VIOLATED ? "breaks its constraint" : "is required";
            throw new AssertionError(outcome.failedPrompt.getReference().toString(false) + " " + why);
        }
        if (edit) {
            controller.addPostProcessor(model -> replaceInstanceId(model.getForm()));
        }
        controller.finalizeFormEntry();
        instanceId = String.valueOf(meta(form).getFirstChild("instanceID").getValue().getValue());
        try {
            return new XFormSerializingVisitor().serializeInstance(form.getMainInstance());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The instanceID of the last finished instance. */
    public String instanceId() {
        return instanceId;
    }

    /** The values a select question offered the last time the phone reached it (itemsets are filtered live). */
    public List<String> choicesOffered(String questionName) {
        return choicesOffered.getOrDefault(questionName, List.of());
    }

    /** Every itext text as javarosa holds it, without its fallback to the default language: language → id → text. */
    public Map<String, Map<String, String>> translations() {
        Localizer localizer = form.getLocalizer();
        Map<String, Map<String, String>> texts = new LinkedHashMap<>();
        for (String language : localizer.getAvailableLocales()) {
            Map<String, String> own = new LinkedHashMap<>();
            localizer.getLocaleData(language).keySet().stream()
                    .filter(id -> localizer.hasMapping(language, id))
                    .forEach(id -> own.put(id, localizer.getRawText(language, id)));
            texts.put(language, own);
        }
        return texts;
    }

    private static FormDef load(byte[] formXml, byte[] savedInstanceXml, Path mediaDir) {
        // As Collect does after downloading the manifest: jr://file/ is the form's media folder and
        // jr://file-csv/ an alias of it. The reference manager is a global singleton, so it is emptied afterwards.
        ReferenceManager references = ReferenceManager.instance();
        references.reset();
        references.addReferenceFactory(new PrefixedRootFactory(new String[] {"file/"}) {
            @Override
            protected Reference factory(String terminal, String uri) {
                return new ResourceReference(mediaDir.resolve(terminal).toAbsolutePath().toString());
            }
        });
        references.addRootTranslator(new RootTranslator("jr://file-csv/", "jr://file/"));
        new XFormsModule().registerModule(); // as Collect at start-up: lets javarosa read saved instances back
        try {
            XFormParser parser = savedInstanceXml == null
                    ? new XFormParser(reader(formXml))
                    : new XFormParser(reader(formXml), reader(savedInstanceXml)); // Collect's import of a saved instance
            FormDef form = parser.parse();
            form.initialize(savedInstanceXml == null, new InstanceInitializationFactory());
            return form;
        } catch (XFormParser.ParseException e) {
            throw new IllegalArgumentException("javarosa cannot load the form: " + e.getMessage(), e);
        } finally {
            references.reset();
        }
    }

    private static InputStreamReader reader(byte[] xml) {
        return new InputStreamReader(new ByteArrayInputStream(xml), UTF_8);
    }

    private static List<String> notAsked(PhoneForm scope) {
        return scope.answers.keySet().stream().filter(name -> !scope.asked.contains(name)).toList();
    }

    /** The answers for a question: those of the repeat instance it sits in, else the form's own. */
    private PhoneForm answersIn(FormIndex question, Map<TreeReference, PhoneForm> answersByRepeatInstance) {
        for (TreeReference ref = question.getReference().getParentRef(); ref != null && ref.size() > 0; ref = ref.getParentRef()) {
            if (answersByRepeatInstance.containsKey(ref)) {
                return answersByRepeatInstance.get(ref);
            }
        }
        for (FormIndex level = question; level != null; level = level.getNextLevel()) {
            if (level.getInstanceIndex() >= 0) {
                return null; // a repeat instance saved before is left as it is
            }
        }
        return this;
    }

    private void answer(FormEntryController controller, FormIndex index, PhoneForm scope) {
        FormEntryPrompt prompt = controller.getModel().getQuestionPrompt(index);
        String name = index.getReference().getNameLast();
        Object value = scope.answers.get(name);
        scope.asked.add(name);
        if (prompt.isReadOnly()) {
            throw new AssertionError(name + " is read-only");
        }
        int result = controller.answerQuestion(index, answerData(prompt, name, value), true);
        if (result != ANSWER_OK) {
            throw new AssertionError("javarosa refused " + name + " = " + value + ": "
                    + (result == ANSWER_CONSTRAINT_VIOLATED ? prompt.getConstraintText() : "required"));
        }
    }

    private IAnswerData answerData(FormEntryPrompt prompt, String name, Object value) {
        if (prompt.getControlType() == Constants.CONTROL_SELECT_ONE) {
            return new SelectOneData(choice(prompt, name, (String) value).selection());
        }
        if (prompt.getControlType() == Constants.CONTROL_SELECT_MULTI) {
            List<?> values = (List<?>) value;
            return new MultipleItemsData(values.stream().map(v -> choice(prompt, name, (String) v).selection()).toList());
        }
        return switch (value) {
            case LocalDate date -> new DateData(Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant()));
            case Integer number -> new IntegerData(number);
            // text, geopoints ("lat lon alt accuracy"), geoshapes ("point;point;...") and photo file names
            case String text -> AnswerDataFactory.templateByDataType(prompt.getDataType()).cast(new UncastData(text));
            default -> throw new IllegalArgumentException(name + ": unsupported answer " + value.getClass());
        };
    }

    private void noteChoicesOffered(FormEntryPrompt prompt, String name) {
        int control = prompt.getControlType();
        if (control == Constants.CONTROL_SELECT_ONE || control == Constants.CONTROL_SELECT_MULTI) {
            choicesOffered.put(name, prompt.getSelectChoices().stream().map(SelectChoice::getValue).toList());
        }
    }

    /** A select answer must be one of the choices the phone shows, as a user can only tap those. */
    private SelectChoice choice(FormEntryPrompt prompt, String name, String value) {
        return prompt.getSelectChoices().stream().filter(c -> c.getValue().equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " does not offer " + value + ", only " + choicesOffered.get(name)));
    }

    /** As Collect's EditedFormFinalizationProcessor: the old instanceID becomes meta/deprecatedID. */
    private static void replaceInstanceId(FormDef form) {
        TreeElement meta = meta(form);
        TreeElement deprecatedId = meta.getFirstChild("deprecatedID");
        if (deprecatedId == null) {
            deprecatedId = new TreeElement("deprecatedID");
            meta.addChild(deprecatedId);
        }
        TreeElement instanceIdNode = meta.getFirstChild("instanceID");
        deprecatedId.setAnswer(instanceIdNode.getValue());
        instanceIdNode.setAnswer(new StringData("uuid:" + PropertyUtils.genUUID()));
    }

    private static TreeElement meta(FormDef form) {
        return form.getMainInstance().getRoot().getFirstChild("meta");
    }
}
