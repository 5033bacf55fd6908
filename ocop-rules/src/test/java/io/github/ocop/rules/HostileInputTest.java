package io.github.ocop.rules;

import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.problem.Problem;
import io.github.ocop.core.scoring.ScoringEngine;
import io.github.ocop.rules.internal.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A corpus of hostile and broken files, each given to both readers (assessment and rule set): every one must be
 * refused with an {@link OcopInputException} naming the file and a JSON path, never a StackOverflowError,
 * OutOfMemoryError or another exception. The 10 s timeout only detects a hang; the times measured are printed
 * (see docs/performance.md), not asserted.
 */
class HostileInputTest {
    /** A valid assessment of QĐ 26/2026 sheet 1 minus the answers, used as the base of mutations. */
    static final String ASSESSMENT = """
            {"ruleSet": "qd-26-2026", "sheet": "1", "product": {"name": "Bưởi da xanh",
             "subject": {"name": "HTX Bưởi", "type": "COOPERATIVE"}}, "assessor": "member-1",
             "answers": {"1.1": "c", "1.2": "b"}}""";

    private static final Map<String, Long> MILLIS = new ConcurrentHashMap<>();

    @TempDir
    Path dir;

    enum Reader {
        ASSESSMENT(AssessmentReader::read),
        RULE_SET(RuleSetLoader::load);

        final Function<Path, Object> read;

        Reader(Function<Path, Object> read) {
            this.read = read;
        }
    }

    /** A hostile file: a name and how to write it. */
    record Hostile(String name, FileMaker make) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    interface FileMaker {
        void write(Path file, Reader reader) throws IOException;
    }

    static String base(Reader r) {
        try {
            return r == Reader.ASSESSMENT ? ASSESSMENT : RuleSetLoaderTest.mini();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FileMaker text(Function<Reader, String> f) {
        return (file, r) -> Files.writeString(file, f.apply(r), StandardCharsets.UTF_8);
    }

    static FileMaker bytes(Function<Reader, byte[]> f) {
        return (file, r) -> Files.write(file, f.apply(r));
    }

    /** Inserts a member right after the first '{' of the base document. */
    static String withFirstMember(Reader r, String member) {
        String b = base(r);
        int i = b.indexOf('{');
        return b.substring(0, i + 1) + member + ", " + b.substring(i + 1);
    }

    static Stream<Hostile> corpus() {
        List<Hostile> c = new ArrayList<>();
        c.add(new Hostile("malformed JSON", text(r -> "{\"ruleSet\": \"qd-26-2026\",, \"sheet\" 1}")));
        c.add(new Hostile("truncated file", text(r -> base(r).substring(0, base(r).length() / 2))));
        c.add(new Hostile("truncated after the last value", text(r -> base(r).strip().substring(0,
                base(r).strip().length() - 1))));
        c.add(new Hostile("duplicate key", text(r -> withFirstMember(r, "\"sheet\": \"2\", \"sheet\": \"3\""))));
        c.add(new Hostile("unknown key", text(r -> withFirstMember(r, "\"colour\": \"red\""))));
        c.add(new Hostile("wrong type at the root", text(r -> "[1, 2, 3]")));
        c.add(new Hostile("wrong type of a field", text(r -> base(r).replaceFirst("\"[0-9.a-z-]+\"(\\s*,)", "42$1"))));
        c.add(new Hostile("null document", text(r -> "null")));
        c.add(new Hostile("NaN", text(r -> withFirstMember(r, "\"x\": NaN"))));
        c.add(new Hostile("Infinity", text(r -> withFirstMember(r, "\"x\": -Infinity"))));
        c.add(new Hostile("number of 10^6 digits", text(r -> withFirstMember(r, "\"x\": 1" + "0".repeat(999_999)))));
        c.add(new Hostile("number of 10^6 digits as a known field", text(r -> r == Reader.ASSESSMENT
                ? ASSESSMENT.replace("\"1.1\": \"c\"", "\"1.1\": 1" + "0".repeat(999_999))
                : base(r).replace("\"maxPoints\": 40", "\"maxPoints\": 4" + "0".repeat(999_999)))));
        c.add(new Hostile("string of 100 MB", (file, r) -> {
            try (OutputStream out = Files.newOutputStream(file)) {
                out.write("{\"ruleSet\": \"".getBytes(StandardCharsets.UTF_8));
                byte[] chunk = "x".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
                for (int i = 0; i < 100; i++) {
                    out.write(chunk);
                }
                out.write("\"}".getBytes(StandardCharsets.UTF_8));
            }
        }));
        c.add(new Hostile("string of 15 MB (under the size limit)", text(r ->
                withFirstMember(r, "\"x\": \"" + "ư".repeat(7_000_000) + "\""))));
        c.add(new Hostile("100,000 nested arrays", text(r -> "[".repeat(100_000) + "]".repeat(100_000))));
        c.add(new Hostile("100,000 nested objects", text(r -> "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000))));
        c.add(new Hostile("100,000 nested arrays as a field, unclosed", text(r -> withFirstMember(r, "\"x\": "
                + "[".repeat(100_000)))));
        c.add(new Hostile("invalid UTF-8", bytes(r -> {
            byte[] b = base(r).getBytes(StandardCharsets.UTF_8);
            int i = base(r).indexOf('"') + 1;
            b[i] = (byte) 0xC3;
            b[i + 1] = (byte) 0x28;
            return b;
        })));
        c.add(new Hostile("lone surrogate encoded in UTF-8", bytes(r -> {
            byte[] b = base(r).getBytes(StandardCharsets.UTF_8);
            int i = base(r).indexOf('"') + 1;
            b[i] = (byte) 0xED;
            b[i + 1] = (byte) 0xA0;
            b[i + 2] = (byte) 0x80;
            return b;
        })));
        c.add(new Hostile("UTF-16 text", bytes(r -> base(r).getBytes(StandardCharsets.UTF_16))));
        // a UTF-8 byte order mark alone is accepted (Notepad writes one): one before malformed JSON is hostile
        c.add(new Hostile("byte order mark before malformed JSON", bytes(r -> {
            byte[] b = (base(r) + ",").getBytes(StandardCharsets.UTF_8);
            byte[] out = new byte[b.length + 3];
            out[0] = (byte) 0xEF;
            out[1] = (byte) 0xBB;
            out[2] = (byte) 0xBF;
            System.arraycopy(b, 0, out, 3, b.length);
            return out;
        })));
        c.add(new Hostile("empty file", text(r -> "")));
        c.add(new Hostile("whitespace only", text(r -> " \n\t ")));
        c.add(new Hostile("NUL bytes", bytes(r -> new byte[1000])));
        c.add(new Hostile("trailing garbage", text(r -> base(r) + " {}")));
        c.add(new Hostile("a comment", text(r -> "// note\n" + base(r))));
        c.add(new Hostile("single quotes", text(r -> base(r).replace('"', '\''))));
        c.add(new Hostile("a directory instead of a file", (file, r) -> Files.createDirectory(file)));
        c.add(new Hostile("a missing file", (file, r) -> { }));
        return c.stream();
    }

    static Stream<Arguments> cases() {
        return corpus().flatMap(h -> Stream.of(Reader.values()).map(r -> Arguments.of(r, h)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void everyHostileFileIsRefusedWithALocatedError(Reader reader, Hostile hostile) throws IOException {
        Path file = dir.resolve("hostile.json");
        hostile.make().write(file, reader);
        long start = System.nanoTime();
        OcopInputException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(OcopInputException.class, () -> reader.read.apply(file)));
        MILLIS.put(reader + ": " + hostile.name(), (System.nanoTime() - start) / 1_000_000);
        assertThat(e.source()).isEqualTo(file.toString());
        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.path()).startsWith("$");
            assertThat(p.message()).isNotBlank().hasSizeLessThan(1000);
        });
        assertThat(e.getMessage()).startsWith(file + " $").doesNotContain("\tat ").hasSizeLessThan(2000);
    }

    @Test
    void hostileFilesNameWhatWasExpected() throws IOException {
        Path file = dir.resolve("a.json");
        Map<String, String> expected = new TreeMap<>(Map.of(
                "{\"x\": 1" + "0".repeat(999_999) + "}", "the number is too long",
                "[".repeat(100_000), "nested too deep",
                "{\"x\": \"" + "x".repeat(2_000_000) + "\"}", "the text is too long",
                "{\"a\": 1, \"a\": 2}", "the key \"a\" appears twice",
                "", "the file is empty"));
        for (Map.Entry<String, String> e : expected.entrySet()) {
            Files.writeString(file, e.getKey());
            assertThatMessage(file).contains(e.getValue());
        }
        Files.writeString(file, ASSESSMENT.replace("\"assessor\"", "\"asessor\""));
        assertThatMessage(file).contains("$.asessor: unknown field");
        Files.writeString(file, ASSESSMENT.replace("{\"1.1\": \"c\", \"1.2\": \"b\"}", "[\"c\", \"b\"]"));
        assertThatMessage(file).contains("$.answers: expected an object, found array");
    }

    private static org.assertj.core.api.AbstractStringAssert<?> assertThatMessage(Path file) {
        OcopInputException e = assertThrows(OcopInputException.class, () -> AssessmentReader.read(file));
        return assertThat(e.getMessage()).startsWith(file + " $");
    }

    @Test
    void tensOfThousandsOfUnknownAnswersAreRefusedByTheReaderAndCappedByTheEngine() {
        Map<String, String> many = new java.util.LinkedHashMap<>();
        StringBuilder answers = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            answers.append(i == 0 ? "" : ", ").append("\"9.").append(i).append("\": \"a\"");
            many.put("9." + i, "a");
        }
        // the reader stops at the 1,001st answer: a sheet has a few dozen criteria
        OcopInputException read = assertThrows(OcopInputException.class, () -> AssessmentReader.parse(
                ASSESSMENT.replace("\"1.1\": \"c\", \"1.2\": \"b\"", answers).getBytes(StandardCharsets.UTF_8),
                "many.json"));
        assertThat(read.getMessage()).isEqualTo("many.json $.answers: holds more than " + AssessmentReader.MAX_ANSWERS
                + " entries (one answer per criterion of the sheet, and the largest sheet has a few dozen criteria);"
                + " reading stopped there. Remove the extra entries");
        // an assessment built in code is scored: the first 50 problems are listed, the others counted
        var a = io.github.ocop.core.scoring.Assessment.of("qd-26-2026", "1",
                new io.github.ocop.core.scoring.Product("p", null, null), many);
        ScoringEngine engine = ScoringEngine.of(RuleSets.standard().get("qd-26-2026"));
        long start = System.nanoTime();
        OcopInputException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(OcopInputException.class, () -> engine.score(a)));
        MILLIS.put("scoring: 50,000 unknown answer codes", (System.nanoTime() - start) / 1_000_000);
        assertThat(e.problems()).hasSize(OcopInputException.MAX_LISTED).extracting(Problem::path)
                .startsWith("$.answers['9.0']", "$.answers['9.1']").contains("$.answers['9.49']");
        // 50,000 unknown codes and the 30-odd criteria of sheet 1 left unanswered, all counted
        long missing = RuleSets.standard().get("qd-26-2026").sheet("1").orElseThrow().criteria().stream()
                .filter(c -> c.applicability().isEmpty()).count();
        assertThat(e.unlisted()).isGreaterThanOrEqualTo(50_000 - 50 + missing);
        assertThat(e.getMessage(java.util.Locale.ENGLISH)).endsWith("assessment $: and " + e.unlisted() + " more problems (only the first 50"
                + " are listed)").hasSizeLessThan(30_000);
    }

    @Test
    void theSizeLimitIsAboveTheBundledRuleSetsWhichTheLoaderReadsWhole() throws IOException {
        for (String id : RuleSets.standard().ids()) {
            byte[] json;
            try (var in = RuleSets.class.getResourceAsStream("/io/github/ocop/rules/" + id + ".json")) {
                assertThat(in).as("bundled resource of %s", id).isNotNull();
                json = in.readAllBytes();
            }
            // room to grow: a rule set may double (e.g. the 26th sheet of QĐ 1048) before the limit refuses it
            assertThat(2L * json.length).as("%s: %d bytes", id, json.length).isLessThan(Json.MAX_DOCUMENT_BYTES);
            assertThat(RuleSetLoader.load(new java.io.ByteArrayInputStream(json), id + ".json").id()).isEqualTo(id);
        }
    }

    @AfterAll
    static void report() {
        System.out.println("HostileInputTest times (ms, one run, noisy):");
        new TreeMap<>(MILLIS).forEach((k, v) -> System.out.println("  " + v + "\t" + k));
    }
}
