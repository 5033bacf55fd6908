package io.github.ocop.rules;

import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.scoring.Assessment;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Issue 18, the one-pass reader's answers: codes are checked to be listed once with a table that compares hashes
 * before strings, and the arrays read are handed to the assessment without a copy. Codes whose {@code String} hashes
 * are equal ("Aa" and "BB" both hash to 2112) are different codes; a code listed twice is refused with the strict
 * reader's message; past 48 answers the table grows (rehash) and still finds both.
 */
class FastPathAnswersTest {
    private static byte[] document(List<String[]> answers) {
        StringBuilder s = new StringBuilder("{\"ruleSet\":\"qd-26-2026\",\"sheet\":\"1\",\"product\":{\"name\":\"P\"},"
                + "\"answers\":{");
        for (int k = 0; k < answers.size(); k++) {
            s.append(k == 0 ? "" : ",").append('"').append(answers.get(k)[0]).append("\":\"").append(answers.get(k)[1])
                    .append('"');
        }
        return s.append("}}").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** n codes "Aa" + k... and "BB" + k..., pairwise equal in hash ("Aa".hashCode() == "BB".hashCode()). */
    private static List<String[]> collidingPairs(int pairs) {
        List<String[]> out = new ArrayList<>();
        for (int k = 0; k < pairs; k++) {
            out.add(new String[] {"Aa" + k, "a"});
            out.add(new String[] {"BB" + k, "b"});
        }
        return out;
    }

    @Test
    void codesWithEqualHashesAreDistinctAnswersInTheOrderGiven() {
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        for (int pairs : new int[] {1, 30}) { // 2 answers, and 60: past the table's first size (48 of 64 slots)
            List<String[]> answers = collidingPairs(pairs);
            byte[] doc = document(answers);
            Assessment fast = AssessmentFastPath.read(doc);
            assertThat(fast).as("read by the one-pass reader").isNotNull();
            Map<String, String> expected = new LinkedHashMap<>();
            answers.forEach(a -> expected.put(a[0], a[1]));
            assertThat(fast.answers()).containsExactlyEntriesOf(expected);
            assertThat(fast.answers().get("BB" + (pairs - 1))).isEqualTo("b");
            assertThat(fast).isEqualTo(AssessmentReader.parseStrictly(doc, "a.json"));
        }
    }

    @Test
    void aCodeListedTwiceIsLeftToTheStrictReaderWhichNamesIt() {
        for (int pairs : new int[] {1, 30}) {
            List<String[]> answers = collidingPairs(pairs);
            answers.add(new String[] {"BB0", "c"}); // BB0 again, after its hash twin Aa0
            byte[] doc = document(answers);
            assertThat(AssessmentFastPath.read(doc)).isNull();
            OcopInputException e = catchThrowableOfType(OcopInputException.class,
                    () -> AssessmentReader.parse(doc, "a.json"));
            OcopInputException strict = catchThrowableOfType(OcopInputException.class,
                    () -> AssessmentReader.parseStrictly(doc, "a.json"));
            assertThat(e).isNotNull();
            assertThat(e.getMessage()).isEqualTo(strict.getMessage()).contains("BB0");
        }
    }

    @Test
    void theAnswersReadAreAnUnmodifiableMapInTheOrderGiven() {
        Assessment a = AssessmentFastPath.read(document(collidingPairs(2)));
        assertThat(a.answers().keySet()).containsExactly("Aa0", "BB0", "Aa1", "BB1");
        assertThat(a.answers()).hasSize(4).containsEntry("Aa1", "a").doesNotContainKey("Aa2");
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
                () -> a.answers().put("x", "y"));
        assertThat(a.withAnswer("BB1", "c").answers()).containsEntry("BB1", "c").hasSize(4);
    }
}
