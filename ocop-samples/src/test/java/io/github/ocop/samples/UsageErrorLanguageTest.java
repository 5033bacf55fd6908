package io.github.ocop.samples;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * picocli's usage errors (a missing file, an unknown option, an extra argument, ...) are worded in the language asked
 * for: Vietnamese by default, picocli's English with {@code --lang en}; names and values are quoted unchanged.
 */
class UsageErrorLanguageTest {
    private static final String EXAMPLE = "examples/qd-26-2026/01-rau-cu-qua-buoi-da-xanh.json";

    private static void vietnamese(String expected, String command, String... args) {
        OcopCliTest.Run r = OcopCliTest.run(args);
        assertThat(r.code()).as(String.join(" ", args)).isEqualTo(OcopCli.USAGE);
        assertThat(r.err().lines().toList()).as(String.join(" ", args))
                .containsExactly("ocop: " + expected, "Xem hướng dẫn: '" + command + " --help'.");
    }

    @Test
    void commonUsageErrorsAreVietnameseByDefault() {
        vietnamese("thiếu tham số bắt buộc: 'FILE'", "ocop score", "score");
        vietnamese("thiếu tham số bắt buộc: 'FILE'", "ocop council", "council");
        vietnamese("thiếu tùy chọn bắt buộc: '--rule-set=ID'", "ocop sheet", "sheet", "--sheet", "1");
        vietnamese("thiếu giá trị cho tùy chọn '--sheet' (N)", "ocop sheet", "sheet", "--rule-set", "qd-26-2026",
                "--sheet");
        vietnamese("không có tùy chọn '--bogus'", "ocop score", "score", "--bogus", EXAMPLE);
        vietnamese("đối số thừa ở vị trí 0: 'frobnicate'", "ocop", "frobnicate");
        vietnamese("các đối số thừa từ vị trí 3: 'a', 'b'", "ocop sheets", "sheets", "--rule-set", "qd-26-2026", "a",
                "b");
        vietnamese("tùy chọn '--sheet' (N) chỉ được ghi một lần", "ocop sheet", "sheet", "--sheet", "1", "--sheet", "2",
                "--rule-set", "qd-26-2026");
        vietnamese("giá trị không hợp lệ cho tùy chọn '--format': cần một trong [text, json] (phân biệt chữ hoa, chữ"
                + " thường) nhưng nhận được 'xml'", "ocop score", "score", "--format", "xml", EXAMPLE);
        vietnamese("thiếu lệnh (xem ocop --help)", "ocop");
        vietnamese("--jsonl đọc một tệp (hoặc - cho đầu vào chuẩn)", "ocop score", "score", "--jsonl", "a", "b");
    }

    @Test
    void noEnglishFrameIsLeftInTheVietnameseErrors() {
        for (List<String> args : List.of(List.of("score"), List.of("what-if"), List.of("score", "--bogus", EXAMPLE),
                List.of("sheet", "--rule-set", "qd-26-2026", "--sheet"), List.of("frobnicate"))) {
            String err = OcopCliTest.run(args.toArray(String[]::new)).err();
            for (String english : List.of("Missing", "required", "Unknown", "Unmatched", "Try ", "index", "option:")) {
                assertThat(err).as(args + " " + english).doesNotContain(english);
            }
        }
    }

    @Test
    void langEnKeepsPicocliWording() {
        OcopCliTest.Run r = OcopCliTest.run("score", "--lang", "en");
        assertThat(r.code()).isEqualTo(OcopCli.USAGE);
        assertThat(r.err().lines().toList()).containsExactly("ocop: Missing required parameter: 'FILE'",
                "Try 'ocop score --help'.");
        assertThat(OcopCliTest.run("council", "--lang", "en").err())
                .contains("ocop: Missing required parameter: 'FILE'").contains("Try 'ocop council --help'.");
        assertThat(OcopCliTest.run("score", "--bogus", EXAMPLE, "--lang", "en").err())
                .contains("ocop: Unknown option: '--bogus'").contains("Try 'ocop score --help'.");
        assertThat(OcopCliTest.run("what-if", "--lang", "en").err())
                .contains("ocop: Missing required options and parameters: '--set=CODE=KEY', 'FILE'");
    }

    @Test
    void pluralFormsAndUnknownMessagesAreHandled() {
        assertThat(OcopCli.usageMessage("Missing required options: '--a=A', '--b=B'", Lang.vi.locale()))
                .isEqualTo("thiếu các tùy chọn bắt buộc: '--a=A', '--b=B'");
        assertThat(OcopCli.usageMessage("Unknown options: '-x', '-y'", Lang.vi.locale()))
                .isEqualTo("không có các tùy chọn '-x', '-y'");
        assertThat(OcopCli.usageMessage("Invalid value for option '--n': 'x' is not an int", Lang.vi.locale()))
                .isEqualTo("giá trị không hợp lệ cho tùy chọn '--n': 'x' không phải là số nguyên");
        assertThat(OcopCli.usageMessage("Expected parameter for option '--sheet' but found '--lang'", Lang.vi.locale()))
                .isEqualTo("tùy chọn '--sheet' cần một giá trị nhưng sau nó là '--lang'");
        // a message the table does not know stays as picocli wrote it
        assertThat(OcopCli.usageMessage("something new", Lang.vi.locale())).isEqualTo("something new");
    }
}
