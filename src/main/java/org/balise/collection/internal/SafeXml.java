package org.balise.collection.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The only way Balise reads XML from outside: a DOCTYPE is refused outright, so no external entity is ever
 * resolved and no entity can be expanded (the "billion laughs" needs a DOCTYPE to declare its entities).
 */
public final class SafeXml {

    private static final DocumentBuilderFactory FACTORY = factory();
    /** Builders are not thread-safe but reusable after reset(); creating one per document costs more than parsing it. */
    private static final Queue<DocumentBuilder> BUILDERS = new ConcurrentLinkedQueue<>();

    private SafeXml() {
    }

    /** Thrown for anything that is not a plain, well-formed XML document. */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }

    public static Document parse(byte[] xml) throws Refused {
        DocumentBuilder builder = null;
        try {
            builder = builder();
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            throw new Refused(message.contains("DOCTYPE") ? "XML with a DOCTYPE declaration is not accepted"
                    : "The body is not well-formed XML");
        } catch (ParserConfigurationException | IOException e) {
            throw new Refused("The body could not be read as XML");
        } finally {
            if (builder != null) {
                builder.reset();
                BUILDERS.offer(builder);
            }
        }
    }

    private static DocumentBuilder builder() throws ParserConfigurationException {
        DocumentBuilder builder = BUILDERS.poll();
        if (builder == null) {
            synchronized (FACTORY) {
                builder = FACTORY.newDocumentBuilder();
            }
        }
        // reset() clears the handlers, so they are set at every use
        builder.setErrorHandler(THROWING);
        builder.setEntityResolver((publicId, systemId) -> {
            throw new SAXException("External entities are not allowed");
        });
        return builder;
    }

    private static final ErrorHandler THROWING = new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) {
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    };

    private static DocumentBuilderFactory factory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        try {
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser lacks a required safety feature", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }
}
