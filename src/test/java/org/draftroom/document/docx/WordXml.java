package org.draftroom.document.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** word/document.xml of a DOCX, with the texts of its tracked insertions and deletions (for tests). */
public record WordXml(String document) {

    public static WordXml of(byte[] docx) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    return new WordXml(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("no word/document.xml");
    }

    /** Text of each w:ins element (stripped), in order; empty ones (paragraph marks) left out. */
    public List<String> inserted() {
        return texts("w:ins", "w:t");
    }

    public List<String> deleted() {
        return texts("w:del", "w:delText");
    }

    public Set<String> authors() {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = Pattern.compile("<w:(?:ins|del) [^>]*w:author=\"([^\"]*)\"").matcher(document);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** One tracked change: "ins" or "del", its author, date and text (stripped). */
    public record Change(String kind, String author, String date, String text) {
    }

    /** Every tracked change with text, in document order, with its author and date. */
    public List<Change> changes() {
        List<Change> out = new ArrayList<>();
        Matcher m = Pattern.compile("<w:(ins|del) ([^>]*\")>(.*?)</w:\\1>").matcher(document);
        Pattern t = Pattern.compile("<w:(?:t|delText)(?: [^>]*)?>([^<]*)</w:(?:t|delText)>");
        while (m.find()) {
            StringBuilder b = new StringBuilder();
            Matcher tm = t.matcher(m.group(3));
            while (tm.find()) {
                b.append(tm.group(1));
            }
            if (!b.toString().isBlank()) {
                out.add(new Change(m.group(1), attribute(m.group(2), "w:author"), attribute(m.group(2), "w:date"),
                        b.toString().strip()));
            }
        }
        return out;
    }

    private static String attribute(String attributes, String name) {
        Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(attributes);
        return m.find() ? m.group(1) : null;
    }

    private List<String> texts(String change, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<" + change + " [^>]*>(.*?)</" + change + ">").matcher(document);
        Pattern t = Pattern.compile("<" + text + "(?: [^>]*)?>([^<]*)</" + text + ">");
        while (m.find()) {
            StringBuilder b = new StringBuilder();
            Matcher tm = t.matcher(m.group(1));
            while (tm.find()) {
                b.append(tm.group(1));
            }
            if (!b.toString().isBlank()) {
                out.add(b.toString().strip());
            }
        }
        return out;
    }
}
