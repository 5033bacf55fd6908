package io.github.ocop.rules.internal;

import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.problem.Problem;

import io.github.ocop.core.text.Message;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Tells a file saved in another encoding than UTF-8 by its bytes (UTF-16, Windows-1258, TCVN3) and says how to save
 * it as UTF-8. Stateless.
 */
final class Encodings {
    private Encodings() {
    }

    /**
     * Checks the bytes are UTF-8 without holding a decoded copy of the document.
     *
     * @throws OcopInputException naming the encoding the file looks saved in, the first wrongly encoded place and
     *                            how to save it as UTF-8
     */
    static void requireUtf8(byte[] bytes, String source, Locale locale) {
        String utf16 = utf16(bytes);
        if (utf16 != null) {
            throw fail(source, ReadMessages.UTF16.message(utf16, ReadMessages.HOW_TO_SAVE_UTF8.message()));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                int at = in.position();
                int line = Syntax.line(bytes, at);
                int column = Syntax.column(bytes, at);
                ReadMessages m = tcvn3(bytes) ? ReadMessages.TCVN3 : looksWindows1258(bytes) ? ReadMessages.WINDOWS_1258
                        : ReadMessages.NOT_UTF8;
                throw fail(source, m.message(line, column, ReadMessages.HOW_TO_SAVE_UTF8.message()));
            }
            out.clear();
            if (r.isUnderflow()) {
                return;
            }
        }
    }

    private static OcopInputException fail(String source, Message message) {
        return new OcopInputException(source, List.of(new Problem("$", message)));
    }

    /** {@return "UTF-16 LE" or "UTF-16 BE" when the bytes look like UTF-16 (a byte order mark, or ASCII with zeros)} */
    static String utf16(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return "UTF-16 LE";
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return "UTF-16 BE";
        }
        int n = Math.min(b.length, 256) & ~1;
        int evenZeros = 0;
        int oddZeros = 0;
        for (int k = 0; k < n; k += 2) {
            evenZeros += b[k] == 0 ? 1 : 0;
            oddZeros += b[k + 1] == 0 ? 1 : 0;
        }
        if (n >= 2 && oddZeros * 4 >= n && evenZeros * 8 < n) {
            return "UTF-16 LE";
        }
        if (n >= 2 && evenZeros * 4 >= n && oddZeros * 8 < n) {
            return "UTF-16 BE";
        }
        return null;
    }

    /**
     * TCVN3 (ABC) puts its Vietnamese letters (ă â ê ô ơ ư đ and their tones) at bytes 0xA1-0xFE, many of them in
     * 0xA1-0xBF; Windows-1258 has punctuation there (¡ ¢ £ ... ¿), rare in a Vietnamese text, and its letters and
     * combining tone marks at 0xC0-0xFF.
     *
     * @return whether the non-ASCII bytes look like TCVN3 rather than Windows-1258
     */
    static boolean tcvn3(byte[] b) {
        int high = 0;
        int low = 0;
        for (byte x : b) {
            int c = x & 0xFF;
            if (c >= 0x80) {
                high++;
                if (c >= 0xA1 && c <= 0xBF) {
                    low++;
                }
            }
        }
        return high > 0 && low * 4 >= high;
    }

    /** {@return whether the non-ASCII bytes could be Windows-1258 text (no byte it leaves undefined)} */
    static boolean looksWindows1258(byte[] b) {
        for (byte x : b) {
            int c = x & 0xFF;
            if (c == 0x81 || c == 0x8A || c == 0x8D || c == 0x8E || c == 0x8F || c == 0x90 || c == 0x9A || c == 0x9D
                    || c == 0x9E) {
                return false;
            }
        }
        return true;
    }
}
