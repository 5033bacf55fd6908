package io.github.ocop.rules;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ocop.core.problem.OcopArgumentException;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.problem.Problem;
import io.github.ocop.core.text.Messages;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Issue 14 items 1-2: a value the model's own constructor refuses (not the reader) reads in the clerk's language. The
 * constructors throw a coded {@link OcopArgumentException}; the readers locate it and render it in Vietnamese (the
 * default) or English, where it was an English sentence inside the Vietnamese frame before.
 */
class CodedRefusalsTest {
    /** English words the old refusals were made of: none may remain in the Vietnamese text. */
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(must|was|not|the|band|stars?|points?|within|option|target|value|here|expected)\\b");

    private static OcopInputException ruleSet(java.util.function.Consumer<ObjectNode> change) throws IOException {
        String json = RuleSetLoaderTest.mutate(change);
        return catchThrowableOfType(OcopInputException.class,
                () -> RuleSetLoader.parse(json.getBytes(StandardCharsets.UTF_8), "bo.json"));
    }

    private static void vietnameseOnly(String vi) {
        String unquoted = vi.replaceAll("\"[^\"]*\"", "\"\"");
        assertThat(unquoted).doesNotContainPattern(ENGLISH);
    }

    @Test
    void aStarBandAbove99PointsIsRefusedInVietnameseAndInEnglish() throws IOException {
        // StarBand: a band starts at 0 to 99 points (the five bands of Phụ lục II share the 100 points)
        OcopInputException e = ruleSet(r -> ((ObjectNode) r.at("/starBands/1")).put("minPoints", 120));
        Problem p = e.problems().get(0);
        assertThat(p.path()).isEqualTo("$.starBands[1]");
        assertThat(p.code()).isEqualTo("read.refused");
        String vi = e.getMessage(Messages.VIETNAMESE);
        assertThat(vi).isEqualTo("bo.json $.starBands[1]: giá trị ở đây không hợp lệ: điểm tối thiểu của khoảng điểm"
                + " hạng sao phải từ 0 đến 99, không phải 120. Hãy sửa theo mô tả định dạng tệp");
        vietnameseOnly(vi);
        assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo("bo.json $.starBands[1]: the value here is not valid:"
                + " band minPoints must be within 0..99, was 120. Correct it as the file format describes");
    }

    @Test
    void anOptionMinimumForTwoStarsIsRefusedInVietnameseAndInEnglish() throws IOException {
        // Option: a star minimum is marked for 3, 4 or 5 stars only (the sheets' "(*)" marks of Phụ lục II)
        OcopInputException e = ruleSet(r -> ((ObjectNode) r.at(
                "/sheets/0/parts/0/sections/0/criteria/0/options/1")).put("minimumFor", 2));
        String vi = e.getMessage(Messages.VIETNAMESE);
        assertThat(vi).contains("giá trị ở đây không hợp lệ: hạng sao mà phương án b là yêu cầu tối thiểu"
                + " (\"minimumFor\") phải là 3, 4 hoặc 5, không phải 2.");
        vietnameseOnly(vi);
        assertThat(e.getMessage(Locale.ENGLISH)).contains("option b minimumFor must be 3, 4 or 5, was 2");
    }

    @Test
    void aPlanTargetOfSevenStarsInAProgrammeRoundIsRefusedInVietnameseAndInEnglish() {
        String round = "{\"title\":\"Đợt thử\",\"ruleSet\":\"qd-1048-2019\",\"level\":\"DISTRICT\",\"plan\":{\"title\":"
                + "\"Kế hoạch\",\"targets\":[{\"kind\":\"REACHING_STARS\",\"minStars\":7,\"count\":1}]},"
                + "\"expiryPeriod\":{\"from\":\"2024-01-01\",\"to\":\"2024-12-31\"},\"products\":[]}";
        OcopInputException e = catchThrowableOfType(OcopInputException.class,
                () -> ProgrammeRoundReader.parse(round.getBytes(StandardCharsets.UTF_8), "dot.json"));
        String vi = e.getMessage(Messages.VIETNAMESE);
        assertThat(vi).isEqualTo("dot.json $.plan.targets[0]: giá trị ở đây không hợp lệ: số sao tối thiểu"
                + " (\"minStars\") phải từ 1 đến 5, không phải 7. Hãy sửa theo mô tả định dạng tệp");
        vietnameseOnly(vi);
        assertThat(e.getMessage(Locale.ENGLISH)).contains("minStars must be within 1..5, was 7");
    }

    @Test
    void aPlainIllegalArgumentExceptionKeepsItsTextAsItIs() {
        // a refusal that is not coded (another library's, a caller's) is shown as it is, in both languages
        var m = io.github.ocop.rules.internal.RulesMessages.refused(new IllegalArgumentException("as it is"));
        assertThat(m.format(Locale.ENGLISH)).contains("as it is");
        assertThat(m.format(Messages.VIETNAMESE)).contains("as it is");
        assertThat(List.of(m.format(Locale.ENGLISH), m.format(Messages.VIETNAMESE))).doesNotHaveDuplicates();
    }
}
