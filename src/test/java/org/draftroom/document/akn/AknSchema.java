package org.draftroom.document.akn;

import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** The OASIS Akoma Ntoso 3.0 schema from src/test/resources/akn, for validating exports in tests. */
public final class AknSchema {

    private static Schema schema;

    private AknSchema() {
    }

    /** All validation errors of the XML ("line:column message"); empty when it is valid. */
    public static List<String> errors(String xml) {
        List<String> errors = new ArrayList<>();
        try {
            Validator v = schema().newValidator();
            v.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) {
                    errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
                }

                @Override
                public void fatalError(SAXParseException e) {
                    error(e);
                }
            });
            v.validate(new StreamSource(new StringReader(xml)));
        } catch (Exception e) {
            errors.add("not valid: " + e.getMessage());
        }
        return errors;
    }

    private static synchronized Schema schema() throws Exception {
        if (schema == null) {
            URL xsd = AknSchema.class.getResource("/akn/akomantoso30.xsd");
            if (xsd == null) {
                throw new IllegalStateException("missing test resource /akn/akomantoso30.xsd");
            }
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
            schema = f.newSchema(new StreamSource(xsd.openStream(), xsd.toExternalForm()));
        }
        return schema;
    }
}
