package org.draftroom.document.akn;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.draftroom.document.akn.DocumentFormatException.Reason;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses untrusted XML into a DOM: secure processing on, any DOCTYPE refused (so no entity declarations,
 * no entity-expansion bombs, no external entities or DTDs), no XInclude, a size cap and an element depth cap.
 */
public final class SafeXml {

    /** Largest XML accepted: a long resolution with footnotes is well under 1 MB. */
    public static final int MAX_BYTES = 8 * 1024 * 1024;
    static final int MAX_DEPTH = 100;

    private SafeXml() {
    }

    public static org.w3c.dom.Document parse(byte[] xml) {
        if (xml == null || xml.length == 0) {
            throw new DocumentFormatException(Reason.MALFORMED_XML, "The XML is empty");
        }
        if (xml.length > MAX_BYTES) {
            throw new DocumentFormatException(Reason.TOO_LARGE,
                    "The XML has " + xml.length + " bytes; at most " + MAX_BYTES + " are accepted");
        }
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not allowed: " + systemId);
            });
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("DOCTYPE")) {
                throw new DocumentFormatException(Reason.FORBIDDEN_XML_CONSTRUCT,
                        "The XML declares a DOCTYPE or entities, which are not accepted", e);
            }
            if (msg.contains("maxElementDepth") || msg.contains("depth")) {
                throw new DocumentFormatException(Reason.TOO_LARGE, "The XML is nested too deeply", e);
            }
            throw new DocumentFormatException(Reason.MALFORMED_XML, "The XML is not well-formed (line "
                    + e.getLineNumber() + ", column " + e.getColumnNumber() + "): " + msg, e);
        } catch (SAXException e) {
            throw new DocumentFormatException(Reason.FORBIDDEN_XML_CONSTRUCT, "The XML was refused: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new DocumentFormatException(Reason.MALFORMED_XML, "The XML can't be read: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser can't be configured", e);
        }
    }

    private static DocumentBuilderFactory factory() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setValidating(false);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser can't be secured", e);
        }
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        try {
            f.setAttribute("jdk.xml.maxElementDepth", String.valueOf(MAX_DEPTH));
        } catch (IllegalArgumentException notSupported) {
            // other parsers: the reader's own recursion is bounded by MAX_DEPTH anyway
        }
        return f;
    }
}
