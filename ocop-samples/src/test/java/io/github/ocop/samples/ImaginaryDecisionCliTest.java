package io.github.ocop.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ocop.rules.RuleSetLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 through the CLI: the imaginary decision fixture (QĐ 99/2031, not real; see
 * {@code ocop-rules/src/test/resources/fixtures/imaginary-decision.json} and its Java API test) loaded with
 * {@code --rules-file} and through the provider SPI (a {@code META-INF/services} entry on a child JVM's class path),
 * every command answering from the file's numbers. Expected values are worked out by hand from the file: bands
 * 0/25/45/65/85, certificates 24 months with a 90-30-day window, transition of 45 days for a first evaluation.
 */
class ImaginaryDecisionCliTest {
    static final Path FIXTURE = Path.of("../ocop-rules/src/test/resources/fixtures/imaginary-decision.json")
            .toAbsolutePath().normalize();
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = OcopCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    Path assessment(String name, String assessor, String three) throws Exception {
        // 1.1 c 20 + 1.2 a 5 + 2.1 c 15 + 2.2 b 10 + 3: d 35 -> 85 (5 stars here), c 30 -> 80, a 0 -> knock-out KO2
        Path f = dir.resolve(name);
        Files.writeString(f, "{\"ruleSet\": \"qd-99-2031\", \"sheet\": \"1\", \"product\": {\"name\": \"Sản phẩm thử\","
                + " \"subject\": {\"name\": \"HTX thử\", \"type\": \"COOPERATIVE\"}}, \"assessor\": \"" + assessor + "\","
                + " \"answers\": {\"1.1\": \"c\", \"1.2\": \"a\", \"2.1\": \"c\", \"2.2\": \"b\", \"3\": \"" + three
                + "\"}}", StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void scoreUsesTheFilesBandsAndItsAnswerDerivedKnockOut() throws Exception {
        Run r = run("score", "--rules-file", FIXTURE.toString(), "--format", "json",
                assessment("a.json", "m1", "d").toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode card = JSON.readTree(r.out());
        assertThat(card.get("total").asInt()).isEqualTo(85);
        assertThat(card.get("stars").asInt()).isEqualTo(5);
        Run ko = run("score", "--rules-file", FIXTURE.toString(), "--format", "json",
                assessment("k.json", "m1", "a").toString());
        JsonNode k = JSON.readTree(ko.out());
        assertThat(k.get("ranked").asBoolean()).isFalse();
        assertThat(k.get("knockOuts").get(0).get("id").asText()).isEqualTo("KO2");
        assertThat(k.get("knockOuts").get(0).get("derivedFrom").get("criterion").asText()).isEqualTo("3");
        assertThat(k.get("knockOuts").get(0).get("derivedFrom").get("option").asText()).isEqualTo("a");
    }

    @Test
    void certificateDossierResolveAndCouncilAnswerFromTheFile() throws Exception {
        Run c = run("certificate", "--rules-file", FIXTURE.toString(), "--rule-set", "qd-99-2031", "--issued",
                "2031-03-15", "--format", "json");
        assertThat(c.code()).as(c.err()).isZero();
        JsonNode cert = JSON.readTree(c.out());
        assertThat(cert.get("validUntil").asText()).isEqualTo("2033-03-15");
        assertThat(cert.get("reEvaluationWindow").get("from").asText()).isEqualTo("2032-12-15");
        assertThat(cert.get("reEvaluationWindow").get("to").asText()).isEqualTo("2033-02-13");

        Run d = run("dossier", "--rules-file", FIXTURE.toString(), "--rule-set", "qd-99-2031", "--kind", "first",
                "--group", "I", "--format", "json");
        assertThat(d.code()).as(d.err()).isZero();
        JsonNode docs = JSON.readTree(d.out()).get("levels").get(0);
        assertThat(docs.get("level").asText()).isEqualTo("COMMUNE");
        List<String> ids = new ArrayList<>();
        docs.get("documents").forEach(x -> ids.add(x.get("anyOf").get(0).get("id").asText()));
        assertThat(ids).containsExactly("don-dang-ky", "mau-san-pham");

        Run r = run("resolve", "--rules-file", FIXTURE.toString(), "--kind", "first", "--submitted", "2030-12-20",
                "--evaluated", "2031-02-16", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(JSON.readTree(r.out()).get("ruleSet").asText()).isEqualTo("qd-99-2031");
        assertThat(JSON.readTree(r.out()).get("transitionalDeadline").asText()).isEqualTo("2031-02-15");

        // two members, 85 and 80: mean 82.50, 4 stars, which the province certifies under this file
        Run k = run("council", "--rules-file", FIXTURE.toString(), "--level", "PROVINCE", "--format", "json",
                assessment("m1.json", "m1", "d").toString(), assessment("m2.json", "m2", "c").toString());
        assertThat(k.code()).as(k.err()).isZero();
        JsonNode council = JSON.readTree(k.out());
        assertThat(council.get("stars").asInt()).isEqualTo(4);
        assertThat(council.toString()).contains("CERTIFY");
    }

    @Test
    void exportLoadsBackUnchanged() throws Exception {
        Run e = run("export", "--rules-file", FIXTURE.toString(), "--rule-set", "qd-99-2031");
        assertThat(e.code()).as(e.err()).isZero();
        Path exported = dir.resolve("exported.json");
        Files.writeString(exported, e.out(), StandardCharsets.UTF_8);
        assertThat(RuleSetLoader.load(exported)).isEqualTo(RuleSetLoader.load(FIXTURE));
        Run again = run("export", "--rules-file", exported.toString(), "--rule-set", "qd-99-2031");
        assertThat(again.out()).isEqualTo(e.out());
        // a bundled rule set exports to its bundled file, byte for byte
        Run bundled = run("export", "--rule-set", "qd-26-2026");
        assertThat(bundled.out()).isEqualTo(Files.readString(
                Path.of("../ocop-rules/src/main/resources/io/github/ocop/rules/qd-26-2026.json"), StandardCharsets.UTF_8));
    }

    @Test
    void theProviderSpiMakesTheFileAvailableWithoutAnOption() throws Exception {
        Path services = dir.resolve("spi/META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve("io.github.ocop.rules.RuleSetProvider"),
                ImaginaryDecisionProvider.class.getName() + "\n");
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Docop.test.fixture=" + FIXTURE, "-cp", dir.resolve("spi") + java.io.File.pathSeparator + cp,
                "io.github.ocop.samples.OcopCli", "certificate", "--rule-set", "qd-99-2031", "--issued", "2031-03-15",
                "--format", "json");
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(err)).isZero();
        assertThat(JSON.readTree(Files.readString(out)).get("validUntil").asText()).isEqualTo("2033-03-15");
    }

    @Test
    void everyOutputOfTheFileSaysItIsNotAnOfficialRuleSet() throws Exception {
        // issue 16 item 2: every output of a rule set that is not bundled says so, in text, HTML and JSON
        String f = FIXTURE.toString();
        String a = assessment("a.json", "m1", "d").toString();
        String b = assessment("b.json", "m2", "c").toString();
        String notice = "KHÔNG PHẢI bộ tiêu chí chính thức";
        String[][] text = {
            {"score", "--rules-file", f, a},
            {"explain", "--rules-file", f, a},
            {"explain", "--rules-file", f, "--format", "html", a},
            {"advise", "--rules-file", f, "--target", "5", b},
            {"what-if", "--rules-file", f, "--set", "3=c", a},
            {"council", "--rules-file", f, a, b},
            {"sheet", "--rules-file", f, "--rule-set", "qd-99-2031", "--sheet", "1"},
            {"print-sheet", "--rules-file", f, "--rule-set", "qd-99-2031", "--sheet", "1"},
            {"certificate", "--rules-file", f, "--rule-set", "qd-99-2031", "--issued", "2031-03-15"},
            {"dossier", "--rules-file", f, "--rule-set", "qd-99-2031", "--kind", "first", "--group", "I"},
            {"resolve", "--rules-file", f, "--kind", "first", "--submitted", "2031-01-05", "--evaluated", "2031-03-01"},
        };
        for (String[] args : text) {
            Run r = run(args);
            assertThat(r.code()).as(String.join(" ", args) + "\n" + r.err()).isZero();
            assertThat(r.out()).as(String.join(" ", args)).contains(notice);
        }
        String[][] json = {
            {"score", "--rules-file", f, "--format", "json", a},
            {"explain", "--rules-file", f, "--format", "json", a},
            {"advise", "--rules-file", f, "--target", "5", "--format", "json", b},
            {"what-if", "--rules-file", f, "--set", "3=c", "--format", "json", a},
            {"council", "--rules-file", f, "--format", "json", a, b},
            {"certificate", "--rules-file", f, "--rule-set", "qd-99-2031", "--issued", "2031-03-15", "--format", "json"},
            {"dossier", "--rules-file", f, "--rule-set", "qd-99-2031", "--kind", "first", "--group", "I", "--format",
                "json"},
        };
        for (String[] args : json) {
            Run r = run(args);
            assertThat(r.code()).as(String.join(" ", args) + "\n" + r.err()).isZero();
            assertThat(JSON.readTree(r.out()).get("officialRuleSet").asBoolean(true)).as(String.join(" ", args))
                    .isFalse();
        }
        // and an official rule set's outputs carry no such mark
        Run official = run("explain", "--format", "json",
                "examples/qd-26-2026/01-rau-cu-qua-buoi-da-xanh.json");
        assertThat(JSON.readTree(official.out()).has("officialRuleSet")).isFalse();
    }

    @Test
    void processDatesAreAcceptedAsAVietnameseClerkWritesThem() {
        Run iso = run("resolve", "--kind", "re-evaluation", "--submitted", "2026-05-01", "--evaluated", "2026-06-22");
        Run vi = run("resolve", "--kind", "re-evaluation", "--submitted", "01/05/2026", "--evaluated", "22/06/2026");
        assertThat(vi.code()).as(vi.err()).isZero();
        assertThat(vi.out()).isEqualTo(iso.out());
        Run bad = run("resolve", "--kind", "first", "--submitted", "31/02/2026", "--evaluated", "2026-06-22");
        assertThat(bad.code()).isEqualTo(OcopCli.USAGE);
        assertThat(bad.err()).contains("dd/MM/yyyy").doesNotContain("java.time").doesNotContain("Exception");
    }
}
