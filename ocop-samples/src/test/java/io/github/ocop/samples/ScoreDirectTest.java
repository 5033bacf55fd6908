package io.github.ocop.samples;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: {@code ocop score FILE...} read without picocli ({@link ScoreCommand#direct}) prints and exits exactly as
 * when picocli reads the same arguments, and every other command line is left to picocli.
 */
class ScoreDirectTest {
    private static final String GOOD = "examples/qd-26-2026/01-rau-cu-qua-buoi-da-xanh.json";
    private static final String KNOCKED_OUT = "examples/qd-26-2026/01-rau-cu-qua-bi-loai.json";
    private static final String OLD_DECISION = "examples/qd-1048-2019/" + firstJson("examples/qd-1048-2019");

    private static String firstJson(String dir) {
        String[] names = Path.of(dir).toFile().list((d, n) -> n.endsWith(".json"));
        assertThat(names).isNotEmpty();
        java.util.Arrays.sort(names);
        return names[0];
    }

    /** The output of one run: exit code, standard output, standard error. */
    record Run(int code, String out, String err) {
    }

    static Run run(boolean direct, List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = OcopCli.run(direct, new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    /**
     * Command lines made of the words a clerk types after {@code ocop}, good and bad, in any order ({@code --jsonl}
     * is not among them: with no file it reads standard input; {@link #everythingElseIsLeftToPicocli} covers it).
     */
    @Provide
    Arbitrary<List<String>> commandLines() {
        Arbitrary<String> word = Arbitraries.of(GOOD, KNOCKED_OUT, OLD_DECISION, "no-such-file.json", "examples",
                "--lang", "vi", "en", "EN", "--lang=en", "--lang=fr", "--format", "text", "json", "html", "--format=json",
                "--debug", "-h", "--", "@args.txt", "", "score");
        return word.list().ofMaxSize(6).map(rest -> {
            List<String> line = new ArrayList<>();
            line.add("score");
            line.addAll(rest);
            return line;
        });
    }

    @Property(tries = 150)
    void theDirectPathPrintsAndExitsAsPicocliDoes(@ForAll("commandLines") List<String> args) {
        Statistics.label("read without picocli").collect(ScoreCommand.direct(args.toArray(String[]::new)) != null);
        assertThat(run(true, args)).isEqualTo(run(false, args));
    }

    @Test
    void theCommonRunsAreReadWithoutPicocli() {
        assertThat(ScoreCommand.direct("score", GOOD)).isEqualTo(new ScoreCommand.Direct(List.of(Path.of(GOOD)),
                OutputFormat.text, Lang.vi));
        assertThat(ScoreCommand.direct("score", "--lang", "en", "--format=json", GOOD, KNOCKED_OUT))
                .isEqualTo(new ScoreCommand.Direct(List.of(Path.of(GOOD), Path.of(KNOCKED_OUT)), OutputFormat.json,
                        Lang.en));
    }

    @Test
    void everythingElseIsLeftToPicocli() {
        for (String[] args : new String[][] {{"score"}, {"score", "--lang", "en"}, {"score", "--help"},
                {"score", "--jsonl", GOOD}, {"score", "--lang", "fr", GOOD}, {"score", "--lang", "en", "--lang", "vi", GOOD},
                {"score", "--format", "html", GOOD}, {"score", "--rules-file", "r.json", GOOD}, {"score", "@more", GOOD},
                {"score", "", GOOD}, {"score", GOOD, "--lang"}, {"--debug", "score", GOOD}, {"sheet", GOOD},
                {"score", "--", GOOD}}) {
            assertThat(ScoreCommand.direct(args)).as(String.join(" ", args)).isNull();
        }
    }

    @Test
    void aScoreAndAnInputErrorPrintAsBeforeOnTheDirectPath() {
        Run ok = run(true, List.of("score", GOOD));
        assertThat(ok.code()).isZero();
        assertThat(ok.out()).contains("TỔNG ĐIỂM");
        Run bad = run(true, List.of("score", "no-such-file.json"));
        assertThat(bad.code()).isEqualTo(OcopCli.INVALID_INPUT);
        assertThat(bad.err()).contains("no-such-file.json").doesNotContain("Exception");
        assertThat(bad).isEqualTo(run(false, List.of("score", "no-such-file.json")));
    }

    @Test
    void thePrefetchGuessesTheRuleSetFromThePlainKeyOnly() {
        assertThat(ScoreCommand.ruleSetNamed(bytes("{\"ruleSet\": \"qd-26-2026\", \"sheet\": \"1\"}"))).isEqualTo("qd-26-2026");
        assertThat(ScoreCommand.ruleSetNamed(bytes("{\n  \"sheet\":\"1\",\n  \"ruleSet\"\t:\n\"qd-1048-2019\"}")))
                .isEqualTo("qd-1048-2019");
        assertThat(ScoreCommand.ruleSetNamed(bytes("{\"ruleSet\": \"QD-26\"}"))).isNull();
        assertThat(ScoreCommand.ruleSetNamed(bytes("{\"ruleSet\": 26}"))).isNull();
        assertThat(ScoreCommand.ruleSetNamed(bytes("{\"ruleSet\": \"\"}"))).isNull();
        assertThat(ScoreCommand.ruleSetNamed(bytes("{\"ruleSet\": \"qd-26"))).isNull();
        assertThat(ScoreCommand.ruleSetNamed(bytes("{\"sheet\": \"1\"}"))).isNull();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
