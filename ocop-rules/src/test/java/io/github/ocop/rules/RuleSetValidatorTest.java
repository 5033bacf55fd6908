package io.github.ocop.rules;

import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.problem.Problem;
import io.github.ocop.core.scoring.Product;
import io.github.ocop.core.scoring.ScoringEngine;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleSetValidatorTest {
    private final RuleSet qd1048 = RuleSets.standard().get("qd-1048-2019");

    @Test
    void the1048RuleSetIsValidAndReportsEveryKnownDeviationOfItsPlatformData() {
        ValidationReport report = RuleSetValidator.validate(qd1048);
        assertThat(report.valid()).isTrue();
        assertThat(report.knownDeviations()).extracting(Problem::path).containsExactly(
                "$.sheets[1].deviations[0]",                         // I.1.2 section numbering skips 8
                "$.sheets[2].deviations[0]", "$.sheets[2].deviations[1]",                               // I.2.1 (rice,
                "$.sheets[2].deviations[2]", "$.sheets[2].deviations[3]",                               // third-party)
                "$.sheets[5].deviations[0]",                         // I.3.2 duplicate 3-point option in 6.2
                "$.sheets[9].parts[2].maxPoints", "$.sheets[9].parts", "$.sheets[9].deviations[0]",    // I.4.1 C = 38
                "$.sheets[14].deviations[0]",                        // II.1.1 item numbering skips 6.4
                "$.sheets[15].parts[2].maxPoints", "$.sheets[15].parts", "$.sheets[15].deviations[0]", // II.1.2 C = 38
                "$.sheets[18].parts[2].maxPoints", "$.sheets[18].parts", "$.sheets[18].deviations[0]", // III.1.1 C = 38
                "$.sheets[20].deviations[0]");                       // III.3.1 no 4-point option in 12
        assertThat(report.knownDeviations()).extracting(p -> p.text(java.util.Locale.ENGLISH))
                .anySatisfy(m -> assertThat(m).startsWith("sheet I.4.1 declares a deviation from the decision:"
                        + " PART_C_SUMS_TO_38"))
                .anySatisfy(m -> assertThat(m).isEqualTo("sheet I.4.1: the parts sum to 98, expected 100"))
                .anySatisfy(m -> assertThat(m).startsWith("sheet I.2.1 declares a deviation from the decision:"
                        + " THIRD_PARTY_SHEET"))
                .noneSatisfy(m -> assertThat(m).contains("has no scoring sheet"));
    }

    @Test
    void the26RuleSetReportsOnlySheet7sCompanyPointAndTheMiniFixtureNothing() {
        assertThat(RuleSetValidator.validate(RuleSets.standard().get("qd-26-2026")).knownDeviations())
                .singleElement().satisfies(p -> {
                    assertThat(p.path()).isEqualTo("$.sheets[6].deviations[0]");
                    assertThat(p.text(java.util.Locale.ENGLISH)).startsWith("sheet 7 declares a deviation from the"
                            + " decision: 3.1");
                });
        assertThat(RuleSetValidator.validate(RuleSetLoader.load(RuleSetLoaderTest.MINI)).knownDeviations()).isEmpty();
    }

    /**
     * A citation string holding where the team read it (a source line, a reference note, a trust marker) is refused
     * wherever it stands in the process section: in a dossier document (listed by hand before) and in a revocation
     * ground or the supervision (not checked before).
     */
    @Test
    void aProcessCitationHoldingANoteIsRefusedWhereverItStands() throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var root = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(
                RuleSets.class.getResourceAsStream("qd-26-2026.json"));
        var process = (com.fasterxml.jackson.databind.node.ObjectNode) root.get("process");
        var document = (com.fasterxml.jackson.databind.node.ObjectNode) process.get("documents").get(0);
        document.put("citation", document.get("citation").asText() + " [GAP]");
        var ground = (com.fasterxml.jackson.databind.node.ObjectNode) process.get("revocation").get("grounds").get(0);
        ground.put("citation", ground.get("citation").asText() + " (source.txt line 99)");
        byte[] edited = mapper.writeValueAsBytes(root);
        assertThatThrownBy(() -> RuleSetLoader.parse(edited, "edited.json"))
                .isInstanceOfSatisfying(OcopInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path)
                        .contains("$.process.documents[0].citation", "$.process.revocation.grounds[0].citation"));
    }

    /** The rice sheet the platform lacks now comes from the third-party workbook and says so. */
    @Test
    void theRiceSheetComesFromTheThirdPartyWorkbook() {
        assertThat(qd1048.sheets()).hasSize(26);
        assertThat(qd1048.taxonomy().subgroup("I.2.1").orElseThrow().sheet()).contains("I.2.1");
        assertThat(qd1048.sheet("I.2.1").orElseThrow().provenance()).hasValueSatisfying(p -> {
            assertThat(p.kind()).isEqualTo(io.github.ocop.core.model.ProvenanceKind.THIRD_PARTY);
            assertThat(p.note()).contains("congnn1107/ocop_project").contains("TÍNH ĐỘC ĐÁO");
        });
    }
}
