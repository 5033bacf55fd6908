package io.github.ocop.rules;

import io.github.ocop.core.internal.ScoringAccess;
import io.github.ocop.core.model.KnockOut;
import io.github.ocop.core.model.PartCode;
import io.github.ocop.core.scoring.CriterionScore;
import io.github.ocop.core.scoring.DerivedKnockOut;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.core.scoring.UnmetMinimum;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a score card's compact JSON straight to UTF-8 bytes, the same bytes as the tree of
 * {@link OcopJson#scoreCardNode} written by Jackson (the tests compare them on every bundled example and on generated
 * cards). Everything that depends only on the rule set and sheet is encoded once per compiled sheet and attached to
 * it (the engine's own object, shared by every card it scores on that sheet): the head up to the product, each
 * section's key, the whole JSON of every score each criterion can earn (each option, "none", not applicable: the
 * engine indexes a card's criterion by that score's place, so a line is an array lookup) and of every unmet minimum.
 * A card is written in one pass, without a check per field, into a per-thread buffer at least as long as the sheet's
 * longest card, and copied out. Thread-safe: the encoded lines are immutable, and two threads that encode a sheet at
 * once each attach an equal copy.
 */
final class ScoreCardWriter {
    private static final ScoringAccess SCORING = ScoringAccess.get();
    private static final PartCode[] PARTS = PartCode.values();
    private static final byte[][] PART_KEYS = new byte[PARTS.length][];
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    static {
        for (PartCode p : PARTS) {
            PART_KEYS[p.ordinal()] = ascii((p.ordinal() == 0 ? ",\"parts\":{\"" : ",\"") + p.name() + "\":");
        }
    }

    private static final byte[] FORMAT = ascii("{\"format\":");
    private static final byte[] RULE_SET = ascii(",\"ruleSet\":");
    private static final byte[] RULE_SET_DIGEST = ascii(",\"ruleSetDigest\":");
    private static final byte[] NOT_OFFICIAL = ascii(",\"officialRuleSet\":false");
    private static final byte[] SHEET = ascii(",\"sheet\":");
    private static final byte[] PRODUCT = ascii(",\"product\":");
    private static final byte[] ASSESSOR = ascii(",\"assessor\":");
    private static final byte[] TOTAL = ascii(",\"total\":");
    private static final byte[] SECTIONS = ascii("},\"sections\":{");
    private static final byte[] BAND_STARS = ascii("},\"bandStars\":");
    private static final byte[] STARS = ascii(",\"stars\":");
    private static final byte[] RANKED = ascii(",\"ranked\":");
    private static final byte[] CRITERIA = ascii(",\"criteria\":[");
    private static final byte[] RANKED_TRUE_CRITERIA = ascii(",\"ranked\":true,\"criteria\":[");
    private static final byte[] STARS_NULL_RANKED_FALSE_CRITERIA = ascii(",\"stars\":null,\"ranked\":false,\"criteria\":[");
    private static final byte[] CODE = ascii("{\"code\":");
    private static final byte[] PART = ascii(",\"part\":");
    private static final byte[] OPTION = ascii(",\"option\":");
    private static final byte[] POINTS = ascii(",\"points\":");
    private static final byte[] MAX_POINTS = ascii(",\"maxPoints\":");
    private static final byte[] APPLICABLE = ascii(",\"applicable\":");
    private static final byte[] UNMET = ascii("],\"unmetMinimums\":[");
    private static final byte[] UNMET_CRITERION = ascii("{\"criterion\":");
    private static final byte[] REQUIRED_FOR = ascii(",\"requiredFor\":");
    private static final byte[] REQUIRED_OPTION = ascii(",\"requiredOption\":");
    private static final byte[] REQUIRED_POINTS = ascii(",\"requiredPoints\":");
    private static final byte[] BLOCKING = ascii(",\"blocking\":");
    private static final byte[] KNOCK_OUTS = ascii("],\"knockOuts\":[");
    private static final byte[] KO_ID = ascii("{\"id\":");
    private static final byte[] KO_EFFECT = ascii(",\"effect\":");
    private static final byte[] KO_TEXT = ascii(",\"text\":");
    private static final byte[] KO_DERIVED_CRITERION = ascii(",\"derivedFrom\":{\"criterion\":");
    private static final byte[] KO_DERIVED_OPTION = ascii(",\"option\":");
    private static final byte[] WARNINGS = ascii("],\"warnings\":[");
    private static final byte[] END = ascii("]}");
    /** The end of a card without knock-outs or warnings, after its unmet minima. */
    private static final byte[] NO_KNOCK_OUTS_NOR_WARNINGS = ascii("],\"knockOuts\":[],\"warnings\":[]}");
    private static final byte[] COMMA = ascii(",");
    private static final byte[] NULL = ascii("null");
    private static final byte[] TRUE = ascii("true");
    private static final byte[] FALSE = ascii("false");
    /** An encoded line that a lone surrogate keeps from being exact (the card then has only the Jackson form). */
    private static final byte[] LOSSY = new byte[0];

    /**
     * Each thread's output buffer, reused from card to card: a card is written there, then copied out (an array
     * copied into a new array of its length is not cleared first, one written field by field is).
     */
    private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[8192]);
    /** A buffer grown beyond this is not kept for the next card. */
    private static final int MAX_KEPT_BUFFER = 1 << 16;

    private byte[] buf;
    private int n;
    /** Set when a string holds a lone surrogate, which Jackson would copy into the {@code String} as is. */
    private boolean lossy;

    private ScoreCardWriter(byte[] buf) {
        this.buf = buf;
    }

    /**
     * {@return a score card's compact JSON as UTF-8, or null when a string of it holds a lone surrogate (then only the
     * {@code String} form is exact)}
     *
     * @param card a score card
     */
    static byte[] utf8(ScoreCard card) {
        return write(card, fragments(card));
    }

    /**
     * {@return as {@link #utf8(ScoreCard)}}
     *
     * @param card      a score card
     * @param fragments whether to use the per-sheet fragments (false only to measure what they save: every field of
     *                  the card is then encoded on every card)
     */
    static byte[] utf8(ScoreCard card, boolean fragments) {
        if (fragments) {
            return utf8(card);
        }
        ScoreCardWriter w = new ScoreCardWriter(new byte[4096]);
        w.fieldByField(card);
        return w.lossy ? null : Arrays.copyOf(w.buf, w.n);
    }

    /**
     * {@return a score card's compact JSON, or null when a string of it holds a lone surrogate}
     *
     * @param card a score card
     */
    static String string(ScoreCard card) {
        byte[] bytes = utf8(card);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    /** {@return the encoded lines of the card's compiled sheet, encoded now if it has none yet} */
    private static Fragments fragments(ScoreCard card) {
        if (SCORING.sheetAttachment(card) instanceof Fragments f) {
            return f;
        }
        Fragments f = new Fragments(card);
        SCORING.attachToSheet(card, f);
        return f;
    }

    /**
     * The card's bytes, written in one pass into this thread's buffer (large enough for the longest card of the sheet
     * with these strings) and copied out.
     */
    private static byte[] write(ScoreCard card, Fragments f) {
        if (f.lossy) {
            return null;
        }
        ScoringAccess access = SCORING;
        String name = card.assessment().product().name();
        String assessor = card.assessment().assessor();
        int nameLength = jsonLength(name);
        int assessorLength = jsonLength(assessor);
        if (nameLength < 0 || assessorLength < 0) {
            return null;
        }
        byte[] end = NO_KNOCK_OUTS_NOR_WARNINGS;
        if (!card.knockOuts().isEmpty() || !card.warnings().isEmpty()) {
            ScoreCardWriter w = new ScoreCardWriter(new byte[256]);
            w.knockOutsAndWarnings(card);
            if (w.lossy) {
                return null;
            }
            end = w.take();
        }
        int longest = f.longest + nameLength + assessorLength + end.length;
        byte[] out = BUFFER.get();
        if (out.length < longest) {
            out = new byte[Math.max(longest, out.length * 2)];
            if (out.length <= MAX_KEPT_BUFFER) {
                BUFFER.set(out);
            }
        }
        int[] line = access.lines(card);
        int[] points = access.points(card);
        int bandStars = card.bandStars();
        int at = put(out, 0, f.head);
        at = putString(out, at, name, nameLength);
        at = put(out, at, ASSESSOR);
        at = putString(out, at, assessor, assessorLength);
        at = put(out, at, TOTAL);
        at = putInt(out, at, card.total());
        for (PartCode p : PARTS) {
            at = put(out, at, PART_KEYS[p.ordinal()]);
            at = putInt(out, at, card.part(p));
        }
        byte[][] sectionKeys = f.sectionKeys;
        int sections = sectionKeys.length;
        if (sections == 0) {
            at = put(out, at, SECTIONS);
        }
        int[] sectionFrom = f.sectionFrom;
        int[] sectionTo = f.sectionTo;
        for (int s = 0; s < sections; s++) {
            at = put(out, at, sectionKeys[s]);
            int sum = 0;
            if (sectionFrom != null) { // each section's criteria are a run of consecutive places
                for (int i = sectionFrom[s], to = sectionTo[s]; i < to; i++) {
                    sum += points[i];
                }
            } else {
                for (int i : f.sectionMembers[s]) {
                    sum += points[i];
                }
            }
            at = putInt(out, at, sum);
        }
        at = put(out, at, BAND_STARS);
        at = putInt(out, at, bandStars);
        if (card.ranked()) {
            at = put(out, at, STARS);
            at = putInt(out, at, card.starsBeforeKnockOuts());
            at = put(out, at, RANKED_TRUE_CRITERIA);
        } else {
            at = put(out, at, STARS_NULL_RANKED_FALSE_CRITERIA);
        }
        byte[] pool = f.pool;
        int[] lineBase = f.lineBase;
        int[] lineStart = f.lineStart;
        boolean[] lossyLine = f.lossyLine;
        for (int i = 0; i < line.length; i++) {
            int k = lineBase[i] + line[i];
            if (lossyLine != null && lossyLine[k]) {
                return null;
            }
            int from = lineStart[k];
            int length = lineStart[k + 1] - from;
            System.arraycopy(pool, from, out, at, length);
            at += length;
        }
        at = put(out, at, UNMET);
        byte[][][] unmet = f.unmet;
        int[] minimumIndex = f.minimumIndex;
        int[] requiredFor = f.requiredFor;
        boolean first = true;
        for (int m = 0; m < unmet.length; m++) {
            byte[] u = unmet[m][line[minimumIndex[m]] * 2 + (requiredFor[m] <= bandStars ? 1 : 0)];
            if (u != null) {
                if (u == LOSSY) {
                    return null;
                }
                if (!first) {
                    out[at++] = ',';
                }
                first = false;
                at = put(out, at, u);
            }
        }
        at = put(out, at, end);
        return Arrays.copyOf(out, at);
    }

    /** What one compiled sheet writes the same way on every card: a card's bytes are these, its strings and numbers. */
    private static final class Fragments {
        /** The card up to the product's name: format, rule set, digest, official mark, provenance, sheet. */
        final byte[] head;
        /**
         * Each section's key (with the comma before it, and the parts' end and the sections' start before the first),
         * in the order of the card's sections.
         */
        final byte[][] sectionKeys;
        /** Per section, the places of the criteria whose points it sums. */
        final int[][] sectionMembers;
        /**
         * Per section, the first place of its criteria and the place after its last, when they are consecutive (as
         * in a printed sheet) for every section; else null.
         */
        final int[] sectionFrom;
        final int[] sectionTo;
        /**
         * Per criterion, per score index (as the engine's score lines: options, "none", not applicable), the whole
         * JSON of that score, with the comma before it but the first: one after the other in {@link #pool}, the
         * score k of criterion i from {@code lineStart[lineBase[i] + k]} to {@code lineStart[lineBase[i] + k + 1]}.
         */
        final byte[] pool;
        final int[] lineBase;
        final int[] lineStart;
        /** Per line as {@link #lineStart}: a lone surrogate makes it inexact; null when no line is. */
        final boolean[] lossyLine;
        /**
         * Per star minimum, per score index of its criterion times 2 plus 1 when blocking: the JSON of the unmet
         * minimum, null when that score meets it, {@link #LOSSY} when it cannot be exact.
         */
        final byte[][][] unmet;
        final int[] minimumIndex;
        /** Per star minimum: the level it is required for (blocking when at or below the card's band). */
        final int[] requiredFor;
        /** The most bytes a card of the sheet has besides its product's name, assessor, knock-outs and warnings. */
        final int longest;
        /** A lone surrogate in the rule set's id, digest, sheet or section codes: no card of the sheet is exact. */
        final boolean lossy;

        Fragments(ScoreCard card) {
            ScoringAccess access = SCORING;
            ScoreCardWriter w = new ScoreCardWriter(new byte[512]);
            w.head(card);
            head = w.take();
            int sections = access.sectionCount(card);
            sectionKeys = new byte[sections][];
            for (int s = 0; s < sections; s++) {
                w.raw(s == 0 ? SECTIONS : COMMA);
                w.string(access.sectionCode(card, s));
                w.ascii(':');
                sectionKeys[s] = w.take();
            }
            sectionMembers = access.sectionMembers(card);
            int[] from = new int[sections];
            int[] to = new int[sections];
            boolean runs = true;
            for (int s = 0; s < sections; s++) {
                int[] m = sectionMembers[s];
                from[s] = m.length == 0 ? 0 : m[0];
                to[s] = from[s] + m.length;
                for (int k = 0; k < m.length; k++) {
                    runs &= m[k] == from[s] + k;
                }
            }
            sectionFrom = runs ? from : null;
            sectionTo = runs ? to : null;
            lossy = w.lossy;
            CriterionScore[][] scores = access.scoreLines(card);
            lineBase = new int[scores.length];
            int count = 0;
            for (int i = 0; i < scores.length; i++) {
                lineBase[i] = count;
                count += scores[i].length;
            }
            lineStart = new int[count + 1];
            boolean[] lossyLines = new boolean[count];
            boolean anyLossy = false;
            int most = 0;
            for (int i = 0; i < scores.length; i++) {
                int longestLine = 0;
                for (int k = 0; k < scores[i].length; k++) {
                    int start = w.n;
                    lineStart[lineBase[i] + k] = start;
                    w.lossy = false;
                    if (i > 0) {
                        w.ascii(',');
                    }
                    w.criterion(scores[i][k]);
                    lossyLines[lineBase[i] + k] = w.lossy;
                    anyLossy |= w.lossy;
                    longestLine = Math.max(longestLine, w.n - start);
                }
                most += longestLine;
            }
            lineStart[count] = w.n;
            pool = w.take();
            lossyLine = anyLossy ? lossyLines : null;
            UnmetMinimum[][] unmetLines = access.unmetLines(card);
            minimumIndex = access.minimumIndex(card);
            requiredFor = new int[unmetLines.length];
            unmet = new byte[unmetLines.length][][];
            for (int m = 0; m < unmetLines.length; m++) {
                unmet[m] = new byte[unmetLines[m].length * 2][];
                for (int st = 0; st < unmetLines[m].length; st++) {
                    UnmetMinimum u = unmetLines[m][st];
                    if (u == null) {
                        continue;
                    }
                    requiredFor[m] = u.requiredFor();
                    for (int blocking = 0; blocking < 2; blocking++) {
                        w.lossy = false;
                        w.unmetMinimum(u, blocking == 1);
                        byte[] bytes = w.take();
                        unmet[m][st * 2 + blocking] = w.lossy ? LOSSY : bytes;
                    }
                }
            }
            // every number at its longest (11 characters), every criterion's and minimum's longest line
            most += head.length + ASSESSOR.length + TOTAL.length + 11 + BAND_STARS.length + 11
                    + STARS_NULL_RANKED_FALSE_CRITERIA.length + STARS.length + 11 + RANKED_TRUE_CRITERIA.length
                    + UNMET.length + (sections == 0 ? SECTIONS.length : 0);
            for (byte[] k : PART_KEYS) {
                most += k.length + 11;
            }
            for (byte[] k : sectionKeys) {
                most += k.length + 11;
            }
            for (byte[][] u : unmet) {
                most += longest(u) + 1;
            }
            longest = most;
        }
    }

    private static int longest(byte[][] lines) {
        int most = 0;
        for (byte[] l : lines) {
            most = l == null ? most : Math.max(most, l.length);
        }
        return most;
    }

    // ---- the parts written field by field --------------------------------------------------------------------

    /** The whole card, every field encoded (what the fragments save; only measured). */
    private void fieldByField(ScoreCard card) {
        head(card);
        string(card.assessment().product().name());
        raw(ASSESSOR);
        string(card.assessment().assessor());
        raw(TOTAL);
        integer(card.total());
        for (PartCode p : PARTS) {
            raw(PART_KEYS[p.ordinal()]);
            integer(card.part(p));
        }
        raw(SECTIONS);
        boolean first = true;
        for (java.util.Map.Entry<String, Integer> s : card.sections().entrySet()) {
            if (!first) {
                ascii(',');
            }
            first = false;
            string(s.getKey());
            ascii(':');
            integer(s.getValue());
        }
        raw(BAND_STARS);
        integer(card.bandStars());
        raw(STARS);
        if (card.ranked()) {
            integer(card.starsBeforeKnockOuts());
        } else {
            raw(NULL);
        }
        raw(RANKED);
        raw(card.ranked() ? TRUE : FALSE);
        raw(CRITERIA);
        first = true;
        for (CriterionScore c : card.criteria()) {
            if (!first) {
                ascii(',');
            }
            first = false;
            criterion(c);
        }
        raw(UNMET);
        first = true;
        for (UnmetMinimum u : card.unmetMinimums()) {
            if (!first) {
                ascii(',');
            }
            first = false;
            unmetMinimum(u, u.requiredFor() <= card.bandStars());
        }
        knockOutsAndWarnings(card);
    }

    /** The card up to the product's name. */
    private void head(ScoreCard card) {
        raw(FORMAT);
        string(OcopJson.SCORE_CARD_FORMAT);
        raw(RULE_SET);
        string(card.ruleSetId());
        raw(RULE_SET_DIGEST);
        optString(card.ruleSetDigest().orElse(null));
        if (!BundledRuleSets.isOfficial(card.ruleSetId(), card.ruleSetDigest())) {
            raw(NOT_OFFICIAL);
        }
        java.util.Optional<io.github.ocop.core.model.Provenance> provenance =
                SheetProvenance.unofficial(card.ruleSetId(), card.ruleSetDigest(), card.sheetId());
        if (provenance.isPresent()) {
            raw(ascii(",\"" + SheetProvenance.FIELD + "\":{\"kind\":"));
            string(provenance.get().kind().name());
            raw(ascii(",\"source\":"));
            string(provenance.get().source());
            ascii('}');
        }
        raw(SHEET);
        string(card.sheetId());
        raw(PRODUCT);
    }

    /** One criterion's score. */
    private void criterion(CriterionScore c) {
        raw(CODE);
        string(c.code());
        raw(PART);
        string(c.part().name());
        raw(OPTION);
        optString(c.answer());
        raw(POINTS);
        integer(c.points());
        raw(MAX_POINTS);
        integer(c.maxPoints());
        raw(APPLICABLE);
        raw(c.applicable() ? TRUE : FALSE);
        ascii('}');
    }

    /** One unmet minimum. */
    private void unmetMinimum(UnmetMinimum u, boolean blocking) {
        raw(UNMET_CRITERION);
        string(u.criterion());
        raw(REQUIRED_FOR);
        integer(u.requiredFor());
        raw(REQUIRED_OPTION);
        string(u.requirement().option());
        raw(REQUIRED_POINTS);
        integer(u.requirement().requiredPoints());
        raw(OPTION);
        optString(u.answer());
        raw(POINTS);
        integer(u.points());
        raw(BLOCKING);
        raw(blocking ? TRUE : FALSE);
        ascii('}');
    }

    /** The card from the end of its unmet minima: knock-outs, warnings, the closing brackets. */
    private void knockOutsAndWarnings(ScoreCard card) {
        raw(KNOCK_OUTS);
        boolean first = true;
        List<DerivedKnockOut> derived = card.derivedKnockOuts();
        for (KnockOut k : card.knockOuts()) {
            if (!first) {
                ascii(',');
            }
            first = false;
            raw(KO_ID);
            string(k.id());
            raw(KO_EFFECT);
            string(k.effect().name());
            raw(KO_TEXT);
            string(k.text());
            for (DerivedKnockOut d : derived) {
                if (d.knockOut().equals(k)) {
                    raw(KO_DERIVED_CRITERION);
                    string(d.criterion());
                    raw(KO_DERIVED_OPTION);
                    string(d.option());
                    ascii('}');
                    break;
                }
            }
            ascii('}');
        }
        raw(WARNINGS);
        first = true;
        for (String warning : card.warnings()) {
            if (!first) {
                ascii(',');
            }
            first = false;
            string(warning);
        }
        raw(END);
    }

    // ---- output, growing ---------------------------------------------------------------------------------------

    private byte[] take() {
        byte[] out = Arrays.copyOf(buf, n);
        n = 0;
        return out;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private void room(int more) {
        if (n + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, n + more));
        }
    }

    private void raw(byte[] bytes) {
        room(bytes.length);
        n = put(buf, n, bytes);
    }

    private void ascii(char c) {
        room(1);
        buf[n++] = (byte) c;
    }

    private void integer(int v) {
        room(11);
        n = putInt(buf, n, v);
    }

    private void optString(String s) {
        if (s == null) {
            raw(NULL);
        } else {
            string(s);
        }
    }

    private void string(String s) {
        int length = jsonLength(s);
        if (length < 0) {
            lossy = true;
            length = s.length() * 6 + 2;
        }
        room(length);
        n = putString(buf, n, s, length);
    }

    // ---- output into an array of the right length --------------------------------------------------------------

    private static int put(byte[] out, int at, byte[] bytes) {
        System.arraycopy(bytes, 0, out, at, bytes.length);
        return at + bytes.length;
    }

    /** {@return the number of characters of {@code v} in decimal} */
    private static int digits(int v) {
        if (v >= 0 && v < 1000) {
            return v >= 100 ? 3 : v >= 10 ? 2 : 1;
        }
        return Integer.toString(v).length();
    }

    private static int putInt(byte[] out, int at, int v) {
        if (v >= 0 && v < 1000) {
            if (v >= 100) {
                out[at++] = (byte) ('0' + v / 100);
                out[at++] = (byte) ('0' + v / 10 % 10);
            } else if (v >= 10) {
                out[at++] = (byte) ('0' + v / 10);
            }
            out[at++] = (byte) ('0' + v % 10);
            return at;
        }
        return put(out, at, ascii(Integer.toString(v)));
    }

    /**
     * {@return the number of bytes of a string as JSON in UTF-8, quotes included, as {@link #putString} writes it; -1
     * when it holds a lone surrogate}
     */
    private static int jsonLength(String s) {
        int len = s.length();
        int bytes = len + 2;
        for (int k = 0; k < len; k++) {
            char c = s.charAt(k);
            if (c < 0x80) {
                if (c < 0x20) {
                    bytes += c == '\b' || c == '\t' || c == '\n' || c == '\f' || c == '\r' ? 1 : 5;
                } else if (c == '"' || c == '\\') {
                    bytes++;
                }
            } else if (c < 0x800) {
                bytes++;
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && k + 1 < len && Character.isLowSurrogate(s.charAt(k + 1))) {
                    bytes += 2; // 4 bytes for 2 chars
                    k++;
                } else {
                    return -1;
                }
            } else {
                bytes += 2;
            }
        }
        return bytes;
    }

    /**
     * Writes a JSON string as Jackson writes it: {@code "} and {@code \} escaped, control characters as Jackson does,
     * a lone surrogate as {@code ?} (the card is then inexact: {@link #jsonLength} tells).
     *
     * @param length its {@link #jsonLength}: when that is the string's length plus the quotes, every character is
     *               printable ASCII and is copied as it is
     */
    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): the low byte of each char, no copy
    private static int putString(byte[] out, int at, String s, int length) {
        int len = s.length();
        out[at++] = '"';
        if (length == len + 2) {
            s.getBytes(0, len, out, at);
            at += len;
            out[at++] = '"';
            return at;
        }
        for (int k = 0; k < len; k++) {
            char c = s.charAt(k);
            if (c < 0x80) {
                if (c >= 0x20 && c != '"' && c != '\\') {
                    out[at++] = (byte) c;
                } else {
                    at = escape(out, at, c);
                }
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && k + 1 < len && Character.isLowSurrogate(s.charAt(k + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(++k));
                    out[at++] = (byte) (0xF0 | cp >> 18);
                    out[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    out[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    out[at++] = (byte) (0x80 | cp & 0x3F);
                } else {
                    out[at++] = '?';
                }
            } else {
                out[at++] = (byte) (0xE0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | c & 0x3F);
            }
        }
        out[at++] = '"';
        return at;
    }

    private static int escape(byte[] out, int at, char c) {
        out[at++] = '\\';
        switch (c) {
            case '"' -> out[at++] = '"';
            case '\\' -> out[at++] = '\\';
            case '\b' -> out[at++] = 'b';
            case '\t' -> out[at++] = 't';
            case '\n' -> out[at++] = 'n';
            case '\f' -> out[at++] = 'f';
            case '\r' -> out[at++] = 'r';
            default -> {
                out[at++] = 'u';
                out[at++] = '0';
                out[at++] = '0';
                out[at++] = HEX[c >> 4];
                out[at++] = HEX[c & 0xF];
            }
        }
        return at;
    }
}
