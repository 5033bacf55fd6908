package io.github.ocop.samples;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 item 2: no internal identifier reaches a text or HTML output a person reads (JSON keeps the codes). Runs
 * the tool's text and HTML outputs over the bundled examples, in both languages, and looks for each kind of internal
 * id: enum constants, interpretation and verification ids, the "none" keyword, abbreviations, Java record and Jackson
 * class names.
 */
class InternalIdsTest {
    private static final String EX = "examples/qd-26-2026/";
    /** The kinds of internal id, each with an example of what it catches. */
    private static final List<Pattern> INTERNAL = List.of(
            Pattern.compile("\\b[A-Z]{2,}(?:_[A-Z0-9.]+)+\\b"),            // TRANSITIONAL_PROVISION, COOPERATIVE_GROUP
            Pattern.compile("\\bI-[A-Z]+(?:-[A-Z]+)+\\b"),                 // I-BINARY-NO-OPTIONS
            Pattern.compile("\\[V-[A-Z0-9]+]"),                            // [V-LEGAL]
            Pattern.compile("LateTransitionPolicy|StreamReadConstraints|JsonReadFeature|Subject\\["),
            Pattern.compile("\\b[a-z]+(?:-[a-z]+){2,}\\b(?!\\.json)"),    // council-quorum-rule, before-is-strict
            Pattern.compile("k\\.á\\.d"),
            Pattern.compile("\\bnone\\b"));

    static Stream<List<String>> runs() {
        List<List<String>> runs = new ArrayList<>();
        for (String lang : List.of("vi", "en")) {
            runs.add(List.of("score", EX + "01-rau-cu-qua-buoi-da-xanh.json", EX + "20-tinh-dau.json",
                    EX + "01-rau-cu-qua-bi-loai.json", "--lang", lang));
            runs.add(List.of("explain", EX + "20-tinh-dau.json", "--lang", lang));
            runs.add(List.of("explain", EX + "01-rau-cu-qua-buoi-da-xanh.json", "--format", "html", "--lang", lang));
            runs.add(List.of("sheet", "--rule-set", "qd-26-2026", "--sheet", "1", "--lang", lang));
            runs.add(List.of("what-if", EX + "01-rau-cu-qua-buoi-da-xanh.json", "--set", "5.1=e", "--lang", lang));
            runs.add(List.of("resolve", "--kind", "first", "--submitted", "2026-05-10", "--evaluated", "2026-06-20",
                    "--lang", lang));
            runs.add(List.of("rule-sets", "--lang", lang));
        }
        return runs.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void noInternalIdInTextOrHtml(List<String> args) {
        OcopCliTest.Run r = OcopCliTest.run(args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        // what a person reads: the HTML's text, not its style sheet or markup
        String text = r.out().replaceAll("(?s)<style.*?</style>", "").replaceAll("<[^>]*>", " ");
        List<String> found = new ArrayList<>();
        for (Pattern p : INTERNAL) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                int from = Math.max(0, m.start() - 40);
                found.add(m.group() + " in \"" + text.substring(from, Math.min(text.length(), m.end() + 20))
                        .replace('\n', ' ') + "\"");
            }
        }
        assertThat(found).isEmpty();
    }
}
