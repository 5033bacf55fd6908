package io.github.ocop.core.scoring;

import org.junit.jupiter.api.Test;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An assessment's answers behave as an unmodifiable map in the order given, whatever the engine keeps inside. */
class AnswersTest {
    private static Map<String, String> given() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("3", "d");
        m.put("1.1", "b");
        m.put("2.1", "none");
        return m;
    }

    private static Assessment assessment(Map<String, String> answers) {
        return new Assessment("test", "T", Product.named("p"), "", answers, List.of());
    }

    @Test
    void keepsTheOrderGivenAndEqualsOtherMapsWithTheSameEntries() {
        Map<String, String> answers = assessment(given()).answers();
        assertThat(answers.keySet()).containsExactly("3", "1.1", "2.1");
        assertThat(answers.values()).containsExactly("d", "b", "none");
        assertThat(answers).isEqualTo(given()).isEqualTo(new HashMap<>(given()));
        assertThat(answers.hashCode()).isEqualTo(given().hashCode());
        assertThat(answers.toString()).isEqualTo(given().toString());
        assertThat(answers.get("1.1")).isEqualTo("b");
        assertThat(answers.get("9")).isNull();
        assertThat(answers.get(42)).isNull();
        assertThat(answers.containsKey("2.1")).isTrue();
        assertThat(assessment(given())).isEqualTo(assessment(new HashMap<>(given())).withAnswer("3", "d")
                .withAnswer("1.1", "b")).hasSameHashCodeAs(assessment(given()));
    }

    @Test
    void isACopyThatCannotBeChanged() {
        Map<String, String> source = given();
        Map<String, String> answers = assessment(source).answers();
        source.put("9", "a");
        assertThat(answers).hasSize(3);
        assertThatThrownBy(() -> answers.put("9", "a")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> answers.remove("3")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(answers::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> answers.entrySet().iterator().next().setValue("a"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> answers.replaceAll((k, v) -> "a")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> {
            var it = answers.keySet().iterator();
            it.next();
            it.remove();
        }).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void refusesNullCodesAndOptionsNamingTheCode() {
        Map<String, String> nullOption = new LinkedHashMap<>(given());
        nullOption.put("1.2", null);
        assertThatThrownBy(() -> assessment(nullOption)).isInstanceOf(NullPointerException.class)
                .hasMessage("answer to 1.2");
        Map<String, String> nullCode = new HashMap<>(given());
        nullCode.put(null, "a");
        assertThatThrownBy(() -> assessment(nullCode)).isInstanceOf(NullPointerException.class)
                .hasMessage("answer code");
    }

    @Test
    void manyAnswersAreLookedUpByIndexNotByScanning() {
        Map<String, String> many = new LinkedHashMap<>();
        for (int i = 0; i < 100_000; i++) {
            many.put("x" + i, "a");
        }
        Map<String, String> answers = assessment(many).answers();
        for (int i = 0; i < 100_000; i++) {
            assertThat(answers.containsKey("x" + i)).isTrue();
        }
        assertThat(answers.get("x100000")).isNull();
        assertThat(answers).isEqualTo(many);
    }

    @Test
    void absentCodesAreAbsentAndIterationFollowsTheGivenOrder() {
        Map<String, String> answers = assessment(given()).answers();
        assertThat(answers.containsKey("9")).isFalse();
        assertThat(answers.containsKey(3)).isFalse();
        List<String> visited = new ArrayList<>();
        answers.forEach((code, key) -> visited.add(code + "=" + key));
        assertThat(visited).containsExactly("3=d", "1.1=b", "2.1=none");
        assertThat(answers.entrySet()).hasSize(3);
        var it = answers.entrySet().iterator();
        it.next();
        it.next();
        it.next();
        assertThat(it.hasNext()).isFalse();
        assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
        Map<String, String> many = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            many.put("x" + i, "a");
        }
        assertThat(assessment(many).answers().containsKey("x20")).isFalse();
        assertThat(assessment(many).answers().containsKey(20)).isFalse();
    }

    @Test
    void aMapWhoseSizeDisagreesWithItsEntriesIsRefused() {
        assertThatThrownBy(() -> assessment(lying(2, given()))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("answers changed while being copied");
        assertThatThrownBy(() -> assessment(lying(4, given()))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("answers changed while being copied");
    }

    /** A map that reports a size other than the number of its entries (as one changed by another thread would). */
    private static Map<String, String> lying(int size, Map<String, String> entries) {
        return new AbstractMap<>() {
            @Override
            public Set<Entry<String, String>> entrySet() {
                return entries.entrySet();
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
