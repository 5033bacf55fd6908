package io.github.ocop.core.scoring;

import io.github.ocop.core.internal.AnswerVocabulary;
import io.github.ocop.core.model.Criterion;
import io.github.ocop.core.model.Option;
import io.github.ocop.core.model.ScoringSheet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: answers resolved while read (criterion and option indexes found from the document's bytes by the sheet's
 * {@link AnswerVocabulary}) are found exactly as the engine finds them from strings, and the engine takes resolved
 * answers as they are only from the vocabulary of the very sheet it scores on. Fixture: sheet "T" of
 * {@link Fixtures#ruleSet()} (1.1 a/b/c, 1.2 a/b accepting "none", 2.1 a/b/c, 2.2, 3 a/b/c/d).
 */
class ResolvedAnswersTest {
    private static final ScoringSheet T = Fixtures.ruleSet().sheet("T").orElseThrow();

    private static AnswerVocabulary vocabularyOf(ScoringSheet sheet) {
        List<Criterion> cs = sheet.criteria();
        String[][] keys = new String[cs.size()][];
        boolean[] none = new boolean[cs.size()];
        for (int i = 0; i < cs.size(); i++) {
            keys[i] = cs.get(i).options().stream().map(Option::key).toArray(String[]::new);
            none[i] = cs.get(i).acceptsNone();
        }
        return new AnswerVocabulary("test", sheet.id(), cs.stream().map(Criterion::code).toArray(String[]::new),
                keys, none);
    }

    @Provide
    Arbitrary<String> codesAndKeys() {
        // the sheet's own codes and keys, "none", strings with colliding hashes ("Aa" and "BB"), and any short ASCII
        return Arbitraries.oneOf(Arbitraries.of("1.1", "1.2", "2.1", "2.2", "3", "a", "b", "c", "d", "none", "Aa", "BB",
                        "", "1.", "3 ", "A", "1.2.3.4", "1.2.3.4.", "1.2.3.4.5", "\u0000a", "\u0000\u0000a", "aa", "e"),
                Arbitraries.strings().withChars("123.abcdnoeAB\u0000").ofMaxLength(10));
    }

    /** Codes of 7 bytes and more (no word beyond 7), codes with NUL, keys that are not one letter. */
    private static final AnswerVocabulary ODD = new AnswerVocabulary("odd", "O",
            new String[] {"1.2.3.4", "1.2.3.4.5", "a", "\u0000a", "BB", "Aa"},
            new String[][] {{"a", "b"}, {"aa", "a"}, {"\u0000a", "e"}, {}, {"b", "a"}, {"none"}},
            new boolean[] {false, true, true, true, false, false});

    @Property(tries = 500)
    void aCodeOrKeyIsFoundFromItsBytesAsFromItsString(@ForAll("codesAndKeys") String text) {
        for (AnswerVocabulary v : List.of(vocabularyOf(T), ODD)) {
            // padded on both sides: the lookup reads only its slice of the document
            byte[] doc = ("\"" + text + "\"").getBytes(StandardCharsets.US_ASCII);
            assertThat(v.indexOf(doc, 1, text.length(), text.hashCode())).isEqualTo(v.indexOf(text));
            for (int i = 0; i < v.size(); i++) {
                assertThat(v.option(i, doc, 1, text.length())).as("criterion %s, key %s", v.code(i), text)
                        .isEqualTo(v.option(i, text));
            }
        }
    }

    /**
     * The reader's word lookup: up to 7 bytes, little-endian, their number in the top byte. A code of 1 to 7 bytes of
     * printable ASCII other than the space, the quote and the backslash is found as its string is; any other text
     * (empty, longer, with a NUL, a space, a quote or a backslash) is not found this way, and the byte-by-byte lookup
     * then tells, as above.
     */
    @Property(tries = 500)
    void aCodeIsFoundFromItsWordAsFromItsString(@ForAll("wordTexts") String text) {
        boolean wordable = text.length() >= 1 && text.length() <= 7
                && text.chars().allMatch(c -> c > ' ' && c < 0x7F && c != '"' && c != '\\');
        for (AnswerVocabulary v : List.of(vocabularyOf(T), ODD, LONG)) {
            assertThat(v.indexOfWord(wordOf(text))).as("%s in %s", text, v.sheetId())
                    .isEqualTo(wordable ? v.indexOf(text) : -1);
        }
    }

    @Test
    void everyCodeOfALongSheetIsFoundFromItsWord() {
        for (int i = 0; i < LONG.size(); i++) {
            assertThat(LONG.indexOfWord(wordOf(LONG.code(i)))).isEqualTo(i);
        }
    }

    /** {@return up to 7 bytes of an ASCII text little-endian, their number in the top byte: the reader's word} */
    private static long wordOf(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        long word = (long) bytes.length << 56;
        for (int k = 0; k < bytes.length && k < 7; k++) {
            word |= (long) bytes[k] << (8 * k);
        }
        return word;
    }

    @Provide
    Arbitrary<String> wordTexts() {
        return Arbitraries.oneOf(codesAndKeys(), Arbitraries.of("1\"1", "\\1", "1.1\"", "1 1", "1.3", "A2.2", "4.1",
                "12.1", "1.39", "A38.3", "A38.3x"), Arbitraries.strings().withChars("1234.A\"\\ \u0000\u007f").ofMaxLength(8));
    }

    /** 40 codes of 2 to 7 characters, many sharing their first or last bytes: the word table probes past a slot. */
    private static final AnswerVocabulary LONG = new AnswerVocabulary("long", "L",
            java.util.stream.IntStream.range(0, 40).mapToObj(k -> k % 3 == 0 ? "1." + k : k % 3 == 1 ? k + ".1"
                    : "A" + k + "." + (k % 7)).toArray(String[]::new), new String[40][0], new boolean[40]);

    @Test
    void oddCodesAndKeysAsWritten() {
        assertThat(ODD.indexOf("1.2.3.4.5")).isEqualTo(1);
        assertThat(ODD.indexOf("\u0000a")).isEqualTo(3);
        assertThat(ODD.indexOf("a")).isEqualTo(2);
        byte[] nulA = {0, 'a'};
        assertThat(ODD.indexOf(nulA, 0, 2, "\u0000a".hashCode())).isEqualTo(3); // not "a": the length counts
        assertThat(ODD.option(1, "a")).isEqualTo(1); // "a" is the second option of 1.2.3.4.5
        assertThat(ODD.option(5, "none")).isZero(); // a printed option keyed "none" comes before the answer "none"
        assertThat(ODD.option(3, "none")).isEqualTo(AnswerVocabulary.NONE);
        assertThat(ODD.option(0, "none")).isEqualTo(AnswerVocabulary.UNKNOWN);
    }

    @Test
    void theVocabularyOfSheetTAsPrinted() {
        AnswerVocabulary v = vocabularyOf(T);
        assertThat(v.indexOf("1.1")).isZero();
        assertThat(v.indexOf("3")).isEqualTo(4);
        assertThat(v.indexOf("1.3")).isEqualTo(-1);
        assertThat(v.option(0, "c")).isEqualTo(2);
        assertThat(v.option(0, "none")).isEqualTo(AnswerVocabulary.UNKNOWN); // 1.1 does not accept "none"
        assertThat(v.option(1, "none")).isEqualTo(AnswerVocabulary.NONE); // 1.2 does
        assertThat(v.key(1, AnswerVocabulary.NONE)).isEqualTo(Assessment.NONE);
        assertThat(v.longestProbe()).isEqualTo(1);
    }

    private static Assessment withAnswers(Map<String, String> answers) {
        return new Assessment("test", "T", Product.named("p"), "", answers, List.of());
    }

    private static Map<String, String> plain() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("1.1", "b");
        m.put("1.2", "none");
        m.put("2.1", "c");
        m.put("2.2", "a");
        m.put("3", "d");
        return m;
    }

    @Test
    void resolvedAnswersFromTheEnginesOwnVocabularyScoreAsTheirStrings() {
        ScoringEngine engine = ScoringEngine.of(Fixtures.ruleSet());
        ScoreCard expected = engine.score(withAnswers(plain())); // compiles sheet T: its vocabulary is remembered
        AnswerVocabulary own = AnswerVocabulary.recent("test", "T");
        assertThat(own).isNotNull();
        // 1.1 b = option 1, 1.2 none, 2.1 c = option 2, 2.2 a = option 0, 3 d = option 3 (given: 1 + index)
        int[] given = {2, AnswerVocabulary.NONE, 3, 1, 4};
        Map<String, String> resolved = new Answers(new int[] {0, 1, 2, 3, 4}, 5, own, given);
        assertThat(resolved).isEqualTo(plain()).containsKeys("1.1", "3");
        assertThat(List.copyOf(resolved.keySet())).containsExactly("1.1", "1.2", "2.1", "2.2", "3");
        ScoreCard card = engine.score(withAnswers(resolved));
        assertThat(card.total()).isEqualTo(expected.total());
        assertThat(card.criteria()).isEqualTo(expected.criteria());
        // 1.1 b 10 + 1.2 none 0 + 2.1 c 15 + 2.2 a 0 + 3 d 35, as the fixture prints them
        assertThat(card.total()).isEqualTo(10 + 0 + 15 + 0 + 35);
    }

    @Test
    void resolvedAnswersFromAnotherVocabularyAreLookedUpAgain() {
        ScoringEngine engine = ScoringEngine.of(Fixtures.ruleSet());
        ScoreCard expected = engine.score(withAnswers(plain()));
        // another vocabulary for the same ids whose criteria are listed in another order: its indexes mean other
        // criteria of the engine's sheet, so the engine must not take them as they are
        AnswerVocabulary other = new AnswerVocabulary("test", "T", new String[] {"3", "2.2", "2.1", "1.2", "1.1"},
                new String[][] {{"a", "b", "c", "d"}, {"a", "b"}, {"a", "b", "c"}, {"a", "b"}, {"a", "b", "c"}},
                new boolean[] {false, false, false, true, false});
        // in other's indexes: 3 d (option 3), 2.2 a (0), 2.1 c (2), 1.2 none, 1.1 b (1); listed 1.1, 1.2, 2.1, 2.2, 3
        int[] given = {4, 1, 3, AnswerVocabulary.NONE, 2};
        Map<String, String> resolved = new Answers(new int[] {4, 3, 2, 1, 0}, 5, other, given);
        assertThat(resolved).isEqualTo(plain());
        ScoreCard card = engine.score(withAnswers(resolved));
        assertThat(card.criteria()).isEqualTo(expected.criteria());
    }
}
