package io.github.ocop.rules.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;

import io.github.ocop.core.text.Message;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Explains a JSON syntax error in plain words: what is wrong and how to fix it, the line and the column (in
 * characters, as an editor counts them), and that line of the file with a caret under the column. Stateless.
 */
final class Syntax {
    /** The widest part of a line shown. */
    private static final int SHOWN = 100;
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");

    private Syntax() {
    }

    /**
     * {@return the message: the problem in words, then the line with a caret}
     *
     * @param e      the parser's error
     * @param bytes  the document (UTF-8)
     * @param locale the language of the message
     */
    static Message describe(JsonProcessingException e, byte[] bytes, Locale locale) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            if (m.contains("String value length")) {
                Matcher n = Pattern.compile("\\((\\d+)\\)").matcher(m);
                return ReadMessages.STRING_TOO_LONG.message(n.find() ? n.group(1) : "?", 1_000_000);
            }
            if (m.contains("Number value length")) {
                return ReadMessages.NUMBER_TOO_LONG.message(32);
            }
            if (m.contains("nesting depth")) {
                return ReadMessages.TOO_DEEP.message(Json.MAX_DEPTH);
            }
        }
        JsonLocation l = e.getLocation();
        int at = l == null || l.getByteOffset() < 0 ? -1 : (int) Math.min(l.getByteOffset(), bytes.length);
        if (at < 0) {
            return ReadMessages.MALFORMED.message();
        }
        Message reason;
        if (e instanceof JsonEOFException || at >= bytes.length) {
            reason = ReadMessages.UNEXPECTED_END.message();
            at = lastVisible(bytes, bytes.length);
        } else if (DUPLICATE.matcher(m).find()) {
            Matcher d = DUPLICATE.matcher(m);
            d.find();
            reason = ReadMessages.DUPLICATE_KEY.message(d.group(1));
            int quote = lastIndexOf(bytes, (byte) '"', at - 1);
            at = quote < 0 ? at : Math.max(0, lastIndexOf(bytes, (byte) '"', quote - 1));
        } else if (m.startsWith("Illegal unquoted character")) {
            reason = ReadMessages.CONTROL_IN_STRING.message();
        } else if (m.startsWith("Unrecognized character escape")) {
            reason = ReadMessages.BAD_ESCAPE.message();
        } else if (m.contains("numeric value") || m.contains("Non-standard token") || m.contains("Leading zeroes")) {
            reason = ReadMessages.BAD_NUMBER.message();
        } else if (m.startsWith("Trailing token")) {
            reason = ReadMessages.TRAILING_CONTENT.message();
        } else if (m.startsWith("Unrecognized token")) {
            reason = ReadMessages.UNQUOTED_TEXT.message();
            while (at > 0 && word(bytes[at - 1])) {
                at--;
            }
        } else {
            int c = bytes[at] & 0xFF;
            int before = lastVisible(bytes, at);
            if ((c == '}' || c == ']') && before >= 0 && bytes[before] == ',') {
                reason = ReadMessages.TRAILING_COMMA.message();
                at = before;
            } else if (c == '\'') {
                reason = ReadMessages.SINGLE_QUOTES.message();
            } else if (m.contains("expecting comma")) {
                reason = ReadMessages.MISSING_COMMA.message();
            } else if (m.contains("expecting a colon")) {
                reason = ReadMessages.MISSING_COLON.message();
            } else if (m.contains("double-quote to start field name") && word(bytes[at])) {
                reason = ReadMessages.UNQUOTED_KEY.message();
            } else if (c >= 0x20 && c < 0x7F) {
                reason = ReadMessages.UNEXPECTED_CHARACTER.message("'" + (char) c + "'");
            } else {
                reason = ReadMessages.MALFORMED.message();
            }
        }
        return ReadMessages.SYNTAX.message(line(bytes, at), column(bytes, at), reason, caret(bytes, at));
    }

    private static boolean word(byte b) {
        return Character.isLetterOrDigit(b) || b == '_' || b < 0;
    }

    /** {@return the index of the last byte before {@code end} that is not white space, or -1} */
    private static int lastVisible(byte[] b, int end) {
        int k = end - 1;
        while (k >= 0 && (b[k] == ' ' || b[k] == '\t' || b[k] == '\n' || b[k] == '\r')) {
            k--;
        }
        return k;
    }

    private static int lastIndexOf(byte[] b, byte x, int from) {
        for (int k = Math.min(from, b.length - 1); k >= 0; k--) {
            if (b[k] == x) {
                return k;
            }
        }
        return -1;
    }

    /** {@return the 1-based line of a byte offset} */
    static int line(byte[] b, int at) {
        int line = 1;
        for (int k = 0; k < Math.min(at, b.length); k++) {
            if (b[k] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int lineStart(byte[] b, int at) {
        int k = Math.min(at, b.length);
        while (k > 0 && b[k - 1] != '\n') {
            k--;
        }
        return k;
    }

    /** {@return the 1-based column of a byte offset, in characters (UTF-8 sequences count once)} */
    static int column(byte[] b, int at) {
        int column = 1;
        for (int k = lineStart(b, at); k < Math.min(at, b.length); k++) {
            if ((b[k] & 0xC0) != 0x80) {
                column++;
            }
        }
        return column;
    }

    /** {@return the line of {@code at}, indented, and under it a caret at its column (a long line is cut around it)} */
    static String caret(byte[] b, int at) {
        int start = lineStart(b, at);
        int end = start;
        while (end < b.length && b[end] != '\n') {
            end++;
        }
        String text = new String(b, start, end - start, StandardCharsets.UTF_8).replace("\r", "");
        int col = column(b, at) - 1;
        int from = 0;
        String lead = "    ";
        if (col > SHOWN - 20) {
            from = col - (SHOWN - 20);
            lead = "    ...";
        }
        int to = Math.min(text.length(), from + SHOWN);
        String shown = text.substring(Math.min(from, text.length()), to) + (to < text.length() ? "..." : "");
        StringBuilder under = new StringBuilder(" ".repeat(lead.length()));
        for (int k = from; k < Math.min(col, text.length()); k++) {
            under.append(text.charAt(k) == '\t' ? '\t' : ' ');
        }
        for (int k = text.length(); k < col; k++) {
            under.append(' ');
        }
        return lead + shown + "\n" + under + "^";
    }
}
