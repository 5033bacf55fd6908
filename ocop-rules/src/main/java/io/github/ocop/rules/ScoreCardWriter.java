package io.github.ocop.rules;

import io.github.ocop.core.internal.ScoringAccess;
import io.github.ocop.core.model.KnockOut;
import io.github.ocop.core.model.PartCode;
import io.github.ocop.core.scoring.CriterionScore;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.core.scoring.UnmetMinimum;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Writes a score card's compact JSON straight to UTF-8 bytes, the same bytes as the tree of
 * {@link OcopJson#scoreCardNode} written by Jackson (the tests compare them on every bundled example and on generated
 * cards). What depends only on the rule set and sheet (the head up to the product, each section's key) is encoded
 * once per sheet and copied, and so is each (criterion, score) line whole (code, part, option, points, maximum,
 * applicability): the engine shares one score object per criterion and option, so a line is found by identity and
 * copied. Each fragment is used only after checking it still describes the card's criterion, so a stale fragment
 * costs speed, never correctness. The output is built in a per-thread buffer reused from card to card and copied
 * out. Thread-safe.
 */
final class ScoreCardWriter {
    /** Fragments kept for at most this many (rule set, sheet) pairs; beyond, new ones are built for each card. */
    private static final int MAX_CACHED_SHEETS = 4_096;
    private static final Map<String, Map<String, Fragments>> CACHE = new ConcurrentHashMap<>();
    private static final ScoringAccess SCORING = ScoringAccess.get();
    private static final PartCode[] PARTS = PartCode.values();
    private static final byte[][] PART_KEYS = new byte[PARTS.length][];
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    static {
        for (PartCode p : PARTS) {
            PART_KEYS[p.ordinal()] = ascii((p.ordinal() == 0 ? ",\"parts\":{\"" : ",\"") + p.name() + "\":");
        }
    }

    /** Each thread's output buffer, reused from card to card (a writer runs to its end on one thread). */
    private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[4096]);
    /** A buffer grown beyond this is not kept for the next card. */
    private static final int MAX_KEPT_BUFFER = 1 << 16;

    private byte[] buf;
    private int n;
    /** Set when a string holds a lone surrogate, which Jackson would copy into the {@code String} as is. */
    private boolean lossy;

    private ScoreCardWriter(byte[] buf) {
        this.buf = buf;
    }

    /** Runs the writer on this thread's buffer and keeps the buffer (grown or not) for the next card. */
    private static ScoreCardWriter onThreadBuffer(ScoreCard card, Fragments f) {
        byte[] b = BUFFER.get();
        BUFFER.set(null); // not shared with a nested writer should one ever run on this thread meanwhile
        ScoreCardWriter w = new ScoreCardWriter(b == null ? new byte[4096] : b);
        w.write(card, f);
        if (w.buf.length <= MAX_KEPT_BUFFER) {
            BUFFER.set(w.buf);
        } else {
            BUFFER.set(new byte[4096]);
        }
        return w;
    }

    /**
     * {@return a score card's compact JSON as UTF-8, or null when a string of it holds a lone surrogate (then only the
     * {@code String} form is exact)}
     *
     * @param card a score card
     */
    static byte[] utf8(ScoreCard card) {
        return utf8(card, true);
    }

    /**
     * {@return as {@link #utf8(ScoreCard)}}
     *
     * @param card      a score card
     * @param fragments whether to use the per-sheet fragments (false only to measure what they save)
     */
    static byte[] utf8(ScoreCard card, boolean fragments) {
        ScoreCardWriter w = onThreadBuffer(card, fragments ? fragments(card) : new Fragments(card, false));
        return w.lossy ? null : Arrays.copyOf(w.buf, w.n);
    }

    /**
     * {@return a score card's compact JSON, or null when a string of it holds a lone surrogate}
     *
     * @param card a score card
     */
    static String string(ScoreCard card) {
        ScoreCardWriter w = onThreadBuffer(card, fragments(card));
        return w.lossy ? null : new String(w.buf, 0, w.n, StandardCharsets.UTF_8);
    }

    private void write(ScoreCard card, Fragments f) {
        lossy = f.lossy;
        raw(f.head);
        string(card.assessment().product().name());
        raw(Fragments.ASSESSOR);
        string(card.assessment().assessor());
        raw(Fragments.TOTAL);
        integer(card.total());
        for (PartCode p : PARTS) {
            raw(PART_KEYS[p.ordinal()]);
            integer(card.part(p));
        }
        raw(Fragments.SECTIONS);
        // the card's arrays, read in place: no List or Map view built for one write
        ScoringAccess access = SCORING;
        int sections = access.sectionCount(card);
        for (int s = 0; s < sections; s++) {
            String code = access.sectionCode(card, s);
            if (s < f.sectionCodes.length && (f.sectionCodes[s] == code || f.sectionCodes[s].equals(code))) {
                raw(f.sectionKeys[s]);
            } else {
                if (s > 0) {
                    ascii(',');
                }
                string(code);
                ascii(':');
            }
            integer(access.sectionPoints(card, s));
        }
        raw(Fragments.BAND_STARS);
        integer(card.bandStars());
        raw(Fragments.STARS);
        if (card.ranked()) {
            integer(card.starsBeforeKnockOuts());
        } else {
            raw(Fragments.NULL);
        }
        raw(Fragments.RANKED);
        raw(card.ranked() ? Fragments.TRUE : Fragments.FALSE);
        raw(Fragments.CRITERIA);
        int criteria = access.criterionCount(card);
        for (int i = 0; i < criteria; i++) {
            CriterionScore c = access.criterion(card, i);
            if (i > 0) {
                ascii(',');
            }
            byte[] line = f.line(i, c);
            if (line != null) {
                raw(line);
            } else {
                criterion(c);
            }
        }
        raw(Fragments.UNMET);
        boolean first = true;
        for (UnmetMinimum u : card.unmetMinimums()) {
            if (!first) {
                ascii(',');
            }
            first = false;
            raw(Fragments.UNMET_CRITERION);
            string(u.criterion());
            raw(Fragments.REQUIRED_FOR);
            integer(u.requiredFor());
            raw(Fragments.REQUIRED_OPTION);
            string(u.requirement().option());
            raw(Fragments.REQUIRED_POINTS);
            integer(u.requirement().requiredPoints());
            raw(Fragments.UNMET_OPTION);
            optString(u.answer());
            raw(Fragments.POINTS);
            integer(u.points());
            raw(Fragments.BLOCKING);
            raw(u.requiredFor() <= card.bandStars() ? Fragments.TRUE : Fragments.FALSE);
            ascii('}');
        }
        raw(Fragments.KNOCK_OUTS);
        first = true;
        for (KnockOut k : card.knockOuts()) {
            if (!first) {
                ascii(',');
            }
            first = false;
            raw(Fragments.KO_ID);
            string(k.id());
            raw(Fragments.KO_EFFECT);
            string(k.effect().name());
            raw(Fragments.KO_TEXT);
            string(k.text());
            for (io.github.ocop.core.scoring.DerivedKnockOut d : card.derivedKnockOuts()) {
                if (d.knockOut().equals(k)) {
                    raw(Fragments.KO_DERIVED_CRITERION);
                    string(d.criterion());
                    raw(Fragments.KO_DERIVED_OPTION);
                    string(d.option());
                    ascii('}');
                    break;
                }
            }
            ascii('}');
        }
        raw(Fragments.WARNINGS);
        first = true;
        for (String warning : card.warnings()) {
            if (!first) {
                ascii(',');
            }
            first = false;
            string(warning);
        }
        raw(Fragments.END);
    }

    /** Writes one criterion's score field by field. */
    private void criterion(CriterionScore c) {
        raw(Fragments.CODE);
        string(c.code());
        raw(Fragments.PART);
        string(c.part().name());
        raw(Fragments.OPTION);
        optString(c.answer());
        raw(Fragments.POINTS);
        integer(c.points());
        raw(Fragments.MAX_POINTS);
        integer(c.maxPoints());
        raw(Fragments.APPLICABLE);
        raw(c.applicable() ? Fragments.TRUE : Fragments.FALSE);
        ascii('}');
    }

    private static Fragments fragments(ScoreCard card) {
        String ruleSet = card.ruleSetId();
        String digest = card.ruleSetDigest().orElse(null);
        Map<String, Fragments> bySheet = CACHE.get(ruleSet);
        Fragments f = bySheet == null ? null : bySheet.get(card.sheetId());
        if (f != null && Objects.equals(f.digest, digest)) {
            return f;
        }
        f = new Fragments(card, true);
        if (CACHE.size() < MAX_CACHED_SHEETS) {
            bySheet = CACHE.computeIfAbsent(ruleSet, k -> new ConcurrentHashMap<>());
            if (bySheet.size() < MAX_CACHED_SHEETS) {
                bySheet.put(card.sheetId(), f);
            }
        }
        return f;
    }

    /** What one (rule set, digest, sheet) writes the same way on every card. */
    private static final class Fragments {
        static final byte[] ASSESSOR = ascii(",\"assessor\":");
        static final byte[] TOTAL = ascii(",\"total\":");
        static final byte[] SECTIONS = ascii("},\"sections\":{");
        static final byte[] BAND_STARS = ascii("},\"bandStars\":");
        static final byte[] STARS = ascii(",\"stars\":");
        static final byte[] RANKED = ascii(",\"ranked\":");
        static final byte[] CRITERIA = ascii(",\"criteria\":[");
        static final byte[] CODE = ascii("{\"code\":");
        static final byte[] PART = ascii(",\"part\":");
        static final byte[] OPTION = ascii(",\"option\":");
        static final byte[] POINTS = ascii(",\"points\":");
        static final byte[] MAX_POINTS = ascii(",\"maxPoints\":");
        static final byte[] APPLICABLE = ascii(",\"applicable\":");
        static final byte[] UNMET = ascii("],\"unmetMinimums\":[");
        static final byte[] UNMET_CRITERION = ascii("{\"criterion\":");
        static final byte[] REQUIRED_FOR = ascii(",\"requiredFor\":");
        static final byte[] REQUIRED_OPTION = ascii(",\"requiredOption\":");
        static final byte[] REQUIRED_POINTS = ascii(",\"requiredPoints\":");
        static final byte[] UNMET_OPTION = ascii(",\"option\":");
        static final byte[] BLOCKING = ascii(",\"blocking\":");
        static final byte[] KNOCK_OUTS = ascii("],\"knockOuts\":[");
        static final byte[] KO_ID = ascii("{\"id\":");
        static final byte[] KO_EFFECT = ascii(",\"effect\":");
        static final byte[] KO_TEXT = ascii(",\"text\":");
        static final byte[] KO_DERIVED_CRITERION = ascii(",\"derivedFrom\":{\"criterion\":");
        static final byte[] KO_DERIVED_OPTION = ascii(",\"option\":");
        static final byte[] WARNINGS = ascii("],\"warnings\":[");
        static final byte[] END = ascii("]}");
        static final byte[] NULL = ascii("null");
        static final byte[] TRUE = ascii("true");
        static final byte[] FALSE = ascii("false");

        final String digest;
        final byte[] head;
        final String[] sectionCodes;
        final byte[][] sectionKeys;
        /** The sheet's criterion codes in printed order: a line is kept only for the criterion of its place. */
        final String[] criterionCodes;
        /**
         * Per criterion, the whole JSON of each of its scores met so far (an option chosen, "none", not applicable):
         * at most a few per criterion, shared by every card of the sheet. Each score object names its criterion,
         * option, points, maximum and applicability, so its bytes depend on nothing else. Arrays are replaced, never
         * changed, and published through the atomic array.
         */
        final AtomicReferenceArray<Line[]> lines;
        /** A lone surrogate in the rule set's id, digest, sheet or codes: the card's bytes cannot be exact. */
        final boolean lossy;

        /**
         * Encodes the fixed parts of one sheet's score cards.
         *
         * @param card     a card of the sheet
         * @param criteria whether to encode the sheet's sections and criteria too (else only the head: every
         *                 criterion is then written field by field)
         */
        Fragments(ScoreCard card, boolean criteria) {
            digest = card.ruleSetDigest().orElse(null);
            ScoreCardWriter w = new ScoreCardWriter(new byte[512]);
            w.raw(ascii("{\"format\":"));
            w.string(OcopJson.SCORE_CARD_FORMAT);
            w.raw(ascii(",\"ruleSet\":"));
            w.string(card.ruleSetId());
            w.raw(ascii(",\"ruleSetDigest\":"));
            w.optString(digest);
            if (!BundledRuleSets.isOfficial(card.ruleSetId(), card.ruleSetDigest())) {
                w.raw(ascii(",\"officialRuleSet\":false"));
            }
            java.util.Optional<io.github.ocop.core.model.Provenance> provenance =
                    SheetProvenance.unofficial(card.ruleSetId(), card.ruleSetDigest(), card.sheetId());
            if (provenance.isPresent()) {
                w.raw(ascii(",\"" + SheetProvenance.FIELD + "\":{\"kind\":"));
                w.string(provenance.get().kind().name());
                w.raw(ascii(",\"source\":"));
                w.string(provenance.get().source());
                w.ascii('}');
            }
            w.raw(ascii(",\"sheet\":"));
            w.string(card.sheetId());
            w.raw(ascii(",\"product\":"));
            head = w.take();
            sectionCodes = criteria ? card.sections().keySet().toArray(new String[0]) : new String[0];
            sectionKeys = new byte[sectionCodes.length][];
            for (int s = 0; s < sectionCodes.length; s++) {
                if (s > 0) {
                    w.ascii(',');
                }
                w.string(sectionCodes[s]);
                w.ascii(':');
                sectionKeys[s] = w.take();
            }
            List<CriterionScore> scores = criteria ? card.criteria() : List.of();
            criterionCodes = new String[scores.size()];
            for (int i = 0; i < criterionCodes.length; i++) {
                criterionCodes[i] = scores.get(i).code();
            }
            lines = new AtomicReferenceArray<>(criterionCodes.length);
            lossy = w.lossy;
        }

        /**
         * The precomputed JSON of one criterion's score, when it can be copied as it is.
         *
         * @param i the criterion's place on the card
         * @param c its score
         * @return the whole JSON of that score, or null when it is to be written field by field (another sheet's
         * criterion, a string that cannot be encoded exactly, or too many distinct scores met for that place)
         */
        byte[] line(int i, CriterionScore c) {
            if (i >= criterionCodes.length) {
                return null;
            }
            Line[] known = lines.get(i);
            if (known != null) {
                for (Line l : known) {
                    if (l.score == c) { // the engine shares one score object per (criterion, option)
                        return l.bytes;
                    }
                }
                for (Line l : known) {
                    if (l.score.equals(c)) { // another engine's equal score
                        return l.bytes;
                    }
                }
                if (known.length >= MAX_LINES) {
                    return null;
                }
            }
            if (!criterionCodes[i].equals(c.code())) {
                return null;
            }
            ScoreCardWriter w = new ScoreCardWriter(new byte[128]);
            w.criterion(c);
            if (w.lossy) {
                return null;
            }
            byte[] bytes = w.take();
            Line[] grown = known == null ? new Line[1] : Arrays.copyOf(known, known.length + 1);
            grown[grown.length - 1] = new Line(c, bytes);
            lines.compareAndSet(i, known, grown); // a lost race only means this line is encoded again later
            return bytes;
        }
    }

    /** Kept per criterion and place: at most this many distinct scores (options + "none" + not applicable). */
    private static final int MAX_LINES = 24;

    /** One score of a criterion and its JSON. */
    private static final class Line {
        final CriterionScore score;
        final byte[] bytes;

        Line(CriterionScore score, byte[] bytes) {
            this.score = score;
            this.bytes = bytes;
        }
    }

    // ---- output ------------------------------------------------------------------------------------------------

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
        System.arraycopy(bytes, 0, buf, n, bytes.length);
        n += bytes.length;
    }

    private void ascii(char c) {
        room(1);
        buf[n++] = (byte) c;
    }

    private void integer(int v) {
        if (v >= 0 && v < 1000) {
            room(3);
            if (v >= 100) {
                buf[n++] = (byte) ('0' + v / 100);
                buf[n++] = (byte) ('0' + v / 10 % 10);
            } else if (v >= 10) {
                buf[n++] = (byte) ('0' + v / 10);
            }
            buf[n++] = (byte) ('0' + v % 10);
        } else {
            raw(ascii(Integer.toString(v)));
        }
    }

    private void optString(String s) {
        if (s == null) {
            raw(NULL_BYTES);
        } else {
            string(s);
        }
    }

    private static final byte[] NULL_BYTES = ascii("null");

    /** A JSON string as Jackson writes it: {@code "} and {@code \} escaped, control characters as Jackson does. */
    private void string(String s) {
        int len = s.length();
        room(len * 6 + 2); // the longest escape (backslash-u and four hex digits) per character
        byte[] out = buf;
        int at = n;
        out[at++] = '"';
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
                    lossy = true;
                    out[at++] = '?';
                }
            } else {
                out[at++] = (byte) (0xE0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | c & 0x3F);
            }
        }
        out[at++] = '"';
        n = at;
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
