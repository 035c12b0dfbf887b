package org.draftroom.document.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.draftroom.document.akn.DocumentFormatException;
import org.draftroom.document.akn.DocumentFormatException.Reason;

/**
 * Checks an uploaded Word file before any library opens it: it must be a ZIP archive with a
 * {@code word/document.xml}, of limited size, with few entries, whose entries really inflate to no more
 * than a fixed total (counted while inflating, not trusted from headers: zip bombs stop early), and whose XML
 * parts declare no DOCTYPE. Memory stays bounded: inflated bytes are counted and discarded.
 */
public final class ZipGuard {

    public static final int MAX_FILE_BYTES = 20 * 1024 * 1024;
    public static final long MAX_INFLATED_BYTES = 64L * 1024 * 1024;
    public static final int MAX_ENTRIES = 1_000;
    private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);

    static {
        // POI's own guards, for the parts it opens after ours: a lower ceiling per entry than its 4 GB default.
        ZipSecureFile.setMaxEntrySize(MAX_INFLATED_BYTES);
        ZipSecureFile.setMinInflateRatio(0.01);
    }

    private ZipGuard() {
    }

    public static void check(byte[] file) {
        if (file == null || file.length < 4 || file[0] != 'P' || file[1] != 'K' || file[2] != 3 || file[3] != 4) {
            throw new DocumentFormatException(Reason.NOT_A_DOCX, "The file is not a Word document (not a ZIP archive)");
        }
        if (file.length > MAX_FILE_BYTES) {
            throw new DocumentFormatException(Reason.TOO_LARGE,
                    "The file has " + file.length + " bytes; at most " + MAX_FILE_BYTES + " are accepted");
        }
        long total = 0;
        int entries = 0;
        boolean hasDocument = false;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new DocumentFormatException(Reason.TOO_LARGE, "The archive has more than " + MAX_ENTRIES + " entries");
                }
                hasDocument |= "word/document.xml".equals(e.getName());
                boolean xml = e.getName().endsWith(".xml") || e.getName().endsWith(".rels");
                int matched = 0;
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    total += n;
                    if (total > MAX_INFLATED_BYTES) {
                        throw new DocumentFormatException(Reason.TOO_LARGE, "The archive inflates to more than "
                                + MAX_INFLATED_BYTES + " bytes (a zip bomb?)");
                    }
                    if (xml) {
                        matched = scan(buffer, n, matched, e.getName());
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new DocumentFormatException(Reason.NOT_A_DOCX, "The ZIP archive is damaged: " + e.getMessage(), e);
        }
        if (!hasDocument) {
            throw new DocumentFormatException(Reason.NOT_A_DOCX, "The archive holds no word/document.xml: not a Word document");
        }
    }

    /** Looks for "<!DOCTYPE" across buffer boundaries; returns how much of it the buffer's end matched. */
    private static int scan(byte[] buffer, int n, int matched, String entry) {
        int m = matched;
        for (int i = 0; i < n; i++) {
            m = buffer[i] == DOCTYPE[m] ? m + 1 : (buffer[i] == DOCTYPE[0] ? 1 : 0);
            if (m == DOCTYPE.length) {
                throw new DocumentFormatException(Reason.FORBIDDEN_XML_CONSTRUCT,
                        "The part " + entry + " declares a DOCTYPE, which is not accepted");
            }
        }
        return m;
    }
}
