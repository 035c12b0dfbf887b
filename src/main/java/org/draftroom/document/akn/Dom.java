package org.draftroom.document.akn;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small helpers for walking the Akoma Ntoso DOM (AKN namespace only). */
final class Dom {

    private Dom() {
    }

    static boolean is(Node n, String localName) {
        return n instanceof Element e && AknNames.NS.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName());
    }

    static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (is(n, localName)) {
                out.add((Element) n);
            }
        }
        return out;
    }

    static Optional<Element> child(Element parent, String localName) {
        List<Element> c = children(parent, localName);
        return c.isEmpty() ? Optional.empty() : Optional.of(c.get(0));
    }

    /** Descendants in document order with that name (and, if given, that attribute value). */
    static List<Element> find(Element root, String localName, String attr, String value) {
        List<Element> out = new ArrayList<>();
        if (root == null) {
            return out;
        }
        var list = root.getElementsByTagNameNS(AknNames.NS, localName);
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            if (attr == null || value.equals(e.getAttribute(attr))) {
                out.add(e);
            }
        }
        return out;
    }

    static Optional<Element> first(Element root, String localName, String attr, String value) {
        List<Element> all = find(root, localName, attr, value);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    static Optional<String> text(Element root, String localName, String attr, String value) {
        return first(root, localName, attr, value).map(Node::getTextContent);
    }

    /** The attribute's value, or null when absent. */
    static String attr(Element e, String name) {
        return e.hasAttribute(name) ? e.getAttribute(name) : null;
    }
}
