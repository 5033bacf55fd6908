package io.github.ocop.rules.internal;

import java.util.Locale;
import java.util.Objects;

/**
 * The texts of the reading path's problems (files, encodings, JSON syntax, keys, types, control characters), in
 * Vietnamese and English, all in one place so that they can move into resource bundles as they are: each constant is
 * a stable code with a pattern ({0}, {1}... are its arguments) per language. Vietnamese for a {@code vi} locale, English
 * otherwise. The texts name no parser setting and no Java class.
 */
public enum ReadMessages {
    // ---- the file itself
    /** {0}: nothing. */
    EMPTY_FILE("tệp trống (0 byte); cần một đối tượng JSON bắt đầu bằng '{'. Hãy mở đúng tệp đã lưu, hoặc lưu lại tệp"
            + " rồi thử lại",
            "the file is empty (0 bytes); expected a JSON object starting with '{'. Open the right file, or save it"
                    + " again and retry"),
    /** {0}: nothing found. */
    NO_VALUE("tệp chỉ có khoảng trắng; cần một đối tượng JSON bắt đầu bằng '{'",
            "the file holds only white space; expected a JSON object starting with '{'"),
    /** {0}: size, {1}: limit. */
    FILE_TOO_LARGE("tệp có {0} byte, lớn hơn giới hạn {1} byte; đây không phải là một tệp JSON của OCOP",
            "the file is {0} bytes, more than the {1} accepted; this is not an OCOP JSON file"),
    IS_DIRECTORY("đây là một thư mục, không phải tệp; hãy chỉ ra một tệp .json trong thư mục đó",
            "is a directory, expected a JSON file; name a .json file inside it"),
    NO_SUCH_FILE("không có tệp này; hãy kiểm tra tên tệp và thư mục (gõ đúng hoa/thường, có đuôi .json)",
            "no such file; check the file name and folder (exact case, with the .json ending)"),
    NOT_REGULAR("không phải là một tệp thường (thiết bị, ống hay socket?); hãy chỉ ra một tệp .json",
            "not a regular file (a device, pipe or socket?), expected a JSON file"),
    NO_PERMISSION("không có quyền đọc tệp này; hãy sao chép nó vào thư mục của bạn hoặc xin quyền đọc",
            "no permission to read this file; copy it into your own folder or ask for read access"),
    /** {0}: the system's reason. */
    CANNOT_READ("không đọc được tệp: {0}", "could not be read: {0}"),
    NUMBER_UNREADABLE("số {0} không đọc được (số mũ hoặc số chữ số quá lớn); hãy viết một số bình thường, ví dụ 3 hoặc 2.5",
            "the number {0} cannot be read (its exponent or its digits are too large); write an ordinary number such as 3 or 2.5"),

    // ---- encodings
    HOW_TO_SAVE_UTF8("Hãy lưu lại tệp theo mã UTF-8: trong Notepad chọn Tệp > Lưu thành (File > Save As), mục Mã hóa"
            + " (Encoding) chọn UTF-8; trong Excel hay Word chọn \"Văn bản Unicode UTF-8\"",
            "Save the file as UTF-8: in Notepad choose File > Save As and set Encoding to UTF-8; in Excel or Word"
                    + " choose \"Unicode (UTF-8)\" text"),
    /** {0}: "UTF-16 LE" or "UTF-16 BE". */
    UTF16("tệp được lưu theo mã {0} (Unicode 2 byte), không phải UTF-8. {1}",
            "the file is saved as {0} (two-byte Unicode), not UTF-8. {1}"),
    /** {0}: line, {1}: column. */
    WINDOWS_1258("tệp có vẻ được lưu theo bảng mã Windows-1258 (tiếng Việt \"ANSI\"), không phải UTF-8 (ký tự đầu"
            + " tiên sai mã ở dòng {0}, cột {1}). {2}",
            "the file looks saved in the Windows-1258 code page (Vietnamese \"ANSI\"), not UTF-8 (first wrongly"
                    + " encoded character at line {0}, column {1}). {2}"),
    /** {0}: line, {1}: column. */
    TCVN3("tệp có vẻ được gõ theo bảng mã TCVN3 (ABC, phông .VnTime), không phải Unicode UTF-8 (ký tự đầu tiên sai mã"
            + " ở dòng {0}, cột {1}). Hãy chuyển mã bằng Unikey (Công cụ chuyển mã: nguồn TCVN3 (ABC), đích Unicode),"
            + " rồi lưu theo UTF-8. {2}",
            "the file looks typed in the TCVN3 (ABC, .VnTime fonts) encoding, not Unicode UTF-8 (first wrongly"
                    + " encoded character at line {0}, column {1}). Convert it with Unikey's converter (source TCVN3"
                    + " (ABC), target Unicode), then save it as UTF-8. {2}"),
    /** {0}: line, {1}: column. */
    NOT_UTF8("tệp không phải văn bản UTF-8 (byte sai mã đầu tiên ở dòng {0}, cột {1}). {2}",
            "the file is not UTF-8 text (first wrongly encoded byte at line {0}, column {1}). {2}"),

    // ---- JSON syntax: {0} line, {1} column, {2} the reason, {3} the line with a caret
    SYNTAX("lỗi cú pháp JSON ở dòng {0}, cột {1}: {2}\n{3}", "JSON syntax error at line {0}, column {1}: {2}\n{3}"),
    TRAILING_COMMA("có dấu phẩy thừa sau mục cuối cùng; hãy xóa dấu phẩy này",
            "a comma after the last entry; delete this comma"),
    MISSING_COMMA("thiếu dấu phẩy ',' giữa hai mục; hãy thêm dấu phẩy ở cuối mục trước",
            "a comma ',' is missing between two entries; add one at the end of the entry before"),
    UNEXPECTED_END("tệp kết thúc giữa chừng: thiếu dấu đóng '}', ']' hoặc '\"'; hãy kiểm tra tệp có bị cắt mất phần"
            + " cuối không",
            "the file ends too early: a closing '}', ']' or '\"' is missing; check that the end of the file was not"
                    + " cut off"),
    SINGLE_QUOTES("chuỗi và tên khóa phải nằm trong dấu nháy kép \"...\", không dùng dấu nháy đơn '...'",
            "strings and keys must be in double quotes \"...\", not single quotes '...'"),
    UNQUOTED_KEY("tên khóa phải nằm trong dấu nháy kép, ví dụ \"ruleSet\"",
            "a key must be in double quotes, e.g. \"ruleSet\""),
    UNQUOTED_TEXT("văn bản phải nằm trong dấu nháy kép, ví dụ \"a\"; chỉ số, true, false và null được viết không có"
            + " dấu nháy",
            "text must be in double quotes, e.g. \"a\"; only numbers, true, false and null are written without"
                    + " them"),
    MISSING_COLON("thiếu dấu hai chấm ':' giữa tên khóa và giá trị",
            "a colon ':' is missing between the key and its value"),
    /** {0}: the character. */
    UNEXPECTED_CHARACTER("không chờ ký tự {0} ở đây", "the character {0} is not expected here"),
    TRAILING_CONTENT("sau đối tượng JSON còn nội dung khác; một tệp chỉ chứa một đối tượng {...}",
            "more content after the JSON object; a file holds one object {...}"),
    /** {0}: the key. */
    DUPLICATE_KEY("khóa \"{0}\" xuất hiện hai lần trong cùng một đối tượng; hãy giữ một lần",
            "the key \"{0}\" appears twice in the same object; keep one"),
    CONTROL_IN_STRING("chuỗi có ký tự điều khiển (xuống dòng, tab...) chưa được viết dưới dạng thoát; một chuỗi phải"
            + " nằm trên một dòng",
            "a string holds a raw control character (line break, tab...); a string must stay on one line"),
    BAD_ESCAPE("dấu '\\' trong chuỗi phải đi trước một ký tự thoát hợp lệ (\\\" \\\\ \\/ \\n \\t \\uXXXX); để viết"
            + " dấu '\\' hãy gõ '\\\\'",
            "a '\\' in a string must start a valid escape (\\\" \\\\ \\/ \\n \\t \\uXXXX); to write '\\' type"
                    + " '\\\\'"),
    BAD_NUMBER("số không hợp lệ (ví dụ có số 0 ở đầu, hay NaN); hãy viết số thập phân thường như 12 hay 3.5",
            "an invalid number (leading zero, NaN...); write a plain decimal such as 12 or 3.5"),
    TOO_DEEP("lồng nhau quá sâu (hơn {0} mức); một tệp OCOP không cần nhiều mức như vậy",
            "nested too deep (more than {0} levels); an OCOP file needs far fewer"),
    MALFORMED("cấu trúc JSON không hợp lệ ở đây", "the JSON is not well formed here"),
    /** {0}: length, {1}: limit. */
    STRING_TOO_LONG("văn bản quá dài ({0} ký tự, giới hạn {1}); hãy rút gọn",
            "the text is too long ({0} characters, at most {1}); shorten it"),
    /** {0}: digits limit. */
    NUMBER_TOO_LONG("số quá dài (hơn {0} chữ số)", "the number is too long (more than {0} digits)"),
    /** {0}: the character's name, {1}: its position (1-based). */
    CONTROL_CHARACTER("chứa ký tự điều khiển {0} ở ký tự thứ {1}; tên và văn bản không được chứa ký tự điều khiển"
            + " (chúng có thể giả một dòng kết quả hay đổi màu màn hình): hãy xóa ký tự đó",
            "holds the control character {0} at character {1}; names and texts may not hold control characters"
                    + " (they could fake a line of the output or colour the terminal): delete it"),
    /** {0}: the key's JSON path. */
    CONTROL_IN_KEY("tên khóa chứa ký tự điều khiển {0}; hãy xóa ký tự đó",
            "the key holds the control character {0}; delete it"),

    // ---- structure
    MISSING_FIELD("thiếu mục bắt buộc", "missing required field"),
    /** {0}: the key found. */
    MISSING_FIELD_NEAR("thiếu mục bắt buộc; tệp có \"{0}\": có phải ý bạn là \"{1}\"? Hãy sửa tên khóa cho đúng (phân"
            + " biệt chữ hoa, chữ thường)",
            "missing required field; the file has \"{0}\": did you mean \"{1}\"? Correct the key (upper and lower case"
                    + " differ)"),
    MUST_NOT_BE_NULL("không được là null", "must not be null"),
    /** {0}: expected kind, {1}: what was found. */
    EXPECTED("cần {0}, nhưng gặp {1}", "expected {0}, found {1}"),
    /** {0}: the closest known key, {1}: all known keys. */
    UNKNOWN_FIELD_NEAR("khóa lạ; có phải ý bạn là \"{0}\"? (các khóa được dùng ở đây: {1})",
            "unknown field (expected one of {1}); did you mean \"{0}\"?"),
    /** {0}: all known keys. */
    UNKNOWN_FIELD("khóa lạ (các khóa được dùng ở đây: {0}); hãy xóa nó hoặc sửa tên",
            "unknown field (expected one of {0})"),
    /** {0}: the text found. */
    BAD_DATE("\"{0}\" không phải là một ngày; hãy viết theo dạng dd/MM/yyyy (10/05/2026) hoặc yyyy-MM-dd"
            + " (2026-05-10), và là một ngày có thật",
            "\"{0}\" is not a date; write it as dd/MM/yyyy (10/05/2026) or yyyy-MM-dd (2026-05-10), a day that"
                    + " exists"),

    BLANK("không được để trống", "must not be blank"),
    BLANK_INVISIBLE("không được để trống (chỉ có ký tự vô hình như khoảng trắng độ rộng 0)",
            "must not be blank (it holds only invisible characters such as zero-width spaces)"),
    /** {0}: the value found, {1}: the values allowed. */
    /** {0}: the type found, {1}: the types allowed. */
    UNKNOWN_SUBJECT_TYPE("loại hình chủ thể \"{0}\" không có; hãy dùng một trong: {1}",
            "unknown subject type \"{0}\" (expected one of {1})"),
    UNKNOWN_VALUE("giá trị \"{0}\" không được biết ở đây; hãy dùng một trong: {1}",
            "unknown value \"{0}\" (expected one of {1})"),

    /** {0}: the text found. */
    BAD_ISO_DATE("cần một ngày dạng yyyy-MM-dd (2026-05-10) có thật, nhưng gặp \"{0}\"",
            "expected an ISO date (yyyy-mm-dd), found \"{0}\""),

    // ---- kinds of JSON values, for EXPECTED
    AN_OBJECT("một đối tượng {...}", "an object"),
    A_STRING("một chuỗi trong dấu nháy kép", "a string"),
    AN_INTEGER("một số nguyên", "an integer"),
    AN_ARRAY("một mảng [...]", "an array"),
    AN_OPTION("khóa của một phương án như \"a\" hay \"none\"", "an option key such as \"a\" or \"none\""),
    NOTHING("không có gì", "nothing"),
    /** {0}: the value. */
    FOUND_NUMBER("số {0}", "number {0}"),
    /** {0}: the value. */
    FOUND_STRING("chuỗi {0}", "string {0}"),
    /** {0}: the value. */
    FOUND_BOOLEAN("giá trị {0}", "boolean {0}"),
    /** {0}: the value. */
    FOUND_OBJECT("đối tượng {0}", "object {0}"),
    /** {0}: the value. */
    FOUND_ARRAY("mảng {0}", "array {0}");

    private final String vi;
    private final String en;

    ReadMessages(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    /**
     * {@return the text}
     *
     * @param locale the reader's language: Vietnamese for {@code vi}, English otherwise
     * @param args   the pattern's arguments
     */
    public String text(Locale locale, Object... args) {
        Objects.requireNonNull(locale, "locale");
        String out = vietnamese(locale) ? vi : en;
        for (int k = 0; k < args.length; k++) {
            out = out.replace("{" + k + "}", String.valueOf(args[k]));
        }
        return out;
    }

    /** @param locale a locale @return whether it is Vietnamese */
    public static boolean vietnamese(Locale locale) {
        return "vi".equals(locale.getLanguage());
    }
}
