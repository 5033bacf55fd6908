package io.github.ocop.samples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine.Option;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 items 1, 2 and 4, for every command of the tool: each command of {@link OcopCli#COMMANDS} (the list picocli
 * is given, so a new command is covered as soon as it is added: {@link #everyCommandHasASample} fails until it has a
 * sample run here) runs on sample input with {@code --lang vi} and {@code --lang en}, in each of its text and HTML
 * formats, and what a person reads (standard output and standard error, the HTML without its markup and style) holds
 * no internal identifier: no UPPER_SNAKE_CASE code, no "[V-LEGAL]"-style marker of the reference notes, no Java
 * package, exception or record text, no source line of our transcription, no reference-note section. In English the
 * tool's fixed wording is English: none of the Vietnamese labels that have an English twin in the bundle (the law's
 * option and criterion texts, and the sample files' own names, stay Vietnamese).
 */
class AllCommandsReadableOutputTest {
    private static final String EX = "examples/";
    private static final String BUOI = EX + "qd-26-2026/01-rau-cu-qua-buoi-da-xanh.json";

    /** Sample runs of each command (arguments without --lang and --format); export writes a rule set file (JSON). */
    private static final Map<String, List<List<String>>> SAMPLES = new LinkedHashMap<>();

    static {
        SAMPLES.put("score", List.of(List.of(BUOI, EX + "qd-26-2026/01-rau-cu-qua-bi-loai.json",
                EX + "qd-1048-2019/I.2.1-gao-lut.json")));
        SAMPLES.put("sheet", List.of(List.of("--rule-set", "qd-26-2026", "--sheet", "7"),
                List.of("--rule-set", "qd-1048-2019", "--sheet", "I.4.1")));
        SAMPLES.put("sheets", List.of(List.of("--rule-set", "qd-1048-2019"), List.of("--rule-set", "qd-148-2023")));
        SAMPLES.put("rule-sets", List.of(List.of()));
        SAMPLES.put("resolve", List.of(List.of("--kind", "first", "--submitted", "2026-05-10", "--evaluated", "2026-06-20"),
                List.of("--kind", "re-evaluation", "--submitted", "10/05/2026", "--evaluated", "30/08/2026")));
        SAMPLES.put("history", List.of(List.of()));
        SAMPLES.put("validate", List.of(List.of("--rule-set", "qd-1048-2019", "--rule-set", "qd-26-2026",
                "--rule-set", "qd-148-2023")));
        SAMPLES.put("explain", List.of(List.of(EX + "qd-26-2026/01-rau-cu-qua-bi-loai.json",
                EX + "qd-148-2023/I.1.a-buoi.json")));
        SAMPLES.put("advise", List.of(List.of(BUOI, "--target", "5")));
        SAMPLES.put("print-sheet", List.of(List.of("--rule-set", "qd-26-2026", "--sheet", "1", "--product", "Bưởi")));
        SAMPLES.put("what-if", List.of(List.of(BUOI, "--set", "5.1=e", "--set", "4.1=d")));
        SAMPLES.put("diff", List.of(List.of("--from", "qd-1048-2019", "--to", "qd-26-2026", "--group", "I")));
        SAMPLES.put("council", List.of(List.of(EX + "council/member-1.json", EX + "council/member-2.json",
                EX + "council/member-3.json", EX + "council/member-4.json")));
        SAMPLES.put("report", List.of(List.of(EX + "district-round/ngoc-hoi-2021-illustrative.json")));
        SAMPLES.put("export", List.of(List.of("--rule-set", "qd-26-2026")));
        SAMPLES.put("certificate", List.of(List.of("--rule-set", "qd-26-2026", "--issued", "01/06/2026"),
                List.of("--rule-set", "qd-148-2023", "--issued", "10/01/2024", "--last-day", "09/01/2027")));
        SAMPLES.put("dossier", List.of(List.of("--rule-set", "qd-26-2026", "--kind", "first", "--group", "I")));
    }

    /** Commands whose only output is a file for programs (JSON), where codes are the point. */
    private static final List<String> MACHINE_OUTPUT = List.of("export");

    /** The kinds of internal identifier (the brief's list), each with an example of what it catches. */
    private static final List<Pattern> INTERNAL = List.of(
            Pattern.compile("(?<![/\\w])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b"),  // TRANSITIONAL_PROVISION (not a web address)
            Pattern.compile("\\[[A-Z0-9]+-[A-Z]"),                          // [V-LEGAL]
            Pattern.compile("\\[(?:PROV|INF|GAP|I|V\\d|3P)[],/ ]"),         // [PROV], [I], [V2], [3P]
            Pattern.compile("io\\.github"),
            Pattern.compile("Exception"),
            Pattern.compile("\\b[A-Z][A-Za-z]+\\[[a-z][A-Za-z]*="),        // Subject[name=
            Pattern.compile("source\\.txt line|\\bnotes (?:1048|148) §"),   // our transcription's line, a note
            Pattern.compile("(?<![\\w-])[a-z]+(?:-[a-z]+){2,}\\b(?![.-]\\w)")); // a reading's id: council-spread-rule

    /** Vietnamese labels of the tool's wording that have an English twin: none may show with --lang en. */
    private static final List<String> VIETNAMESE_LABELS = List.of("Tổng điểm", "TỔNG ĐIỂM", "Xếp hạng", "XẾP HẠNG",
            "Hạng (sao)", "Căn cứ", "Bộ tiêu chí", "Khung điểm", "Kế hoạch:", "KẾ HOẠCH", "Lý do:", "Hiệu lực",
            "hiệu lực từ", "Thành viên", "không xếp hạng", "sai lệch", "Sai lệch", "hợp lệ", "Điều khoản:", "Phiếu chấm",
            "Quy trình:", "Hồ sơ gửi", "(bắt buộc", "Nộp hồ sơ", "Cách hiểu", "ĐIỂM TRUNG BÌNH",
            "Chênh lệch", "Cảnh báo", "Bước tiếp theo", "Theo nhóm", "Theo xã", "Người chấm", "(Ký, ghi rõ", "phiếu:",
            " điểm)", " điểm,", "điểm (A ", " sao:", " sao,", " sao →", "tối đa", "Nguồn dữ liệu", "SO SÁNH",
            "Phần ", "Dấu sao", "chọn ", "ký 20", "ký 0", "ký 1", "ký 2", "ký 3");

    @Test
    void everyCommandHasASample() {
        assertThat(SAMPLES.keySet()).containsExactlyInAnyOrderElementsOf(OcopCli.COMMANDS.keySet());
    }

    static Stream<List<String>> runs() {
        List<List<String>> runs = new ArrayList<>();
        for (String command : OcopCli.COMMANDS.keySet()) {
            if (MACHINE_OUTPUT.contains(command)) {
                continue;
            }
            for (List<String> sample : SAMPLES.getOrDefault(command, List.of())) {
                for (String format : readableFormats(OcopCli.COMMANDS.get(command))) {
                    for (String lang : List.of("vi", "en")) {
                        List<String> args = new ArrayList<>();
                        args.add(command);
                        args.addAll(sample);
                        if (!format.isEmpty()) {
                            args.addAll(List.of("--format", format));
                        }
                        args.addAll(List.of("--lang", lang));
                        runs.add(args);
                    }
                }
            }
        }
        return runs.stream();
    }

    /** @return the command's text and HTML values of --format, or one empty string when it has no --format */
    private static List<String> readableFormats(Class<?> command) {
        for (Field f : command.getDeclaredFields()) {
            Option o = f.getAnnotation(Option.class);
            if (o != null && List.of(o.names()).contains("--format") && f.getType().isEnum()) {
                List<String> out = new ArrayList<>();
                for (Object v : f.getType().getEnumConstants()) {
                    String name = ((Enum<?>) v).name();
                    if (name.equals("text") || name.equals("html")) {
                        out.add(name);
                    }
                }
                return out;
            }
        }
        return List.of("");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void noInternalIdAndTheLanguageAsked(List<String> args) {
        OcopCliTest.Run r = OcopCliTest.run(args.toArray(String[]::new));
        boolean html = args.contains("html");
        // report --format html is refused (a usage error, in words); every other run succeeds
        assertThat(r.code()).as(r.err()).isIn(html && r.out().isEmpty() ? List.of(0, OcopCli.USAGE) : List.of(0));
        String read = readable(r.out()) + "\n" + r.err();
        List<String> found = new ArrayList<>();
        for (Pattern p : INTERNAL) {
            Matcher m = p.matcher(read);
            while (m.find()) {
                found.add(m.group() + " in \"" + around(read, m.start(), m.end()) + "\"");
            }
        }
        assertThat(found).as("internal identifiers").isEmpty();
        if (args.get(args.size() - 1).equals("en")) {
            String fixed = withoutData(read);
            List<String> vietnamese = new ArrayList<>();
            for (String label : VIETNAMESE_LABELS) {
                int i = fixed.indexOf(label);
                if (i >= 0) {
                    vietnamese.add(label + " in \"" + around(fixed, i, i + label.length()) + "\"");
                }
            }
            assertThat(vietnamese).as("Vietnamese labels in English output").isEmpty();
        }
    }

    @Test
    void exportWritesTheRuleSetFileForPrograms() {
        OcopCliTest.Run r = OcopCliTest.run("export", "--rule-set", "qd-26-2026", "--lang", "en");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("{").contains("\"id\": \"qd-26-2026\"");
    }

    /** @return what a person reads of an output: an HTML page's text, without its markup and style sheet */
    private static String readable(String out) {
        return out.replaceAll("(?s)<style.*?</style>", "").replaceAll("<[^>]*>", " ").replace("&amp;", "&");
    }

    /**
     * @return the output without the texts the law and the sample files write in Vietnamese, which stay Vietnamese
     *         in English: option texts (lines of options and quotations), product, commune and document names
     */
    private static String withoutData(String read) {
        return read.replaceAll("\"[^\"\\n]*\"", "\"…\"")                     // quoted law text
                .replaceAll("(?m)^\\s+[a-k] *[:)].*$", "")                   // option lines of a sheet
                .replaceAll("(?m)^ {6}\\S.*$", "")                           // an option text under a planned change
                .replaceAll("(?m)^  \\d+\\. .*$", "")                        // a dossier's documents
                .replaceAll("Sản phẩm minh họa[^:]*", "")                    // the round's sample products
                .replaceAll("(?m)^Đợt .*$", "")                              // the round's title
                .replaceAll("(?m)^Plan: .*$", "");                           // the plan's title
    }

    private static String around(String s, int from, int to) {
        return s.substring(Math.max(0, from - 50), Math.min(s.length(), to + 30)).replace('\n', ' ');
    }
}
