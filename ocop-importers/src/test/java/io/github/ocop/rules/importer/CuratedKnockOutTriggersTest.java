package io.github.ocop.rules.importer;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The curated knock-out triggers (issue 13) fail the import when they name a knock-out, criterion or option that does
 * not exist, cite another line, or use "none" where the criterion prints a 0-point option.
 */
class CuratedKnockOutTriggersTest {

    private static Path qd26(Path dir, String from, String to) throws Exception {
        String curated = Files.readString(Qd26Importer.CURATED, StandardCharsets.UTF_8);
        if (!curated.contains(from)) {
            throw new AssertionError("curated data lacks " + from);
        }
        Path changed = dir.resolve("curated.json");
        Files.writeString(changed, curated.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)), StandardCharsets.UTF_8);
        return changed;
    }

    private static Path qd1048(Path dir, String from, String to) throws Exception {
        String curated = Files.readString(Qd1048TestFiles.CURATED, StandardCharsets.UTF_8);
        if (!curated.contains(from)) {
            throw new AssertionError("curated data lacks " + from);
        }
        Path changed = dir.resolve("curated.json");
        Files.writeString(changed, curated.replace(from, to), StandardCharsets.UTF_8);
        return changed;
    }

    @Test
    void unknownKnockOut(@TempDir Path dir) throws Exception {
        Path c = qd26(dir, "\"knockOut\": \"KO2\"", "\"knockOut\": \"KO9\"");
        assertThatThrownBy(() -> Qd26Importer.importRuleSet(Qd26Importer.SOURCE, c))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("has no knock-out KO9");
    }

    @Test
    void anotherLine(@TempDir Path dir) throws Exception {
        Path c = qd26(dir, "\"line\": 10356", "\"line\": 10357");
        assertThatThrownBy(() -> Qd26Importer.importRuleSet(Qd26Importer.SOURCE, c))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("stands at line 10356");
    }

    @Test
    void unknownCriterion(@TempDir Path dir) throws Exception {
        Path c = qd26(dir, "\"criterion\": \"6.4\",\n          \"options\"", "\"criterion\": \"6.9\",\n          \"options\"");
        assertThatThrownBy(() -> Qd26Importer.importRuleSet(Qd26Importer.SOURCE, c))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("has no criterion 6.9");
    }

    @Test
    void unknownOptionAndNoneWhereA0PointOptionIsPrinted(@TempDir Path dir) throws Exception {
        // sheet 19 criterion 6 prints a (0 points), b, c, d
        Path e = qd26(dir, "\"knockOut\": \"KO3\",\n      \"line\": 12054", "\"knockOut\": \"KO3\",\n      \"line\": 12054");
        String text = Files.readString(e, StandardCharsets.UTF_8);
        int at = text.indexOf("\"line\": 12054");
        String option = text.substring(0, at) + text.substring(at).replaceFirst("\"options\": \\[\n\\s*\"a\"",
                "\"options\": [\n \"e\"");
        Files.writeString(e, option, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Qd26Importer.importRuleSet(Qd26Importer.SOURCE, e))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("has no option 'e'");
        String none = text.substring(0, at) + text.substring(at).replaceFirst("\"options\": \\[\n\\s*\"a\"",
                "\"options\": [\n \"none\"");
        Files.writeString(e, none, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Qd26Importer.importRuleSet(Qd26Importer.SOURCE, e))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("has no option 'none'");
    }

    @Test
    void aNoteThatIsNotThere(@TempDir Path dir) throws Exception {
        Path c = qd26(dir, "\"line\": 697", "\"line\": 698");
        assertThatThrownBy(() -> Qd26Importer.importRuleSet(Qd26Importer.SOURCE, c))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("is not a note of the criterion");
    }

    @Test
    void qd1048UnknownKnockOutOrOtherText(@TempDir Path dir) throws Exception {
        Path c = qd1048(dir, "\"sheet\": \"I.3.3\",\n      \"knockOut\": \"KO2\"", "\"sheet\": \"I.3.3\",\n      \"knockOut\": \"KO7\"");
        assertThatThrownBy(() -> Qd1048Importer.importRuleSet(Qd1048TestFiles.PLATFORM, c))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("has no knock-out KO7");
        Path t = qd1048(dir, "\"sheet\": \"I.3.3\",\n      \"knockOut\": \"KO2\"", "\"sheet\": \"I.3.3\",\n      \"knockOut\": \"KO3\"");
        assertThatThrownBy(() -> Qd1048Importer.importRuleSet(Qd1048TestFiles.PLATFORM, t))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("does not start with");
    }
}
