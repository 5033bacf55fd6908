package io.github.ocop.samples;

/**
 * What every printout of the CLI shares (print-sheet, explain --format html, council --format html): the A4 page with
 * a running header on every page (the sheet, the product and "Trang N/M", or "Page N of M" in English) drawn in CSS
 * page-margin boxes, the rules that keep a heading with what follows and an option with its criterion, and the
 * signature and date block.
 *
 * <p>The running header uses CSS paged media: {@code @page} margin boxes with {@code counter(page)} and
 * {@code counter(pages)}, and a named page per product when one document holds several. Chromium draws them from
 * version 131 on (checked with headless Chromium 156 by {@code examples/printouts/check.sh}); a browser without page
 * margin boxes prints the same pages without the running header. The header texts are CSS strings, escaped here
 * (a product name cannot close the string or the style element).
 */
final class Printout {
    private Printout() {
    }

    /**
     * @param lang the language of the printout
     * @param code a key of the tool's bundle ({@code messages*.properties})
     * @param args its arguments
     * @return the wording in that language
     */
    static String t(Lang lang, String code, Object... args) {
        return CliMessages.text(lang.locale(), code, args);
    }

    /**
     * The page rules: A4, margins wide enough for the running header and footer, the page counter at the top right,
     * {@code header} at the top left of every page and {@code footer} at the bottom left.
     */
    static String pageCss(Lang lang, boolean landscape, String header, String footer) {
        String counter = lang == Lang.en ? "\"Page \" counter(page) \" of \" counter(pages)"
                : "\"Trang \" counter(page) \"/\" counter(pages)";
        return "@page{size:A4" + (landscape ? " landscape" : "") + ";margin:17mm 10mm 13mm"
                + ";@top-left{content:" + cssString(header) + ";" + MARGIN_BOX + "}"
                + "@top-right{content:" + counter + ";" + MARGIN_BOX + "text-align:right;width:28mm}"
                + "@bottom-left{content:" + cssString(footer) + ";" + MARGIN_BOX + "}}";
    }

    /** A named page of its own for one product of a document that holds several: its running header. */
    static String namedPageCss(String name, String header) {
        return "@page " + name + "{@top-left{content:" + cssString(header) + ";" + MARGIN_BOX + "}}";
    }

    private static final String MARGIN_BOX = "font-family:'DejaVu Sans','Noto Sans',Arial,sans-serif;font-size:7.5pt;"
            + "color:#000;vertical-align:bottom;padding-bottom:2mm;";

    /**
     * The rules shared by every printout: a heading stays with what follows it, a group marked {@code keep} (a
     * criterion with its options) is not split across pages when it fits on one, table headers repeat.
     */
    static final String KEEP_CSS = "h1,h2,h3,.keepnext{break-after:avoid;page-break-after:avoid}"
            + ".keep,tbody.keep,tr{break-inside:avoid;page-break-inside:avoid}thead{display:table-header-group}"
            + ".signblock{break-inside:avoid;page-break-inside:avoid;margin-top:5mm}"
            + ".signblock .date{text-align:right;font-style:italic;margin-bottom:2mm}"
            + ".sign{display:flex;justify-content:space-between;gap:6mm}.sign>div{flex:1;text-align:center}"
            + ".sign .space{height:18mm}";

    /**
     * The signature and date block: a date line, then one column per role, each with "(Ký, ghi rõ họ tên)" and room
     * to sign.
     */
    static void signatures(Html h, Lang lang, String... roles) {
        h.raw("<div class=\"signblock\">")
                .el("div", "date", t(lang, "print.date20"))
                .raw("<div class=\"sign\">");
        for (String role : roles) {
            h.raw("<div><b>").text(role).raw("</b><br>").text(t(lang, "print.signatureFullName"))
                    .raw("<div class=\"space\"></div></div>");
        }
        h.raw("</div></div>\n");
    }

    /** The {@code <html>} start tag with the {@code lang} attribute of {@code lang}. */
    static String htmlStart(Lang lang) {
        return "<!DOCTYPE html>\n<html lang=\"" + lang.tag() + "\">";
    }

    /**
     * A CSS string literal of {@code s}: quotes, backslashes, angle brackets, ampersands and control characters are
     * written as CSS escapes, so the text can neither end the string nor the {@code <style>} element.
     */
    static String cssString(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c < 0x20 || c == 0x7f) {
                b.append('\\').append(Integer.toHexString(c)).append(' ');
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
