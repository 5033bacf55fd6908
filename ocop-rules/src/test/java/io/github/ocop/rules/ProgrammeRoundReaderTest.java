package io.github.ocop.rules;

import io.github.ocop.core.report.ProgrammeRound;
import io.github.ocop.core.problem.OcopInputException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProgrammeRoundReaderTest {
    private static final String HEAD = "{\"title\":\"Đợt thử\",\"ruleSet\":\"qd-1048-2019\",\"level\":\"DISTRICT\","
            + "\"plan\":{\"title\":\"Kế hoạch thử\",\"targets\":[{\"kind\":\"REACHING_STARS\",\"minStars\":3,"
            + "\"count\":1}]},\"expiryPeriod\":{\"from\":\"2024-01-01\",\"to\":\"2024-12-31\"},\"products\":[";

    private static ProgrammeRound parse(String products) {
        return ProgrammeRoundReader.parse((HEAD + products + "]}").getBytes(StandardCharsets.UTF_8), "round.json");
    }

    private static String product(String evaluatedOn, String stars) {
        return "{\"name\":\"A\",\"commune\":\"Xã 1\",\"group\":\"I\",\"evaluatedOn\":\"" + evaluatedOn
                + "\",\"total\":62.33,\"stars\":" + stars + "}";
    }

    @Test
    void readsARound() {
        ProgrammeRound r = parse(product("2021-10-15", "3") + "," + product("2021-10-15", "null"));
        assertThat(r.products()).hasSize(2);
        assertThat(r.products().get(0).total()).isEqualByComparingTo("62.33");
        assertThat(r.products().get(1).ranked()).isFalse();
        assertThat(r.plan().targets()).hasSize(1);
    }

    @Test
    void anEvaluationDateBeforeTheRuleSetExistsIsALocatedError() {
        assertThatThrownBy(() -> parse(product("2019-05-01", "3")))
                .isInstanceOf(OcopInputException.class)
                .hasMessage("round.json $.products[0].evaluatedOn: the evaluation date 2019-05-01 is outside the"
                        + " period rule set qd-1048-2019 is in force (from 2019-08-21 to 2023-02-23); choose the rule"
                        + " set in force that day or correct the date");
    }

    @Test
    void starsAboveTheBandAndAMissingStarsFieldAreLocatedErrors() {
        assertThatThrownBy(() -> parse(product("2021-10-15", "4")))
                .isInstanceOf(OcopInputException.class).hasMessageStartingWith("round.json $.products[0].stars: ")
                .hasMessageContaining("4 stars is outside 1 to 3 stars");
        assertThatThrownBy(() -> parse("{\"name\":\"A\",\"commune\":\"X\",\"group\":\"I\",\"evaluatedOn\":"
                + "\"2021-10-15\",\"total\":62}")).isInstanceOf(OcopInputException.class)
                .hasMessageStartingWith("round.json $.products[0].stars: missing required field");
    }

    @Test
    void unknownFieldsAreRefused() {
        assertThatThrownBy(() -> parse("{\"name\":\"A\",\"commune\":\"X\",\"group\":\"I\",\"evaluatedOn\":"
                + "\"2021-10-15\",\"total\":62,\"stars\":3,\"star\":3}")).isInstanceOf(OcopInputException.class)
                .hasMessageStartingWith("round.json $.products[0].star: unknown field");
    }

    private static ProgrammeRound withTargets(String targets) {
        String head = HEAD.replace("[{\"kind\":\"REACHING_STARS\",\"minStars\":3,\"count\":1}]", targets);
        return ProgrammeRoundReader.parse((head + product("2021-10-15", "3") + "]}").getBytes(StandardCharsets.UTF_8),
                "round.json");
    }

    @Test
    void activityTargetsCarryTheirReportedResultAndSource_seedLines31To97() {
        ProgrammeRound r = withTargets("[{\"kind\":\"CERTIFIED\",\"minStars\":3,\"count\":5},"
                + "{\"kind\":\"SALES_POINTS\",\"count\":1,\"reported\":1,\"source\":\"seed dòng 35\"},"
                + "{\"kind\":\"COUNCIL_SET_UP\",\"count\":1}]");
        assertThat(r.plan().targets().get(1).reported()).hasValue(1);
        assertThat(r.plan().targets().get(1).source()).contains("seed dòng 35");
        assertThat(r.plan().targets().get(2).reported()).isEmpty();
        // a target counted from the products takes no reported number
        assertThatThrownBy(() -> withTargets("[{\"kind\":\"CERTIFIED\",\"minStars\":3,\"count\":5,\"reported\":9}]"))
                .isInstanceOf(OcopInputException.class)
                .hasMessageContaining("$.plan.targets[0]").hasMessageContaining("counted from the round's products");
        assertThatThrownBy(() -> withTargets("[{\"kind\":\"CERTIFIED\",\"count\":5}]"))
                .isInstanceOf(OcopInputException.class).hasMessageContaining("minStars");
    }
}
