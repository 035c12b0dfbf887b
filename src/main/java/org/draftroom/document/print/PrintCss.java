package org.draftroom.document.print;

/** The print style sheet: A4 pages, UN typography, page numbers in the bottom margin from CSS counters. */
final class PrintCss {

    private PrintCss() {
    }

    static String css(String symbol) {
        String running = symbol == null ? "" : "  @top-right { content: \"" + cssString(symbol) + "\"; font-size: 8pt; }\n";
        return """
                @page {
                  size: A4;
                  margin: 25mm 22mm 25mm 22mm;
                %s  @bottom-center { content: counter(page) " / " counter(pages); font-size: 9pt; }
                }
                @page :first { @top-right { content: none; } }
                html { font-family: "Times New Roman", Times, serif; font-size: 10pt; line-height: 1.25; }
                body { margin: 0; }
                .un-head p { margin: 0; }
                .masthead { display: flex; justify-content: space-between; align-items: baseline;
                  border-bottom: 1.5pt solid #000; padding-bottom: 4pt; margin-bottom: 4pt; }
                .masthead .organ { font-size: 17pt; font-weight: bold; }
                .masthead .symbol { font-size: 14pt; font-weight: bold; }
                .distribution { text-align: right; font-size: 9pt; margin-bottom: 10pt; }
                .session { margin-bottom: 10pt; }
                .agenda-title { font-weight: bold; }
                .adopted { font-weight: bold; font-size: 12pt; margin-top: 8pt; }
                .sponsors, .report { margin: 8pt 0 8pt 6.5em; }
                h1.title { font-size: 12pt; font-weight: bold; margin: 10pt 0 14pt 5.5em; }
                p.formula { margin: 0 0 6pt 5.5em; text-indent: 2.5em; }
                p.paragraph { margin: 0 0 6pt 5.5em; text-align: justify; text-indent: 2.5em; orphans: 2; widows: 2; }
                p.paragraph.sub { margin-left: 8em; }
                p.paragraph.depth-2 { margin-left: 10.5em; }
                .number { display: inline-block; min-width: 2.2em; text-indent: 0; }
                em.opening-phrase { font-style: italic; }
                sup.footnote-ref a { color: inherit; text-decoration: none; }
                p.adoption { text-align: right; margin-top: 14pt; }
                .footnotes { margin-top: 18pt; border-top: 0.75pt solid #000; width: 100%%; font-size: 8.5pt; }
                .footnotes ol { margin: 4pt 0 0 5.5em; padding-left: 1.5em; }
                .footnotes li { margin-bottom: 2pt; break-inside: avoid; }
                @media screen {
                  body { max-width: 170mm; margin: 15mm auto; }
                }
                """.formatted(running);
    }

    private static String cssString(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ").replace("<", "\\3c ");
    }
}
