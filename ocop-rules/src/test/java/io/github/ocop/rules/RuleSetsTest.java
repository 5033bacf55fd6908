package io.github.ocop.rules;

import io.github.ocop.core.history.RuleVersion;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.scoring.ScoringEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleSetsTest {
    /** The mini fixture renamed qd-148-2023: a province's own copy of the 148 annex (the content is test data). */
    static String user148() throws IOException {
        return RuleSetLoaderTest.mini().replace("\"id\": \"mini\"", "\"id\": \"qd-148-2023\"");
    }

    @Test
    void theStandardRegistryHoldsTheThreeDecisions() {
        assertThat(RuleSets.standard().ids()).contains("qd-1048-2019", "qd-148-2023", "qd-26-2026");
    }

    @Test
    void aUserRuleSetLoadedFromAFileIsAddedUnderItsOwnIdAndMayNotReplaceTheBundledOne(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("qd-148-2023-tinh.json");
        Files.writeString(file, user148(), StandardCharsets.UTF_8);
        RuleSet shadow = RuleSetLoader.load(file);
        assertThatThrownBy(() -> RuleSets.standard().with(shadow)).isInstanceOf(OcopInputException.class)
                .satisfies(e -> assertThat(((OcopInputException) e).getMessage(java.util.Locale.ENGLISH)).contains(
                        "qd-148-2023 $.id: the id qd-148-2023 belongs to the official rule set"));
        Files.writeString(file, user148().replace("\"id\": \"qd-148-2023\"", "\"id\": \"qd-148-2023-tinh\""),
                StandardCharsets.UTF_8);
        RuleSet mine = RuleSetLoader.load(file);
        RuleSets registry = RuleSets.standard().with(mine);
        assertThat(registry.get("qd-148-2023-tinh")).isSameAs(mine);
        assertThat(registry.get("qd-148-2023")).isSameAs(RuleSets.standard().get("qd-148-2023"));
        assertThat(registry.get("qd-26-2026")).isSameAs(RuleSets.standard().get("qd-26-2026"));
        assertThat(RuleSets.standard().ids()).as("the standard registry is unchanged").doesNotContain("qd-148-2023-tinh");
        assertThat(ScoringEngine.of(registry.get("qd-148-2023-tinh")).minima("1")).isNotNull();
        assertThat(registry.with(RuleSetLoader.load(RuleSetLoaderTest.MINI)).ids()).contains("mini", "qd-148-2023-tinh");
    }

    @Test
    void aUserRuleSetFileWithAnErrorIsRefusedWithTheFileNameAndJsonPath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("qd-148-2023-tinh.json");
        String broken = RuleSetLoaderTest.mutate(r -> ((com.fasterxml.jackson.databind.node.ObjectNode) r
                .at("/sheets/0/parts/0/sections/0/criteria/0/options/1")).put("points", 23))
                .replace("\"id\":\"mini\"", "\"id\":\"qd-148-2023\"");
        Files.writeString(file, broken, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> RuleSetLoader.load(file))
                .isInstanceOf(OcopInputException.class)
                .hasMessage(file + " $.sheets[0].parts[0].sections[0].criteria[0].options[1].points: "
                        + "sheet 1, criterion 1.1: an option of 23 points exceeds the criterion maximum 20");
    }

    @Test
    void twoSuppliedRuleSetsWithOneIdAreAcceptedOnlyWhenIdentical() throws IOException {
        RuleSet mini = RuleSetLoader.load(RuleSetLoaderTest.MINI);
        assertThat(RuleSets.standard().with(mini, mini).get("mini")).isSameAs(mini);
        RuleSet other = RuleSetLoader.parse(RuleSetLoaderTest.mini().replace("\"title\": \"", "\"title\": \"x")
                .getBytes(StandardCharsets.UTF_8), "other.json");
        assertThatThrownBy(() -> RuleSets.standard().with(mini, other)).isInstanceOf(OcopInputException.class)
                .hasMessageContaining("mini");
    }

    @Test
    void theHistoryOfTheBundledRuleSetsAgreesWithTheDatesOfTheDecisions() {
        List<RuleVersion> versions = RuleSets.standard().history().versions();
        assertThat(versions).extracting(RuleVersion::number)
                .containsExactly("1048/QĐ-TTg", "781/QĐ-TTg", "148/QĐ-TTg", "1489/QĐ-TTg", "26/2026/QĐ-TTg");
        for (RuleVersion v : versions) {
            if (v.kind() == RuleVersion.Kind.DECISION) {
                var in = RuleSets.standard().get(v.ruleSetId()).instrument();
                assertThat(v.effectiveFrom()).as(v.number()).isEqualTo(in.effectiveFrom());
                assertThat(v.until()).as(v.number()).isEqualTo(in.until());
                assertThat(v.effectiveFrom()).as(v.number()).isEqualTo(Map.of("qd-1048-2019", LocalDate.of(2019, 8, 21),
                        "qd-148-2023", LocalDate.of(2023, 2, 24), "qd-26-2026", LocalDate.of(2026, 5, 22))
                        .get(v.ruleSetId()));
            }
        }
        assertThat(versions).extracting(v -> v.superseded().orElse("-"))
                .containsExactly("148/QĐ-TTg", "148/QĐ-TTg", "26/2026/QĐ-TTg", "26/2026/QĐ-TTg", "-");
        assertThat(RuleSets.standard().history().version("781/QĐ-TTg").orElseThrow().effectiveFrom())
                .isEqualTo(LocalDate.of(2020, 6, 8));
    }
}
