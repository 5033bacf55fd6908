package io.github.ocop.rules;

import io.github.ocop.core.internal.AnswerVocabulary;
import io.github.ocop.core.internal.ScoringAccess;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.scoring.Product;
import io.github.ocop.core.scoring.Subject;
import io.github.ocop.core.scoring.SubjectType;
import io.github.ocop.rules.internal.Json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The fast path of {@link AssessmentReader#parse}: one pass over the bytes, no tree, no Jackson, no Bean Validation.
 * It accepts only documents it can prove the strict reader would accept with the same result: the known fields each
 * at most once, strings without escapes or control characters (C0, DEL, C1), valid UTF-8, no {@code null}, no number, only
 * whitespace after the object, strings that cannot be blank (their first character is visible), answer codes listed
 * once, and far fewer answers, knock-outs and characters than the reader's bounds. On anything else it answers
 * {@code null} and the strict reader reads the document, so every refusal keeps its exact located message, and every
 * bound stays where it is. Stateless and thread-safe.
 */
final class AssessmentFastPath {
    /** Longer strings go to the strict reader (its bound is 1,000,000 characters). */
    private static final int MAX_STRING_BYTES = 10_000;
    private static final SubjectType[] SUBJECT_TYPES = SubjectType.values();
    private static final ScoringAccess SCORING = ScoringAccess.get();
    /** ASCII strings up to this length are taken from {@link #SHARED} when an equal one is there. */
    private static final int SHARED_MAX_LENGTH = 32;
    private static final String[] SHARED = new String[4096];
    /** Eight bytes of a document as one {@code long}, the first byte lowest. */
    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    // top-level keys, one bit each
    private static final int SCHEMA = 1;
    private static final int RULE_SET = 2;
    private static final int SHEET = 4;
    private static final int PRODUCT = 8;
    private static final int ASSESSOR = 16;
    private static final int ANSWERS = 32;
    private static final int KNOCK_OUTS = 64;
    private static final int NOTE = 128;
    private static final int REQUIRED = RULE_SET | SHEET | PRODUCT | ANSWERS;

    private final byte[] b;
    /** Whether to resolve the answers with the vocabulary of their sheet (see {@link #resolvedAnswers}). */
    private final boolean resolve;
    private int i;

    private AssessmentFastPath(byte[] b, boolean resolve) {
        this.b = b;
        this.resolve = resolve;
    }

    /**
     * {@return the assessment the strict reader would return, or null when this path cannot tell (then the strict
     * reader must read it)}
     *
     * @param bytes a document
     */
    static Assessment read(byte[] bytes) {
        return read(bytes, true);
    }

    /**
     * {@return as {@link #read}, the answers never resolved by a sheet's vocabulary (to measure what that saves)}
     *
     * @param bytes a document
     */
    static Assessment readWithoutVocabulary(byte[] bytes) {
        return read(bytes, false);
    }

    private static Assessment read(byte[] bytes, boolean resolve) {
        if (bytes.length == 0 || bytes.length > Json.MAX_DOCUMENT_BYTES) {
            return null;
        }
        try {
            try {
                return new AssessmentFastPath(bytes, resolve).root();
            } catch (Unresolved e) {
                return new AssessmentFastPath(bytes, false).root();
            }
        } catch (Bail | ArrayIndexOutOfBoundsException e) {
            return null;
        }
    }

    /** Not an error: an answer the sheet's vocabulary does not know; the document is read again without it. */
    private static final class Unresolved extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Unresolved INSTANCE = new Unresolved();

        private Unresolved() {
            super(null, null, false, false);
        }
    }

    /** Not an error: the document is left to the strict reader. No stack trace, shared. */
    private static final class Bail extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Bail INSTANCE = new Bail();

        private Bail() {
            super(null, null, false, false);
        }
    }

    private static Bail bail() {
        return Bail.INSTANCE;
    }

    private Assessment root() {
        expect('{');
        int seen = 0;
        String ruleSet = null;
        String sheet = null;
        Product product = null;
        String assessor = "";
        Map<String, String> answers = null;
        List<String> knockOuts = List.of();
        if (peek() != '}') {
            do {
                int key = topKey();
                if ((seen & key) != 0) {
                    throw bail();
                }
                seen |= key;
                expect(':');
                switch (key) {
                    case RULE_SET -> ruleSet = visible(string());
                    case SHEET -> sheet = visible(string());
                    case PRODUCT -> product = product();
                    case ASSESSOR -> assessor = string();
                    case ANSWERS -> {
                        AnswerVocabulary v = resolve && ruleSet != null && sheet != null
                                ? AnswerVocabulary.recent(ruleSet, sheet) : null;
                        if (v != null) {
                            answers = resolvedAnswers(v);
                            ruleSet = v.ruleSetId(); // equal strings: the engine's own compare by identity
                            sheet = v.sheetId();
                        } else {
                            answers = answers();
                        }
                    }
                    case KNOCK_OUTS -> knockOuts = knockOuts();
                    default -> skipString(); // $schema, note: any string
                }
            } while (comma('}'));
        } else {
            i++;
        }
        if ((seen & REQUIRED) != REQUIRED) {
            throw bail();
        }
        while (i < b.length) {
            if (!whitespace(b[i++])) {
                throw bail();
            }
        }
        return new Assessment(ruleSet, sheet, product, assessor, answers, knockOuts);
    }

    private int topKey() {
        int start = keyStart();
        int len = i - start - 1;
        int k = switch (len) {
            case 4 -> is(start, "note") ? NOTE : 0;
            case 5 -> is(start, "sheet") ? SHEET : 0;
            case 7 -> is(start, "ruleSet") ? RULE_SET : is(start, "$schema") ? SCHEMA : is(start, "product") ? PRODUCT
                    : is(start, "answers") ? ANSWERS : 0;
            case 8 -> is(start, "assessor") ? ASSESSOR : 0;
            case 9 -> is(start, "knockOuts") ? KNOCK_OUTS : 0;
            default -> 0;
        };
        if (k == 0) {
            throw bail();
        }
        return k;
    }

    private Product product() {
        expect('{');
        int seen = 0;
        String name = null;
        Subject subject = null;
        String subgroup = null;
        if (peek() == '}') {
            throw bail();
        }
        do {
            int start = keyStart();
            int len = i - start - 1;
            int key = len == 4 && is(start, "name") ? 1 : len == 7 && is(start, "subject") ? 2
                    : len == 8 && is(start, "subgroup") ? 4 : 0;
            if (key == 0 || (seen & key) != 0) {
                throw bail();
            }
            seen |= key;
            expect(':');
            switch (key) {
                case 1 -> name = visible(string());
                case 2 -> subject = subject();
                default -> subgroup = noWhitespace(string());
            }
        } while (comma('}'));
        if (name == null) {
            throw bail();
        }
        return new Product(name, subject, subgroup);
    }

    private Subject subject() {
        expect('{');
        String name = null;
        SubjectType type = null;
        if (peek() == '}') {
            throw bail();
        }
        do {
            int start = keyStart();
            int len = i - start - 1;
            expect(':');
            if (len == 4 && is(start, "name") && name == null) {
                name = visible(string());
            } else if (len == 4 && is(start, "type") && type == null) {
                type = subjectType(string());
            } else {
                throw bail();
            }
        } while (comma('}'));
        if (name == null || type == null) {
            throw bail();
        }
        return new Subject(name, type);
    }

    private static SubjectType subjectType(String s) {
        for (SubjectType t : SUBJECT_TYPES) {
            if (t.name().equals(s)) {
                return t;
            }
        }
        throw bail();
    }

    private Map<String, String> answers() {
        expect('{');
        String[] codes = new String[40];
        String[] keys = new String[40];
        int n = 0;
        // codes listed once: an open-addressing table of (hash, 1 + index) pairs, grown with the answers; the hash is
        // compared before any string is touched
        int[] table = new int[2 * 64];
        if (peek() != '}') {
            do {
                if (n == AssessmentReader.MAX_ANSWERS) {
                    throw bail();
                }
                String code = visible(string());
                expect(':');
                String key = visible(string());
                if (n == codes.length) {
                    codes = Arrays.copyOf(codes, n * 2);
                    keys = Arrays.copyOf(keys, n * 2);
                }
                if (n * 8 >= table.length * 3) { // at most three quarters of the slots full
                    table = rehash(codes, n, table.length * 2);
                }
                insertOnce(table, codes, code, n);
                codes[n] = code;
                keys[n] = key;
                n++;
            } while (comma('}'));
        } else {
            i++;
        }
        // distinct non-null codes and keys, never changed after this: the assessment keeps the arrays as they are
        return SCORING.answers(codes, keys, n);
    }

    /**
     * Reads the answers straight into the sheet's indexes when the rule set and sheet came before them and a scoring
     * engine has compiled that sheet ({@link AnswerVocabulary#recent}): each code and key is matched as bytes and
     * given back as the sheet's own {@code String} (none made, none hashed twice), a code listed twice is seen as its
     * criterion already answered, and the engine scoring on that sheet skips its own lookups. An answer the
     * vocabulary does not know (an unknown code or option, an escape, a non-ASCII character) ends this reading: the
     * document is read again by {@link #answers()}, and the engine reports the answer as it always does.
     */
    private Map<String, String> resolvedAnswers(AnswerVocabulary v) {
        expect('{');
        int criteria = v.size();
        int[] order = new int[criteria];
        int[] given = new int[criteria];
        int n = 0;
        byte[] b = this.b;
        int words = b.length - Long.BYTES; // the last position a word of 8 bytes can be read from
        int at = i; // the position in a local for the whole object (see peek)
        byte c;
        while ((c = b[at]) <= ' ' && whitespace(c)) {
            at++;
        }
        if (c == '}') {
            i = at + 1;
            return SCORING.answers(order, 0, v, given);
        }
        // The separators of the first answer, as read and checked byte by byte: from a code's closing quote (not
        // included) to its key's opening quote (included), e.g. ' : "', and from a key's closing quote to the next
        // code's opening quote, e.g. ',\n    "'. A document written by one tool repeats them: the same bytes again
        // are one word compared, already known to be white space, a colon or comma and a quote.
        long colon = 0;
        long colonMask = 0;
        int colonLength = 0;
        long comma = 0;
        long commaMask = 0;
        int commaLength = 0;
        while (true) {
            if (c != '"') {
                throw bail();
            }
            int start = ++at;
            int criterion = -1;
            if (at <= words) { // the code as one word: its bytes up to the first quote of the next eight
                long w = (long) WORDS.get(b, at);
                long x = w ^ 0x2222222222222222L; // a zero byte where a quote is
                long quotes = (x - 0x0101010101010101L) & ~x & 0x8080808080808080L; // the lowest bit is exact
                if (quotes != 0) {
                    int len = Long.numberOfTrailingZeros(quotes) >>> 3;
                    criterion = v.indexOfWord(w & mask(len) | (long) len << 56);
                    if (criterion >= 0) {
                        at += len; // a known code: its bytes are printable ASCII other than the space
                    }
                }
            }
            if (criterion < 0) {
                int h = 0; // String.hashCode of the code (ASCII)
                while ((c = b[at]) != '"') {
                    if (c <= ' ' || c == '\\' || c == 0x7F) { // also non-ASCII (negative)
                        throw Unresolved.INSTANCE;
                    }
                    h = 31 * h + c;
                    at++;
                }
                criterion = v.indexOf(b, start, at - start, h);
                if (criterion < 0 || at == start) {
                    throw Unresolved.INSTANCE;
                }
            }
            if (given[criterion] != 0) {
                throw bail(); // a duplicate key: the strict reader says where
            }
            if (colonLength != 0 && at < words && ((long) WORDS.get(b, at + 1) & colonMask) == colon) {
                at += colonLength;
            } else {
                int closing = at;
                while ((c = b[++at]) <= ' ' && whitespace(c)) {
                    // white space before the colon
                }
                if (c != ':') {
                    throw bail();
                }
                while ((c = b[++at]) <= ' ' && whitespace(c)) {
                    // and after it
                }
                if (c != '"') {
                    throw bail();
                }
                if (colonLength == 0 && at - closing <= Long.BYTES && closing < words) {
                    colonLength = at - closing;
                    colonMask = mask(colonLength);
                    colon = (long) WORDS.get(b, closing + 1) & colonMask;
                }
            }
            start = ++at;
            while ((c = b[at]) != '"') {
                if (c <= ' ' || c == '\\' || c == 0x7F) {
                    throw Unresolved.INSTANCE;
                }
                at++;
            }
            int k = v.option(criterion, b, start, at - start);
            if (k == AnswerVocabulary.UNKNOWN || at == start) { // unknown, or an empty key (the strict reader)
                throw Unresolved.INSTANCE;
            }
            given[criterion] = k >= 0 ? k + 1 : AnswerVocabulary.NONE;
            // the code and key are the vocabulary's own strings, visible: each byte of both was printable ASCII other
            // than the space, and neither is empty
            order[n++] = criterion;
            if (commaLength != 0 && at < words && ((long) WORDS.get(b, at + 1) & commaMask) == comma) {
                at += commaLength;
                c = '"';
                continue;
            }
            int closing = at;
            while ((c = b[++at]) <= ' ' && whitespace(c)) {
                // white space after the value
            }
            if (c == '}') {
                i = at + 1;
                return SCORING.answers(order, n, v, given);
            }
            if (c != ',') {
                throw bail();
            }
            if ((c = b[++at]) == '\n') { // an indented document: a new line, then spaces (one comparison each)
                while ((c = b[++at]) == ' ') {
                    // indentation
                }
            }
            while (c <= ' ' && whitespace(c)) { // any other white space
                c = b[++at];
            }
            if (c == '"' && commaLength == 0 && at - closing <= Long.BYTES && closing < words) {
                commaLength = at - closing;
                commaMask = mask(commaLength);
                comma = (long) WORDS.get(b, closing + 1) & commaMask;
            }
        }
    }

    /** {@return the low {@code bytes} bytes of a word set (0 to 8)} */
    private static long mask(int bytes) {
        return bytes == Long.BYTES ? -1L : (1L << (bytes << 3)) - 1;
    }

    private static int[] rehash(String[] codes, int n, int length) {
        int[] table = new int[length];
        for (int e = 0; e < n; e++) {
            insertOnce(table, codes, codes[e], e);
        }
        return table;
    }

    private static void insertOnce(int[] table, String[] codes, String code, int index) {
        int mask = (table.length >> 1) - 1;
        int h = code.hashCode();
        // Fibonacci hashing: codes such as "1.2" and "2.1" differ by 31 * 31 - 30 in String.hashCode, so its low bits
        // put whole sheets of codes into a few neighbouring slots; the high bits of the product spread them
        int slot = (h * 0x9E3779B9 >>> 16) & mask;
        int at;
        while (table[(at = slot << 1) + 1] != 0) {
            if (table[at] == h && codes[table[at + 1] - 1].equals(code)) {
                throw bail(); // a duplicate key: the strict reader says where
            }
            slot = (slot + 1) & mask;
        }
        table[at] = h;
        table[at + 1] = index + 1;
    }

    private List<String> knockOuts() {
        expect('[');
        if (peek() == ']') {
            i++;
            return List.of();
        }
        List<String> out = new ArrayList<>(4);
        do {
            if (out.size() == AssessmentReader.MAX_KNOCK_OUTS) {
                throw bail();
            }
            out.add(visible(string()));
        } while (comma(']'));
        return out;
    }

    // ---- lexing ----------------------------------------------------------------------------------------------

    private static boolean whitespace(byte c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    private byte peek() {
        // the position in a local: a field written on every byte would be a store per byte (eight bytes at a time
        // with a VarHandle was measured slower on JDK 17)
        byte[] b = this.b;
        int at = i;
        byte c;
        while ((c = b[at]) <= ' ' && whitespace(c)) { // one comparison for the usual non-blank byte
            at++;
        }
        i = at;
        return c;
    }

    private void expect(char c) {
        if (peek() != c) {
            throw bail();
        }
        i++;
    }

    /** {@return true after a comma, false after the closing character} */
    private boolean comma(char close) {
        byte c = peek();
        i++;
        if (c == ',') {
            return true;
        }
        if (c == close) {
            return false;
        }
        throw bail();
    }

    /** Reads a key's opening quote and characters; leaves {@code i} after its closing quote. @return its start */
    private int keyStart() {
        expect('"');
        byte[] b = this.b;
        int start = i;
        int at = start;
        byte c;
        while ((c = b[at]) != '"') {
            if (c < 0x20 || c == '\\') { // non-ASCII (negative), control characters and escapes
                throw bail();
            }
            at++;
        }
        i = at + 1;
        return start;
    }

    private boolean is(int start, String ascii) {
        for (int k = 0; k < ascii.length(); k++) {
            if (b[start + k] != ascii.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Checks the string value at {@code i} as {@link #string()} does, without making a {@code String} of it. */
    private void skipString() {
        expect('"');
        byte[] b = this.b;
        int start = i;
        int at = start;
        while (true) {
            byte c = b[at];
            if (c == '"') {
                break;
            }
            if (c >= 0x20 && c != '\\' && c != 0x7F) {
                at++;
            } else if (c < 0) {
                at = utf8(at);
            } else {
                throw bail(); // a control character or an escape
            }
        }
        if (at - start > MAX_STRING_BYTES) {
            throw bail();
        }
        i = at + 1;
    }

    /** {@return the string value at {@code i}, which must be one} */
    private String string() {
        expect('"');
        byte[] b = this.b;
        int start = i;
        int at = start;
        boolean ascii = true;
        int h = 0; // String.hashCode of the ASCII characters read so far
        while (true) {
            byte c = b[at];
            if (c == '"') {
                break;
            }
            if (c >= 0x20 && c != '\\' && c != 0x7F) {
                h = 31 * h + c;
                at++;
            } else if (c < 0) {
                ascii = false;
                at = utf8(at);
            } else {
                throw bail(); // a control character or an escape
            }
        }
        int len = at - start;
        i = at + 1;
        if (len > MAX_STRING_BYTES) {
            throw bail();
        }
        if (ascii && len <= SHARED_MAX_LENGTH) {
            return shared(b, start, len, h);
        }
        return new String(b, start, len, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }

    /**
     * The short ASCII strings of an assessment (criterion codes, option keys, rule set and sheet ids) repeat from one
     * document to the next: they are taken from a small table of strings already made, indexed by their hash, instead
     * of a new {@code String} each. Racy by design and still thread-safe: a slot holds an immutable {@code String}
     * (its final fields are seen initialised by any thread that sees it), a reader compares it character by character
     * before using it, and a lost write only costs a later allocation.
     */
    private static String shared(byte[] b, int start, int len, int h) {
        int slot = (h ^ (h >>> 15) ^ len * 0x9E3779B9) & (SHARED.length - 1);
        String s = SHARED[slot];
        if (s != null && s.length() == len && s.hashCode() == h && sameAscii(s, b, start, len)) {
            return s;
        }
        s = new String(b, start, len, StandardCharsets.ISO_8859_1);
        SHARED[slot] = s;
        return s;
    }

    private static boolean sameAscii(String s, byte[] b, int start, int len) {
        for (int k = 0; k < len; k++) {
            if (s.charAt(k) != b[start + k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Checks one UTF-8 sequence as strictly as the JDK's decoder (no overlong forms, no surrogates, nothing above
     * U+10FFFF). @return the index after it
     */
    private int utf8(int at) {
        int c = b[at] & 0xFF;
        int c1 = b[at + 1] & 0xFF;
        if (c >= 0xC2 && c <= 0xDF) {
            // U+0080-U+009F (C2 80 - C2 9F) are C1 control characters: the strict reader refuses them
            return cont(c1) && !(c == 0xC2 && c1 < 0xA0) ? at + 2 : fail();
        }
        int c2 = b[at + 2] & 0xFF;
        if (c >= 0xE0 && c <= 0xEF) {
            boolean second = c == 0xE0 ? c1 >= 0xA0 && c1 <= 0xBF : c == 0xED ? c1 >= 0x80 && c1 <= 0x9F : cont(c1);
            return second && cont(c2) ? at + 3 : fail();
        }
        if (c >= 0xF0 && c <= 0xF4) {
            int c3 = b[at + 3] & 0xFF;
            boolean second = c == 0xF0 ? c1 >= 0x90 && c1 <= 0xBF : c == 0xF4 ? c1 >= 0x80 && c1 <= 0x8F : cont(c1);
            return second && cont(c2) && cont(c3) ? at + 4 : fail();
        }
        return fail();
    }

    private static boolean cont(int c) {
        return (c & 0xC0) == 0x80;
    }

    private static int fail() {
        throw bail();
    }

    /** {@return s, when its first character shows (so no notion of blank, the reader's or Bean Validation's, holds)} */
    private static String visible(String s) {
        if (s.isEmpty()) {
            throw bail();
        }
        char first = s.charAt(0);
        if (first > ' ' && first < 0x7F) { // printable ASCII other than the space: visible, no table lookups
            return s;
        }
        if (AssessmentReader.invisible(s.codePointAt(0))) {
            throw bail();
        }
        return s;
    }

    /** {@return s, when it matches the subgroup's {@code \S+}} */
    private static String noWhitespace(String s) {
        if (s.isEmpty()) {
            throw bail();
        }
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                throw bail();
            }
        }
        return s;
    }
}
