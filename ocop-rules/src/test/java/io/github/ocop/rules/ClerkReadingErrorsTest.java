package io.github.ocop.rules;

import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.problem.OcopInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Issue 14 items 5 and 6: errors a clerk can act on, for every input file the library reads, in Vietnamese and in
 * English; a UTF-8 byte order mark accepted; control characters refused where they are.
 */
class ClerkReadingErrorsTest {
    private static final Locale VI = InputValidation.VIETNAMESE;
    private static final String ASSESSMENT = HostileInputTest.ASSESSMENT;

    @TempDir
    Path dir;

    private static OcopInputException assessmentError(byte[] bytes, Locale locale) {
        return assertThrows(OcopInputException.class, () -> AssessmentReader.parse(bytes, "phieu.json", locale));
    }

    private static OcopInputException assessmentError(String doc, Locale locale) {
        return assessmentError(doc.getBytes(StandardCharsets.UTF_8), locale);
    }

    /** No parser setting, exception or Java class name in a message meant for a clerk. */
    private static void plain(OcopInputException e) {
        assertThat(e.getMessage()).doesNotContain("Jackson", "Exception", "StreamRead", "JsonRead", "java.", "`",
                "code 1", "VALUE_STRING", "CTRL-CHAR");
    }

    /** Found by AssessmentFuzzProperties: a number the tree cannot hold as a decimal was thrown raw, unlocated. */
    @Test
    void aNumberWithAHugeExponentIsLocatedNotThrownRaw() {
        String doc = ASSESSMENT.replaceFirst("\\{", "{\"x\":0.0e013969838619232178,");
        OcopInputException e = assessmentError(doc, VI);
        assertThat(e.getMessage()).startsWith("phieu.json $.x: số 0.0e013969838619232178 không đọc được");
        plain(e);
        assertThat(assessmentError(doc, Locale.ENGLISH).getMessage())
                .contains("$.x: the number 0.0e013969838619232178 cannot be read");
    }

    @Test
    void anUnknownKeyNamesTheClosestKnownOne() {
        // "RuleSet" for "ruleSet": the required key is missing, and the key that is there is named
        OcopInputException e = assessmentError(ASSESSMENT.replace("\"ruleSet\"", "\"RuleSet\""), VI);
        assertThat(e.getMessage()).startsWith("phieu.json $.ruleSet: thiếu mục bắt buộc; tệp có \"RuleSet\": có phải"
                + " ý bạn là \"ruleSet\"?");
        plain(e);
        assertThat(assessmentError(ASSESSMENT.replace("\"ruleSet\"", "\"RuleSet\""), Locale.ENGLISH).getMessage())
                .contains("$.ruleSet: missing required field; the file has \"RuleSet\": did you mean \"ruleSet\"?");
        // an optional key mistyped: unknown, with the closest known key
        String typo = ASSESSMENT.replace("\"assessor\"", "\"asessor\"");
        assertThat(assessmentError(typo, VI).getMessage()).startsWith("phieu.json $.asessor: khóa lạ; có phải ý bạn là"
                + " \"assessor\"?");
        assertThat(assessmentError(typo, Locale.ENGLISH).getMessage()).startsWith("phieu.json $.asessor: unknown"
                + " field (expected one of ").endsWith("); did you mean \"assessor\"?");
        // nothing close: the keys used there are listed
        assertThat(assessmentError(ASSESSMENT.replace("\"assessor\"", "\"colour\""), VI).getMessage())
                .contains("$.colour: khóa lạ (các khóa được dùng ở đây: $schema, ruleSet, sheet, product, assessor");
    }

    @Test
    void aUtf8ByteOrderMarkIsAcceptedOnEveryReaderAndBothPathsOfTheAssessmentReader() throws IOException {
        byte[] body = ASSESSMENT.getBytes(StandardCharsets.UTF_8);
        byte[] bom = withBom(body);
        Assessment plain = AssessmentReader.parse(body, "a.json");
        assertThat(AssessmentReader.parse(bom, "bom.json")).isEqualTo(plain);
        assertThat(AssessmentReader.parseStrictly(bom, "bom.json")).isEqualTo(plain);
        Path file = dir.resolve("notepad.json");
        Files.write(file, bom);
        assertThat(AssessmentReader.read(file, VI)).isEqualTo(plain);
        byte[] rules = RuleSetLoader.write(RuleSets.standard().get("qd-148-2023")).getBytes(StandardCharsets.UTF_8);
        assertThat(RuleSetLoader.parse(withBom(rules), "r.json", VI).sheets())
                .isEqualTo(RuleSetLoader.parse(rules, "r.json").sheets());
    }

    private static byte[] withBom(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xEF);
        out.write(0xBB);
        out.write(0xBF);
        out.writeBytes(body);
        return out.toByteArray();
    }

    @Test
    void utf16IsNamedWithHowToSaveAsUtf8() {
        for (var cs : new java.nio.charset.Charset[]{StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
                StandardCharsets.UTF_16}) {
            OcopInputException e = assessmentError(ASSESSMENT.getBytes(cs), VI);
            assertThat(e.getMessage()).as(cs.name()).startsWith("phieu.json $: tệp được lưu theo mã UTF-16")
                    .contains("không phải UTF-8").contains("Encoding").contains("UTF-8");
            assertThat(assessmentError(ASSESSMENT.getBytes(cs), Locale.ENGLISH).getMessage())
                    .contains("the file is saved as UTF-16").contains("Save the file as UTF-8");
        }
    }

    @Test
    void windows1258IsNamedWithTheFirstWrongPlaceAndHowToSaveAsUtf8() {
        // "Bưởi" in Windows-1258: B, ư = 0xFD, ơ = 0xF5 followed by the combining hook above 0xD2, i
        String head = "{\"ruleSet\": \"qd-26-2026\", \"sheet\": \"1\", \"product\": {\"name\": \"B";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[]{(byte) 0xFD, (byte) 0xF5, (byte) 0xD2, 'i', '"', '}', ','});
        out.writeBytes("\"answers\": {}}".getBytes(StandardCharsets.US_ASCII));
        OcopInputException e = assessmentError(out.toByteArray(), VI);
        // the first wrong byte is the ư after "B", right after the ASCII head on line 1
        assertThat(e.getMessage()).isEqualTo("phieu.json $: tệp có vẻ được lưu theo bảng mã Windows-1258 (tiếng Việt"
                + " \"ANSI\"), không phải UTF-8 (ký tự đầu tiên sai mã ở dòng 1, cột " + (head.length() + 1) + ")."
                + " Hãy lưu lại tệp theo mã UTF-8: trong Notepad chọn Tệp > Lưu thành (File > Save As), mục Mã hóa"
                + " (Encoding) chọn UTF-8; trong Excel hay Word chọn \"Văn bản Unicode UTF-8\"");
        assertThat(assessmentError(out.toByteArray(), Locale.ENGLISH).getMessage())
                .contains("looks saved in the Windows-1258 code page").contains("line 1, column " + (head.length() + 1));
    }

    @Test
    void tcvn3IsNamedWithHowToConvertIt() {
        // TCVN3 (ABC) letters: Đ = 0xA7, ư = 0xAD, á = 0xB8, ạ = 0xB9 (all in 0xA1-0xBF, punctuation in Windows-1258)
        String head = "{\"ruleSet\": \"qd-26-2026\", \"sheet\": \"1\", \"product\": {\"name\": \"";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[]{(byte) 0xA7, (byte) 0xB8, ' ', 'g', (byte) 0xB9, ' ', (byte) 0xAD, '"', '}', ','});
        out.writeBytes("\"answers\": {}}".getBytes(StandardCharsets.US_ASCII));
        OcopInputException e = assessmentError(out.toByteArray(), VI);
        assertThat(e.getMessage()).startsWith("phieu.json $: tệp có vẻ được gõ theo bảng mã TCVN3 (ABC, phông .VnTime)")
                .contains("Unikey").contains("UTF-8");
        assertThat(assessmentError(out.toByteArray(), Locale.ENGLISH).getMessage()).contains("TCVN3").contains("Unikey");
    }

    @Test
    void aTrailingCommaIsExplainedWithTheLineTheColumnAndACaretUnderTheComma() {
        String doc = "{\n  \"ruleSet\": \"qd-26-2026\",\n  \"sheet\": \"1\",\n  \"product\": {\"name\": \"Bưởi\"},\n"
                + "  \"answers\": {\"1.1\": \"c\"},\n}\n";
        OcopInputException e = assessmentError(doc, VI);
        // the comma after the answers object: line 5, column 26 ("  \"answers\": {\"1.1\": \"c\"}" is 25 characters)
        assertThat(e.problems().get(0).message()).isEqualTo("lỗi cú pháp JSON ở dòng 5, cột 26: có dấu phẩy thừa"
                + " sau mục cuối cùng; hãy xóa dấu phẩy này\n"
                + "      \"answers\": {\"1.1\": \"c\"},\n"
                + " ".repeat(4 + 25) + "^");
        assertThat(e.getMessage()).startsWith("phieu.json $");
        plain(e);
        assertThat(assessmentError(doc, Locale.ENGLISH).problems().get(0).text(Locale.ENGLISH))
                .startsWith("JSON syntax error at line 5, column 26: a comma after the last entry; delete this comma");
    }

    @Test
    void theColumnCountsCharactersNotBytes() {
        // "Bưởi" is 4 characters and 7 bytes: the missing comma after it is at column 39 of line 1
        String doc = "{\"product\": {\"name\": \"Bưởi\" \"subject\": 1}}";
        OcopInputException e = assessmentError(doc, VI);
        assertThat(e.problems().get(0).message()).startsWith("lỗi cú pháp JSON ở dòng 1, cột 29: thiếu dấu phẩy ','"
                + " giữa hai mục").endsWith("\n" + " ".repeat(4 + 28) + "^");
    }

    @Test
    void otherCommonSyntaxMistakesAreSaidInWords() {
        assertThat(assessmentError("{'ruleSet': 'qd-26-2026'}", VI).getMessage()).contains("dấu nháy kép");
        assertThat(assessmentError("{ruleSet: \"qd-26-2026\"}", VI).getMessage())
                .contains("tên khóa phải nằm trong dấu nháy kép");
        assertThat(assessmentError("{\"sheet\": 1a}", Locale.ENGLISH).getMessage()).contains("JSON syntax error");
        assertThat(assessmentError("{\"sheet\" \"1\"}", VI).getMessage()).contains("thiếu dấu hai chấm");
        assertThat(assessmentError("{\"sheet\": \"1\", \"sheet\": \"2\"}", VI).getMessage())
                .contains("khóa \"sheet\" xuất hiện hai lần");
        assertThat(assessmentError("{\"sheet\": \"1\"", VI).getMessage()).contains("tệp kết thúc giữa chừng");
        assertThat(assessmentError("{\"sheet\": \"1\"} {}", VI).getMessage()).contains("sau đối tượng JSON còn nội dung");
        assertThat(assessmentError("", VI).getMessage()).startsWith("phieu.json $: tệp trống (0 byte)");
        assertThat(assessmentError("  \n", VI).getMessage()).contains("chỉ có khoảng trắng");
    }

    @Test
    void anOverLongTextIsLocatedAtItsOwnField() {
        String doc = ASSESSMENT.replace("\"HTX Bưởi\"", "\"" + "x".repeat(1_000_001) + "\"");
        OcopInputException e = assessmentError(doc, VI);
        assertThat(e.getMessage()).isEqualTo("phieu.json $.product.subject.name: văn bản quá dài (1000001 ký tự, giới hạn"
                + " 1000000); hãy rút gọn");
    }

    @Test
    void aWrongTypeSaysWhatWasExpectedInWords() {
        OcopInputException e = assessmentError(ASSESSMENT.replace("\"sheet\": \"1\"", "\"sheet\": 1"), VI);
        assertThat(e.getMessage()).isEqualTo("phieu.json $.sheet: cần một chuỗi trong dấu nháy kép, nhưng gặp số 1");
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x0D, 0x0A, 0x1B, 0x07, 0x00, 0x08, 0x7F, 0x85, 0x9B})
    void aControlCharacterInANameIsRefusedAtItsPathOnBothPaths(int control) {
        // written as a JSON escape: valid JSON, refused by the reader (the fast path leaves escapes to the strict one)
        String name = "Bưởi\\u" + String.format("%04x", control) + "TỔNG ĐIỂM: 100 / 100";
        String doc = ASSESSMENT.replace("\"Bưởi da xanh\"", "\"" + name + "\"");
        OcopInputException e = assessmentError(doc, VI);
        assertThat(e.getMessage()).startsWith("phieu.json $.product.name: chứa ký tự điều khiển U+"
                + String.format("%04X", control)).contains("ở ký tự thứ 5;").contains("hãy xóa ký tự đó");
        assertThat(assessmentError(doc, Locale.ENGLISH).getMessage()).startsWith("phieu.json $.product.name: holds the"
                + " control character U+" + String.format("%04X", control));
        // the same documents through the strict path alone give the same message
        OcopInputException strict = assertThrows(OcopInputException.class,
                () -> AssessmentReader.parseStrictly(doc.getBytes(StandardCharsets.UTF_8), "phieu.json"));
        assertThat(strict.getMessage()).isEqualTo(assessmentError(doc, Locale.ENGLISH).getMessage());
    }

    @Test
    void rawC1AndDelCharactersAreRefusedOnTheFastPathToo() {
        // U+009B (CSI, C2 9B in UTF-8) and DEL written raw, as a terminal-colouring name would be
        for (String raw : new String[]{"\u009B31m", "\u007F"}) {
            String doc = ASSESSMENT.replace("\"member-1\"", "\"member-1" + raw + "\"");
            OcopInputException e = assessmentError(doc, Locale.ENGLISH);
            assertThat(e.getMessage()).startsWith("phieu.json $.assessor: holds the control character U+00");
        }
        // the named controls ESC, BEL, NUL, CR and LF each carry their name
        assertThat(assessmentError(ASSESSMENT.replace("\"member-1\"", "\"\\u001b[31m\""), VI).getMessage())
                .contains("U+001B (ESC)");
        assertThat(assessmentError(ASSESSMENT.replace("\"member-1\"", "\"a\\r\\nb\""), VI).getMessage())
                .contains("U+000D (CR)").contains("ký tự thứ 2");
    }

    @Test
    void aControlCharacterInAKeyOrAnAnswerCodeIsRefusedToo() {
        OcopInputException e = assessmentError(ASSESSMENT.replace("\"1.2\"", "\"1.2\\u0007\""), VI);
        // the key is shown with the control written as an escape, so that the message itself stays harmless
        assertThat(e.getMessage()).startsWith("phieu.json $.answers['1.2\\u0007']: tên khóa chứa ký tự điều khiển"
                + " U+0007 (BEL)").doesNotContain("\u0007");
    }

    @Test
    void aRuleSetMayHoldLineBreaksInItsTextsButNoOtherControl() {
        String rules = RuleSetLoader.write(RuleSets.standard().get("qd-148-2023"));
        String withLf = rules.replaceFirst("\"title\": \"", "\"title\": \"dòng 1\\\\ndòng 2 ");
        assertThat(RuleSetLoader.parse(withLf.getBytes(StandardCharsets.UTF_8), "r.json").title()).contains("\n");
        String withEsc = rules.replaceFirst("\"title\": \"", "\"title\": \"\\\\u001b[2J");
        OcopInputException e = assertThrows(OcopInputException.class,
                () -> RuleSetLoader.parse(withEsc.getBytes(StandardCharsets.UTF_8), "r.json", VI));
        assertThat(e.getMessage()).startsWith("r.json $.title: chứa ký tự điều khiển U+001B (ESC) ở ký tự thứ 1");
    }

    @Test
    void roundFilesTakeVietnameseDatesAndRefuseDaysThatDoNotExist() {
        String head = "{\"title\":\"Đợt thử\",\"ruleSet\":\"qd-1048-2019\",\"level\":\"DISTRICT\",\"plan\":{\"title\":"
                + "\"Kế hoạch\",\"targets\":[]},\"expiryPeriod\":{\"from\":\"%s\",\"to\":\"31/12/2024\"},\"products\":[]}";
        var round = ProgrammeRoundReader.parse(String.format(head, "01/01/2024").getBytes(StandardCharsets.UTF_8),
                "round.json", RuleSets.standard(), VI);
        assertThat(round.expiryPeriod().first()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(round.expiryPeriod().last()).isEqualTo(LocalDate.of(2024, 12, 31));
        OcopInputException e = assertThrows(OcopInputException.class, () -> ProgrammeRoundReader.parse(
                String.format(head, "31/02/2024").getBytes(StandardCharsets.UTF_8), "round.json", RuleSets.standard(),
                VI));
        assertThat(e.getMessage()).startsWith("round.json $.expiryPeriod.from: \"31/02/2024\" không phải là một ngày;"
                + " hãy viết theo dạng dd/MM/yyyy (10/05/2026) hoặc yyyy-MM-dd (2026-05-10)");
    }

    @Test
    void filesThatAreNotFilesSayWhatToDo() throws IOException {
        assertThat(assertThrows(OcopInputException.class, () -> AssessmentReader.read(dir, VI)).getMessage())
                .isEqualTo(dir + " $: đây là một thư mục, không phải tệp; hãy chỉ ra một tệp .json trong thư mục đó");
        Path missing = dir.resolve("khong-co.json");
        assertThat(assertThrows(OcopInputException.class, () -> RuleSetLoader.load(missing, VI)).getMessage())
                .startsWith(missing + " $: không có tệp này");
        Path empty = Files.createFile(dir.resolve("trong.json"));
        assertThat(assertThrows(OcopInputException.class, () -> ProgrammeRoundReader.read(empty, RuleSets.standard(),
                VI)).getMessage()).startsWith(empty + " $: tệp trống");
    }
}
