package org.draftroom.draft.web.exports;

import java.util.Locale;
import org.draftroom.document.akn.AknWriter;
import org.draftroom.document.docx.DocxWriter;
import org.draftroom.shared.Refusal;

/** The formats a version can be exported in, chosen by {@code format=} or by the {@code Accept} header. */
enum ExportFormat {
    AKN(AknWriter.MEDIA_TYPE, "xml"),
    DOCX(DocxWriter.MEDIA_TYPE, "docx"),
    HTML("text/html;charset=utf-8", "html"),
    PDF("application/pdf", "pdf");

    final String mediaType;
    final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** {@code format} wins; else the first known type in {@code Accept}; else Akoma Ntoso. */
    static ExportFormat choose(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "akn", "xml", "akomantoso" -> AKN;
                case "docx", "word" -> DOCX;
                case "html", "print" -> HTML;
                case "pdf" -> PDF;
                default -> throw Refusal.badRequest("unknown-format", "format must be akn, docx, html or pdf, not '"
                        + format + "'");
            };
        }
        if (accept != null) {
            for (String part : accept.split(",")) {
                String type = part.split(";")[0].strip().toLowerCase(Locale.ROOT);
                switch (type) {
                    case AknWriter.MEDIA_TYPE, "application/xml", "text/xml" -> {
                        return AKN;
                    }
                    case DocxWriter.MEDIA_TYPE -> {
                        return DOCX;
                    }
                    case "text/html" -> {
                        return HTML;
                    }
                    case "application/pdf" -> {
                        return PDF;
                    }
                    default -> { }
                }
            }
        }
        return AKN;
    }

    /** "A/C.3/80/L.20/Rev.1" → "A_C.3_80_L.20_Rev.1.docx": letters, digits, '.', '-' kept, the rest '_'. */
    String fileName(String base) {
        return safe(base) + "." + extension;
    }

    static String safe(String base) {
        String s = base.replaceAll("[^A-Za-z0-9.\\-]", "_");
        return s.isEmpty() ? "document" : s;
    }
}
