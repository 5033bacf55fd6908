package io.github.ocop.samples;

/**
 * A tiny HTML writer that escapes every text it is given (law text is never trusted as markup). Not thread-safe;
 * use one per document.
 */
final class Html {
    private final StringBuilder b = new StringBuilder();

    /** Appends markup verbatim (only for constant tags and attributes written in this code). */
    Html raw(String markup) {
        b.append(markup);
        return this;
    }

    /** Appends text, escaped. */
    Html text(String text) {
        b.append(escape(text));
        return this;
    }

    /** Appends {@code <tag class="cls">text</tag>} with the text escaped. */
    Html el(String tag, String cls, String text) {
        b.append('<').append(tag);
        if (cls != null) {
            b.append(" class=\"").append(escape(cls)).append('"');
        }
        b.append('>').append(escape(text)).append("</").append(tag).append('>');
        return this;
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder o = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> o.append("&amp;");
                case '<' -> o.append("&lt;");
                case '>' -> o.append("&gt;");
                case '"' -> o.append("&quot;");
                case '\'' -> o.append("&#39;");
                default -> o.append(c);
            }
        }
        return o.toString();
    }

    @Override
    public String toString() {
        return b.toString();
    }
}
