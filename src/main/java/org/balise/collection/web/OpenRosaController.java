package org.balise.collection.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.balise.collection.internal.CollectionRepository;
import org.balise.collection.internal.CollectionRepository.FormFile;
import org.balise.collection.internal.CollectionRepository.FormRow;
import org.balise.collection.internal.FormCatalog;
import org.balise.collection.internal.FormDefinition;
import org.balise.collection.internal.PlaceLists;
import org.balise.collection.internal.SubmissionIntake;
import org.balise.collection.internal.SubmissionReceiver;
import org.balise.collection.internal.SubmissionReceiver.FilePart;
import org.balise.identity.CurrentUser;
import org.balise.identity.PhoneUser;
import org.balise.shared.ProblemException;
import org.balise.shared.ProblemType;
import org.balise.shared.web.OpenRosaResponse;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * OpenRosa 1.0 as ODK Collect uses it: form list, form download, manifest and media, HEAD and POST submission;
 * the same under {@code /key/<token>/} for phones configured with a token URL.
 */
@RestController
class OpenRosaController {

    static final String XML_PART = "xml_submission_file";
    private static final MediaType XML = MediaType.parseMediaType("text/xml;charset=UTF-8");

    private final CollectionRepository repository;
    private final FormCatalog catalog;
    private final PlaceLists placeLists;
    private final SubmissionReceiver receiver;
    private final long maxRequestBytes;

    OpenRosaController(CollectionRepository repository, FormCatalog catalog, PlaceLists placeLists, SubmissionReceiver receiver,
            MultipartProperties multipart) {
        this.repository = repository;
        this.catalog = catalog;
        this.placeLists = placeLists;
        this.receiver = receiver;
        this.maxRequestBytes = multipart.getMaxRequestSize().toBytes();
    }

    @GetMapping({"/formList", "/key/{token}/formList"})
    ResponseEntity<String> formList(HttpServletRequest request) {
        PhoneUser phone = phone();
        String base = base(request, "/formList");
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xforms xmlns=\"http://openrosa.org/xforms/xformsList\">\n");
        for (FormRow form : repository.forms()) {
            if (form.closed() || !phone.mayUse(form.formId())) {
                continue;
            }
            FormDefinition definition = catalog.definition(form.formId(), form.currentVersion()).orElseThrow();
            xml.append("  <xform>\n")
                    .append(element("formID", form.formId()))
                    .append(element("name", definition.title()))
                    .append(element("version", definition.version()))
                    .append(element("hash", "md5:" + definition.md5()))
                    .append(element("downloadUrl", base + "/forms/" + form.formId() + ".xml"));
            if (!definition.mediaFiles().isEmpty()) {
                xml.append(element("manifestUrl", base + "/forms/" + form.formId() + "/manifest"));
            }
            xml.append("  </xform>\n");
        }
        return ok(xml.append("</xforms>\n").toString());
    }

    @GetMapping({"/forms/{file:.+\\.xml}", "/key/{token}/forms/{file:.+\\.xml}"})
    ResponseEntity<byte[]> form(@PathVariable String file) {
        FormFile form = currentForm(file.substring(0, file.length() - ".xml".length()));
        return ResponseEntity.ok().contentType(XML).header(OpenRosaResponse.VERSION_HEADER, OpenRosaResponse.VERSION)
                .body(form.xml());
    }

    @GetMapping({"/forms/{formId}/manifest", "/key/{token}/forms/{formId}/manifest"})
    ResponseEntity<String> manifest(@PathVariable String formId, HttpServletRequest request) {
        FormFile form = currentForm(formId);
        FormDefinition definition = catalog.definition(form.formId(), form.version()).orElseThrow();
        String base = base(request, "/forms/" + formId + "/manifest");
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest xmlns=\"http://openrosa.org/xforms/xformsManifest\">\n");
        for (String name : definition.mediaFiles()) {
            placeLists.file(name).ifPresent(media -> xml.append("  <mediaFile>\n")
                    .append(element("filename", media.name()))
                    .append(element("hash", "md5:" + media.md5()))
                    .append(element("downloadUrl", base + "/forms/" + formId + "/media/" + media.name()))
                    .append("  </mediaFile>\n"));
        }
        return ok(xml.append("</manifest>\n").toString());
    }

    @GetMapping({"/forms/{formId}/media/{name}", "/key/{token}/forms/{formId}/media/{name}"})
    ResponseEntity<byte[]> media(@PathVariable String formId, @PathVariable String name) {
        FormFile form = currentForm(formId);
        FormDefinition definition = catalog.definition(form.formId(), form.version()).orElseThrow();
        PlaceLists.MediaFile media = definition.mediaFiles().contains(name) ? placeLists.file(name).orElse(null) : null;
        if (media == null) {
            throw ProblemException.notFound("Media file of form " + formId, name);
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(OpenRosaResponse.VERSION_HEADER, OpenRosaResponse.VERSION).body(media.content());
    }

    @RequestMapping(path = {"/submission", "/key/{token}/submission"}, method = RequestMethod.HEAD)
    ResponseEntity<Void> submissionCheck() {
        phone();
        return ResponseEntity.noContent().header(OpenRosaResponse.VERSION_HEADER, OpenRosaResponse.VERSION)
                .header("X-OpenRosa-Accept-Content-Length", Long.toString(maxRequestBytes)).build();
    }

    @RequestMapping(path = {"/submission", "/key/{token}/submission"}, method = RequestMethod.POST)
    ResponseEntity<String> submit(HttpServletRequest request) throws IOException {
        if (!(request instanceof MultipartHttpServletRequest multipart)) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "A submission is multipart/form-data with an " + XML_PART + " part");
        }
        byte[] body = null;
        List<FilePart> files = new ArrayList<>();
        for (Map.Entry<String, List<MultipartFile>> entry : multipart.getMultiFileMap().entrySet()) {
            for (MultipartFile file : entry.getValue()) {
                if (XML_PART.equals(entry.getKey())) {
                    body = file.getBytes();
                } else {
                    files.add(part(file));
                }
            }
        }
        SubmissionIntake.Result result = receiver.receive(phone(), body, files);
        String message = result.complete() ? "Submission received: thank you"
                : "Submission received; some of its attachments are still expected";
        return ResponseEntity.status(HttpStatus.CREATED).contentType(XML)
                .header(OpenRosaResponse.VERSION_HEADER, OpenRosaResponse.VERSION)
                .header("X-OpenRosa-Accept-Content-Length", Long.toString(maxRequestBytes))
                .body(OpenRosaResponse.xml(message));
    }

    private static FilePart part(MultipartFile file) {
        String name = file.getOriginalFilename() != null && !file.getOriginalFilename().isEmpty()
                ? file.getOriginalFilename() : file.getName();
        return new FilePart() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String contentType() {
                return file.getContentType();
            }

            @Override
            public InputStream open() throws IOException {
                return file.getInputStream();
            }
        };
    }

    private FormFile currentForm(String formId) {
        PhoneUser phone = phone();
        FormRow form = repository.form(formId).filter(row -> phone.mayUse(row.formId()))
                .orElseThrow(() -> ProblemException.notFound("Form", formId));
        return repository.formFile(form.formId(), form.currentVersion()).orElseThrow();
    }

    private static PhoneUser phone() {
        return CurrentUser.phone().orElseThrow(() -> new ProblemException(ProblemType.FORBIDDEN, "Only phones may use this address"));
    }

    /** Links keep the form of the address the phone used, token URL included. */
    private static String base(HttpServletRequest request, String suffix) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String prefix = path.endsWith(suffix) ? path.substring(0, path.length() - suffix.length()) : "";
        return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString() + prefix;
    }

    private static String element(String name, String value) {
        return "    <" + name + ">" + OpenRosaResponse.escape(value) + "</" + name + ">\n";
    }

    private static ResponseEntity<String> ok(String xml) {
        return ResponseEntity.ok().contentType(XML).header(OpenRosaResponse.VERSION_HEADER, OpenRosaResponse.VERSION).body(xml);
    }
}
