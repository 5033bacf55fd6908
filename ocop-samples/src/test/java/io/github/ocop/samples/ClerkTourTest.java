package io.github.ocop.samples;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.github.ocop.samples.OcopCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, "Done when": the ten typical mistakes of a clerk's tour, each made on the example assessment of sheet 1
 * (examples/qd-26-2026/01-rau-cu-qua-buoi-da-xanh.json) and given to {@code ocop score}: the message names the file,
 * the place and how to fix it, in Vietnamese by default and in English with {@code --lang en}.
 */
class ClerkTourTest {
    private static final Path EXAMPLE = Path.of("examples/qd-26-2026/01-rau-cu-qua-buoi-da-xanh.json");

    @TempDir
    Path dir;
    private String example;

    @BeforeEach
    void readExample() throws IOException {
        example = Files.readString(EXAMPLE);
        assertThat(example).contains("\"ruleSet\": \"qd-26-2026\"").contains("\"sheet\": \"1\"")
                .contains("\"1.1\": \"c\"").contains("\"1.2\": \"b\"");
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static OcopCliTest.Run score(Path f, String... lang) {
        String[] args = new String[lang.length + 2];
        args[0] = "score";
        System.arraycopy(lang, 0, args, 1, lang.length);
        args[args.length - 1] = f.toString();
        OcopCliTest.Run r = run(args);
        return r;
    }

    /** A refused file: exit code 1, nothing on standard output, the message starts with the file and a path. */
    private static String refused(Path f, String path, String... lang) {
        OcopCliTest.Run r = score(f, lang);
        assertThat(r.code()).as(f.toString()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith(f + " " + path + ": ");
        // no Java or parser names in what a clerk reads
        assertThat(r.err()).doesNotContain("Exception", "Jackson", "java.", "StreamRead", "`");
        return r.err();
    }

    @Test
    void wrongOptionCase() throws IOException {
        Path f = file("chu-hoa.json", example.replace("\"1.1\": \"c\"", "\"1.1\": \"C\""));
        // the options the criterion has are named (their texts are the engine's, localised by issue 14 items 1-2)
        assertThat(refused(f, "$.answers['1.1']")).contains("'C'").contains("a, b, c");
        assertThat(refused(f, "$.answers['1.1']", "--lang", "en")).contains("'C'").contains("a, b, c");
    }

    @Test
    void missingCriterion() throws IOException {
        Path f = file("thieu.json", example.replace("\"1.2\": \"b\",", ""));
        assertThat(refused(f, "$.answers")).contains("1.2").contains("a, b, c");
    }

    @Test
    void keyTypo() throws IOException {
        Path f = file("sai-khoa.json", example.replace("\"ruleSet\"", "\"RuleSet\""));
        assertThat(refused(f, "$.ruleSet")).contains("thiếu mục bắt buộc; tệp có \"RuleSet\": có phải ý bạn là"
                + " \"ruleSet\"? Hãy sửa tên khóa cho đúng");
        assertThat(refused(f, "$.ruleSet", "--lang", "en")).contains("missing required field; the file has"
                + " \"RuleSet\": did you mean \"ruleSet\"? Correct the key");
    }

    @Test
    void sheetAsANumber() throws IOException {
        Path f = file("phieu-so.json", example.replace("\"sheet\": \"1\"", "\"sheet\": 1"));
        assertThat(refused(f, "$.sheet")).isEqualTo(f + " $.sheet: cần một chuỗi trong dấu nháy kép, nhưng gặp số 1"
                + System.lineSeparator());
        assertThat(refused(f, "$.sheet", "--lang", "en")).contains("expected a string, found number 1");
    }

    @Test
    void wrongRuleSetId() throws IOException {
        Path f = file("bo-tieu-chi.json", example.replace("\"qd-26-2026\"", "\"qd-26-2025\""));
        assertThat(refused(f, "$.ruleSet")).contains("qd-26-2025").contains("qd-26-2026");
    }

    @Test
    void aByteOrderMarkIsAccepted() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        b.writeBytes(example.getBytes(StandardCharsets.UTF_8));
        Path f = Files.write(dir.resolve("notepad.json"), b.toByteArray());
        OcopCliTest.Run r = score(f);
        assertThat(r.code()).isZero();
        // 70: the total worked out by hand for this example in ExampleAssessmentsTest
        assertThat(r.out()).contains("TỔNG ĐIỂM: 70 / 100");
    }

    @Test
    void windows1258() throws IOException {
        // the example's product name "Bưởi ..." saved in Windows-1258: ư = 0xFD, ơ = 0xF5 + combining hook 0xD2
        String head = example.substring(0, example.indexOf("Bưởi"));
        String tail = example.substring(example.indexOf("Bưởi") + "Bưởi".length());
        assertThat(head + "Bưởi" + tail).isEqualTo(example);
        String ascii = head.replaceAll("[^\\x00-\\x7F]", "?");
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(ascii.getBytes(StandardCharsets.US_ASCII));
        b.writeBytes(new byte[]{'B', (byte) 0xFD, (byte) 0xF5, (byte) 0xD2, 'i'});
        b.writeBytes(tail.replaceAll("[^\\x00-\\x7F]", "?").getBytes(StandardCharsets.US_ASCII));
        Path f = Files.write(dir.resolve("ansi.json"), b.toByteArray());
        int line = (int) head.chars().filter(c -> c == '\n').count() + 1;
        int column = head.length() - head.lastIndexOf('\n') + 1; // the ư after the "B"
        assertThat(refused(f, "$")).contains("Windows-1258").contains("dòng " + line + ", cột " + column)
                .contains("Hãy lưu lại tệp theo mã UTF-8");
        assertThat(refused(f, "$", "--lang", "en")).contains("Windows-1258")
                .contains("line " + line + ", column " + column).contains("Save the file as UTF-8");
    }

    @Test
    void trailingComma() throws IOException {
        int end = example.lastIndexOf('}');
        String text = example.substring(0, end).stripTrailing() + ",\n}\n";
        Path f = file("dau-phay.json", text);
        int line = (int) text.substring(0, text.lastIndexOf(',')).chars().filter(c -> c == '\n').count() + 1;
        String err = refused(f, "$.note");
        assertThat(err).contains("lỗi cú pháp JSON ở dòng " + line + ", cột ")
                .contains("có dấu phẩy thừa sau mục cuối cùng; hãy xóa dấu phẩy này").contains("^");
        assertThat(refused(f, "$.note", "--lang", "en")).contains("JSON syntax error at line " + line + ", column ")
                .contains("a comma after the last entry; delete this comma");
    }

    @Test
    void aDirectory() throws IOException {
        Path d = Files.createDirectory(dir.resolve("ho-so"));
        assertThat(refused(d, "$")).contains("đây là một thư mục, không phải tệp; hãy chỉ ra một tệp .json");
        assertThat(refused(d, "$", "--lang", "en")).contains("is a directory, expected a JSON file");
    }

    @Test
    void anEmptyFile() throws IOException {
        Path f = file("trong.json", "");
        assertThat(refused(f, "$")).contains("tệp trống (0 byte)").contains("lưu lại tệp rồi thử lại");
        assertThat(refused(f, "$", "--lang", "en")).contains("the file is empty (0 bytes)");
    }

    @Test
    void theReaderMessagesOfTheEnglishTourHoldNoVietnameseWording() throws IOException {
        Path[] files = {
                file("a.json", example.replace("\"ruleSet\"", "\"RuleSet\"")),
                file("b.json", example.replace("\"sheet\": \"1\"", "\"sheet\": 1")),
                file("c.json", example.substring(0, example.lastIndexOf('}')).stripTrailing() + ",\n}\n"),
                file("d.json", "")};
        for (Path f : files) {
            String err = score(f, "--lang", "en").err();
            // the copied line of the file may hold the file's own Vietnamese; the wording around it may not
            String wording = err.lines().filter(l -> !l.startsWith("    ")).reduce("", String::concat);
            assertThat(wording).as(f.toString()).doesNotContain("tệp", "hãy", "Hãy", "dòng", "cột", "khóa", "cần");
        }
    }
}
