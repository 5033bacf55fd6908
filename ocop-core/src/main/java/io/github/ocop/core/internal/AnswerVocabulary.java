package io.github.ocop.core.internal;

import io.github.ocop.core.scoring.Assessment;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * The answers one compiled sheet understands, not API: its criterion codes and each criterion's option keys, found
 * from a {@code String} or straight from the bytes of a document (no {@code String} made), each code and key given
 * back as the sheet's own {@code String}. The scoring engine looks up answers through it; the one-pass assessment
 * reader of {@code io.github.ocop.rules} resolves a document's answers with it while reading, and the engine then
 * skips its own lookups when the answers were resolved by the vocabulary of the sheet it scores on (identity, see
 * {@link #recent}). Immutable and thread-safe.
 */
public final class AnswerVocabulary {
    /** {@link #option} of the answer "none" where the criterion accepts it. */
    public static final int NONE = -1;
    /** {@link #option} of an answer the criterion does not have (or "none" where it is not accepted). */
    public static final int UNKNOWN = -2;
    private static final byte[] NONE_BYTES = Assessment.NONE.getBytes(StandardCharsets.US_ASCII);
    private static final int LETTERS = 32;
    /** Codes of at most this many bytes are found from one {@code long} of a document ({@link #indexOfWord}). */
    private static final int WORD_BYTES = 7;
    /** The vocabularies compiled last, by (rule set id, sheet id) hash: racy, bounded, only a speed-up. */
    private static final AnswerVocabulary[] RECENT = new AnswerVocabulary[256];

    private final String ruleSetId;
    private final String sheetId;
    private final String[] codes;
    private final byte[][] codeBytes;
    private final String[][] keys;
    private final byte[][][] keyBytes;
    private final boolean[] acceptsNone;
    /** Per criterion i and letter x ('a' + x, x &lt; 32): 1 + the index of the option keyed by that one letter, or 0. */
    private final byte[] letterOptions;
    /** Open addressing: slot to 1 + criterion index (0 = free); size a power of two. */
    private final int[] table;
    private final int hashMultiplier;
    private final int hashShift;
    /**
     * Per criterion, its code as {@link #indexOfWord} takes it: bytes in little-endian order, length in the top byte;
     * -1 (never a word) when the code is not 1 to {@link #WORD_BYTES} bytes of printable ASCII other than the space, the
     * quote and the backslash.
     */
    private final long[] words;
    /** Open addressing by {@link #wordSlot}: slot to 1 + criterion index (0 = free); size a power of two. */
    private final int[] wordTable;
    private final long wordMultiplier;
    private final int wordShift;

    /**
     * Compiles the vocabulary of one sheet.
     *
     * @param ruleSetId   the rule set's id
     * @param sheetId     the sheet's id
     * @param codes       the criterion codes in printed order, distinct
     * @param keys        per criterion, its option keys in printed order
     * @param acceptsNone per criterion, whether "none" is an answer
     */
    public AnswerVocabulary(String ruleSetId, String sheetId, String[] codes, String[][] keys, boolean[] acceptsNone) {
        this.ruleSetId = Objects.requireNonNull(ruleSetId, "ruleSetId");
        this.sheetId = Objects.requireNonNull(sheetId, "sheetId");
        this.codes = codes.clone();
        this.keys = new String[keys.length][];
        this.keyBytes = new byte[keys.length][][];
        this.codeBytes = new byte[codes.length][];
        for (int i = 0; i < codes.length; i++) {
            codeBytes[i] = codes[i].getBytes(StandardCharsets.UTF_8);
            this.keys[i] = keys[i].clone();
            keyBytes[i] = new byte[keys[i].length][];
            for (int k = 0; k < keys[i].length; k++) {
                keyBytes[i][k] = keys[i][k].getBytes(StandardCharsets.UTF_8);
            }
        }
        this.acceptsNone = acceptsNone.clone();
        this.letterOptions = new byte[codes.length * LETTERS];
        for (int i = 0; i < codes.length; i++) {
            for (int k = 0; k < keys[i].length && k < Byte.MAX_VALUE; k++) {
                int x = keyBytes[i][k].length == 1 ? keyBytes[i][k][0] - 'a' : -1;
                if (x >= 0 && x < LETTERS && letterOptions[i * LETTERS + x] == 0) {
                    letterOptions[i * LETTERS + x] = (byte) (k + 1);
                }
            }
        }
        // a multiplicative hash whose multiplier is searched so that no two codes of the sheet share a slot (codes
        // such as "1.1", "1.2", "2.1" have near-consecutive String hashes, which plain masking clusters)
        int bits = Math.max(2, 32 - Integer.numberOfLeadingZeros(Math.max(1, codes.length) * 4 - 1));
        int multiplier = 0x9E3779B9;
        for (int attempt = 0; attempt < 10_000 && collides(codes, multiplier, bits); attempt++) {
            multiplier = multiplier * 0x2C1B3C6D + 0x297A2D39 | 1;
        }
        this.hashMultiplier = multiplier;
        this.hashShift = 32 - bits;
        this.table = new int[1 << bits];
        for (int i = 0; i < codes.length; i++) {
            int h = slot(codes[i].hashCode());
            while (table[h] != 0) {
                h = (h + 1) & (table.length - 1);
            }
            table[h] = i + 1;
        }
        this.words = new long[codes.length];
        for (int i = 0; i < codes.length; i++) {
            words[i] = word(codeBytes[i]);
        }
        long wm = 0x9E3779B97F4A7C15L;
        for (int attempt = 0; attempt < 10_000 && collides(words, wm, bits); attempt++) {
            wm = wm * 0x5851F42D4C957F2DL + 0x14057B7EF767814FL | 1;
        }
        this.wordMultiplier = wm;
        this.wordShift = 64 - bits;
        this.wordTable = new int[1 << bits];
        for (int i = 0; i < codes.length; i++) {
            if (words[i] != -1) {
                int h = wordSlot(words[i]);
                while (wordTable[h] != 0) {
                    h = (h + 1) & (wordTable.length - 1);
                }
                wordTable[h] = i + 1;
            }
        }
    }

    /** {@return a code's bytes as {@link #indexOfWord} takes them, or -1} */
    private static long word(byte[] code) {
        if (code.length == 0 || code.length > WORD_BYTES) {
            return -1;
        }
        long w = (long) code.length << 56;
        for (int k = 0; k < code.length; k++) {
            byte c = code[k];
            if (c <= ' ' || c == '"' || c == '\\' || c >= 0x7F) { // also non-ASCII (negative)
                return -1;
            }
            w |= (long) c << (k << 3);
        }
        return w;
    }

    private static boolean collides(long[] words, long multiplier, int bits) {
        boolean[] used = new boolean[1 << bits];
        for (long w : words) {
            if (w == -1) {
                continue;
            }
            int h = (int) ((w * multiplier) >>> (64 - bits));
            if (used[h]) {
                return true;
            }
            used[h] = true;
        }
        return false;
    }

    private int wordSlot(long word) {
        return (int) ((word * wordMultiplier) >>> wordShift);
    }

    private static boolean collides(String[] codes, int multiplier, int bits) {
        boolean[] used = new boolean[1 << bits];
        for (String c : codes) {
            int h = (c.hashCode() * multiplier) >>> (32 - bits);
            if (used[h]) {
                return true;
            }
            used[h] = true;
        }
        return false;
    }

    private int slot(int hash) {
        return (hash * hashMultiplier) >>> hashShift;
    }

    /**
     * {@return the vocabulary compiled last for that rule set and sheet, or null: a hint for the reader; a scoring
     * engine trusts answers resolved by a vocabulary only when it is the very one of the sheet it scores on}
     *
     * @param ruleSetId a rule set id
     * @param sheetId   a sheet id
     */
    public static AnswerVocabulary recent(String ruleSetId, String sheetId) {
        AnswerVocabulary v = RECENT[recentSlot(ruleSetId, sheetId)];
        return v != null && v.sheetId.equals(sheetId) && v.ruleSetId.equals(ruleSetId) ? v : null;
    }

    /**
     * {@return this vocabulary, or an equal one already remembered for the same rule set and sheet (so that engines
     * of one rule set share one), remembered for {@link #recent}}
     */
    public AnswerVocabulary remember() {
        int slot = recentSlot(ruleSetId, sheetId);
        AnswerVocabulary v = RECENT[slot];
        if (v != null && v.sameAs(this)) {
            return v;
        }
        RECENT[slot] = this; // a racy write: a slot holds a fully built vocabulary (final fields) or a lost one
        return this;
    }

    private boolean sameAs(AnswerVocabulary o) {
        return ruleSetId.equals(o.ruleSetId) && sheetId.equals(o.sheetId) && Arrays.equals(codes, o.codes)
                && Arrays.deepEquals(keys, o.keys) && Arrays.equals(acceptsNone, o.acceptsNone);
    }

    private static int recentSlot(String ruleSetId, String sheetId) {
        int h = (ruleSetId.hashCode() * 31 + sheetId.hashCode()) * 0x9E3779B9;
        return h >>> 24;
    }

    /** {@return the rule set's id, the engine's own {@code String}} */
    public String ruleSetId() {
        return ruleSetId;
    }

    /** {@return the sheet's id, the engine's own {@code String}} */
    public String sheetId() {
        return sheetId;
    }

    /** {@return how many criteria} */
    public int size() {
        return codes.length;
    }

    /**
     * {@return a criterion's index in printed order, or -1 when the sheet has no such criterion}
     *
     * @param code a criterion code
     */
    public int indexOf(String code) {
        int[] t = table;
        int h = slot(code.hashCode());
        int e;
        while ((e = t[h]) != 0) {
            String k = codes[e - 1];
            if (k == code || k.equals(code)) {
                return e - 1;
            }
            h = (h + 1) & (t.length - 1);
        }
        return -1;
    }

    /**
     * {@return the index of the criterion whose code is those bytes, or -1}
     *
     * @param b     a document
     * @param start where the code starts
     * @param len   its length in bytes
     * @param hash  its {@code String.hashCode()} (the bytes are ASCII)
     */
    public int indexOf(byte[] b, int start, int len, int hash) {
        int[] t = table;
        int h = slot(hash);
        int e;
        while ((e = t[h]) != 0) {
            if (same(codeBytes[e - 1], b, start, len)) {
                return e - 1;
            }
            h = (h + 1) & (t.length - 1);
        }
        return -1;
    }

    /**
     * {@return the index of the criterion whose code is that word, or -1} A word is up to {@link #WORD_BYTES} bytes read
     * from a document in little-endian order (the first byte lowest), their number in the top byte: only codes of
     * printable ASCII other than the space, the quote and the backslash are found this way (-1 for any other; then
     * {@link #indexOf(byte[], int, int, int)} tells).
     *
     * @param word the bytes and their number
     */
    public int indexOfWord(long word) {
        int[] t = wordTable;
        int h = wordSlot(word);
        int e;
        while ((e = t[h]) != 0) {
            if (words[e - 1] == word) {
                return e - 1;
            }
            h = (h + 1) & (t.length - 1);
        }
        return -1;
    }

    /** {@return the most slots a lookup of one of the sheet's codes visits: 1 when its hash is perfect} */
    public int longestProbe() {
        int longest = 0;
        for (String c : codes) {
            int h = slot(c.hashCode());
            int probes = 1;
            while (!c.equals(codes[table[h] - 1])) {
                h = (h + 1) & (table.length - 1);
                probes++;
            }
            longest = Math.max(longest, probes);
        }
        return longest;
    }

    /**
     * {@return the index of the option with that key, {@link #NONE} or {@link #UNKNOWN}; keys a, b, c... are found by
     * position first}
     *
     * @param i   a criterion index
     * @param key an answer
     */
    public int option(int i, String key) {
        String[] o = keys[i];
        if (key.length() == 1) {
            int k = key.charAt(0) - 'a';
            if (k >= 0 && k < o.length && o[k].equals(key)) {
                return k;
            }
        }
        for (int k = 0; k < o.length; k++) {
            if (o[k].equals(key)) {
                return k;
            }
        }
        return acceptsNone[i] && Assessment.NONE.equals(key) ? NONE : UNKNOWN;
    }

    /**
     * {@return as {@link #option(int, String)}, the key given as bytes}
     *
     * @param i     a criterion index
     * @param b     a document
     * @param start where the key starts
     * @param len   its length in bytes
     */
    public int option(int i, byte[] b, int start, int len) {
        byte[][] o = keyBytes[i];
        if (len == 1) {
            int x = b[start] - 'a';
            if (x >= 0 && x < LETTERS && letterOptions[i * LETTERS + x] != 0) {
                return letterOptions[i * LETTERS + x] - 1;
            }
        }
        for (int k = 0; k < o.length; k++) {
            if (same(o[k], b, start, len)) {
                return k;
            }
        }
        return acceptsNone[i] && same(NONE_BYTES, b, start, len) ? NONE : UNKNOWN;
    }

    /** {@return criterion i's code, the sheet's own {@code String}} @param i a criterion index */
    public String code(int i) {
        return codes[i];
    }

    /**
     * {@return the key of an option as the sheet's own {@code String}, or "none" for {@link #NONE}}
     *
     * @param i a criterion index
     * @param k an option index or {@link #NONE}
     */
    public String key(int i, int k) {
        return k == NONE ? Assessment.NONE : keys[i][k];
    }

    private static boolean same(byte[] expected, byte[] b, int start, int len) {
        if (expected.length != len) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (expected[k] != b[start + k]) {
                return false;
            }
        }
        return true;
    }
}
