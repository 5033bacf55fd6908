package io.github.ocop.samples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CLI reproductions of issue 16. The hostile runs use a child JVM with {@code -Xmx256m}: each must end with exit
 * code 1 and a bounded message, without running out of memory; the timeout (2 minutes) only detects a hang, no time
 * is asserted.
 */
class ReliabilityCliTest {
    private static final String EXAMPLE = "examples/qd-26-2026/01-rau-cu-qua-buoi-da-xanh.json";
    private static final Path MINI = Path.of("../ocop-rules/src/test/resources/fixtures/mini-rule-set.json");
    private static final String RULES = "io/github/ocop/rules/";

    @TempDir
    Path dir;

    record Child(int code, String out, String err) {
    }

    private static String classPath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
    }

    private Child child(String classPathPrefix, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-cp", classPathPrefix + classPath(),
                "io.github.ocop.samples.OcopCli"));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the child JVM did not finish within 2 minutes (a hang)");
        }
        return new Child(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static void assertBoundedInputError(Child c) {
        assertThat(c.err()).doesNotContain("OutOfMemoryError").doesNotContain("internal error")
                .doesNotContain("Exception");
        assertThat(c.code()).as(c.err()).isEqualTo(OcopCli.INVALID_INPUT);
        assertThat(c.out().length() + c.err().length()).isLessThan(20_000);
    }

    /** A 16 MiB assessment: the example's fields, then as many copies of an entry as fit. */
    private Path sixteenMiB(String name, String open, String entry, String close) throws IOException {
        Path f = dir.resolve(name);
        String head = "{\"ruleSet\": \"qd-26-2026\", \"sheet\": \"1\", \"product\": {\"name\": \"p\"}, " + open;
        int limit = 16 * 1024 * 1024;
        try (OutputStream o = Files.newOutputStream(f)) {
            byte[] h = head.getBytes(StandardCharsets.UTF_8);
            o.write(h);
            long size = h.length;
            for (int i = 0; size + 64 < limit; i++) {
                byte[] e = ((i == 0 ? "" : ",") + entry.replace("#", Integer.toString(i))).getBytes(StandardCharsets.UTF_8);
                o.write(e);
                size += e.length;
            }
            o.write((close + "}").getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Files.size(f)).isBetween(limit - 100L, (long) limit);
        return f;
    }

    @Test
    void aSixteenMiBAssessmentOfUnknownAnswersIsRefusedWithinBoundedMemory() throws Exception {
        Path f = sixteenMiB("answers.json", "\"answers\": {", "\"9.#\":\"a\"", "}");
        Child c = child("", "score", f.toString());
        assertBoundedInputError(c);
        assertThat(c.err()).startsWith(f + " $.answers: có hơn 1000 mục");
    }

    @Test
    void aSixteenMiBListOfOneKnockOutIsRefusedWithinBoundedMemory() throws Exception {
        Path f = sixteenMiB("knockouts.json", "\"answers\": {}, \"knockOuts\": [", "\"KO1\"", "]");
        Child c = child("", "score", f.toString());
        assertBoundedInputError(c);
        assertThat(c.err()).startsWith(f + " $.knockOuts: có hơn 100 mục");
    }

    /** A jar holding the given entries of the ocop-rules classes (or all of them), some replaced. */
    private Path rulesCopy(String name, boolean everything, java.util.function.BiFunction<String, byte[], byte[]> change)
            throws Exception {
        Path origin = Path.of(io.github.ocop.rules.RuleSets.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI());
        Path jar = dir.resolve(name);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            List<String> names = new ArrayList<>();
            if (Files.isDirectory(origin)) {
                try (var s = Files.walk(origin)) {
                    s.filter(Files::isRegularFile).forEach(p -> names.add(origin.relativize(p).toString()
                            .replace('\\', '/')));
                }
            } else {
                try (ZipFile z = new ZipFile(origin.toFile())) {
                    for (Enumeration<? extends ZipEntry> e = z.entries(); e.hasMoreElements(); ) {
                        ZipEntry ze = e.nextElement();
                        if (!ze.isDirectory()) {
                            names.add(ze.getName());
                        }
                    }
                }
            }
            for (String n : names) {
                if (!everything && !n.startsWith(RULES) || n.endsWith(".class") && !everything
                        || n.startsWith("META-INF/") || n.equals("module-info.class")) {
                    continue;
                }
                byte[] bytes = read(origin, n);
                out.putNextEntry(new ZipEntry(n));
                out.write(change.apply(n, bytes));
                out.closeEntry();
            }
        }
        return jar;
    }

    private static byte[] read(Path origin, String name) throws IOException {
        if (Files.isDirectory(origin)) {
            return Files.readAllBytes(origin.resolve(name));
        }
        try (ZipFile z = new ZipFile(origin.toFile())) {
            return z.getInputStream(z.getEntry(name)).readAllBytes();
        }
    }

    private static byte[] flipInBin(String name, byte[] bytes) {
        if (name.equals(RULES + "qd-26-2026.bin") || name.equals(RULES + "qd-26-2026.json")) {
            byte[] b = bytes.clone();
            b[b.length / 2] ^= 1;
            return b;
        }
        return bytes;
    }

    @Test
    void aResourceOnlyJarEarlierOnTheClassPathChangesNothing() throws Exception {
        Path resOnly = rulesCopy("resonly.jar", false, ReliabilityCliTest::flipInBin);
        Child normal = child("", "score", EXAMPLE);
        Child shadowed = child(resOnly + java.io.File.pathSeparator, "score", EXAMPLE);
        assertThat(normal.code()).isZero();
        assertThat(shadowed).isEqualTo(normal);
    }

    @Test
    void aJarWhoseRuleSetResourcesWereEditedIsRefusedWithExitCodeOne() throws Exception {
        Path edited = rulesCopy("edited.jar", true, ReliabilityCliTest::flipInBin);
        Child c = child(edited + java.io.File.pathSeparator, "score", EXAMPLE);
        assertBoundedInputError(c);
        assertThat(c.err()).contains("bộ tiêu chí đi kèm qd-26-2026.").contains("đã bị thay đổi").contains("cài đặt lại");
    }

    private Path miniWithId(String id) throws IOException {
        Path f = dir.resolve(id + ".json");
        Files.writeString(f, Files.readString(MINI).replace("\"id\": \"mini\"", "\"id\": \"" + id + "\""));
        return f;
    }

    @Test
    void aRulesFileMayNotShadowAnOfficialRuleSet() throws IOException {
        Path shadow = miniWithId("qd-26-2026");
        OcopCliTest.Run score = OcopCliTest.run("score", "--rules-file", shadow.toString(), EXAMPLE);
        assertThat(score.code()).isEqualTo(1);
        assertThat(score.err()).startsWith(shadow + " $.id: mã qd-26-2026 là của bộ tiêu chí chính thức");
        OcopCliTest.Run validate = OcopCliTest.run("validate", shadow.toString());
        assertThat(validate.code()).isEqualTo(1);
        assertThat(validate.err()).contains(shadow + " $.id: mã qd-26-2026 là của bộ tiêu chí chính thức");
    }

    @Test
    void everyOutputOfANonBundledRuleSetSaysItIsNotOfficial() throws IOException {
        Path own = miniWithId("mini");
        Path a = dir.resolve("a.json");
        Files.writeString(a, "{\"ruleSet\": \"mini\", \"sheet\": \"1\", \"product\": {\"name\": \"p\"}, \"answers\":"
                + " {\"1.1\": \"a\", \"1.2\": \"a\", \"2.1\": \"a\", \"3\": \"a\"}}");
        String notice = "mini KHÔNG PHẢI bộ tiêu chí chính thức";
        assertThat(OcopCliTest.run("score", "--rules-file", own.toString(), a.toString()).out()).contains(notice);
        assertThat(OcopCliTest.run("score", "--format", "json", "--rules-file", own.toString(), a.toString()).out())
                .contains("\"officialRuleSet\":false");
        assertThat(OcopCliTest.run("sheet", "--rules-file", own.toString(), "--rule-set", "mini", "--sheet", "1").out())
                .contains(notice);
        assertThat(OcopCliTest.run("sheets", "--rules-file", own.toString(), "--rule-set", "mini").out()).contains(notice);
        assertThat(OcopCliTest.run("validate", own.toString()).out()).contains(notice);
        assertThat(OcopCliTest.run("history", "--rules-file", own.toString()).out()).contains(notice);
        assertThat(OcopCliTest.run("score", EXAMPLE).out()).doesNotContain("KHÔNG PHẢI");
    }

    @Test
    void invalidInputNeverExitsThree() throws IOException {
        // two rules files with one id and different content
        Path one = miniWithId("mini");
        Path two = dir.resolve("two.json");
        Files.writeString(two, Files.readString(one).replace("\"title\": \"", "\"title\": \"2 "));
        OcopCliTest.Run r = OcopCliTest.run("sheets", "--rules-file", one.toString(), "--rules-file", two.toString(),
                "--rule-set", "mini");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith(two + " $.id: mã mini là của một bộ tiêu chí đã biết");
        // a report total of 1e400
        Path report = dir.resolve("report.json");
        Files.writeString(report, Files.readString(Path.of("examples/district-round/ngoc-hoi-2021-illustrative.json"))
                .replaceFirst("\"total\": [0-9.]+", "\"total\": 1e400"));
        OcopCliTest.Run rep = OcopCliTest.run("report", report.toString());
        assertThat(rep.code()).as(rep.err()).isEqualTo(1);
        assertThat(rep.err()).contains("$.products[0].total: cần tổng điểm trung bình của hội đồng là một số từ 0 đến 100");
    }

    @Test
    void printSheetOfARuleSetWithGapsSaysWhyAndHowToSupplyIt() {
        OcopCliTest.Run r = OcopCliTest.run("print-sheet", "--rule-set", "qd-148-2023", "--sheet", "I.1.b");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("phân nhóm I.1.b 'Thịt, thủy sản, trứng, sữa tươi' không có phiếu đánh giá")
                .contains("(cần một trong: I.1.a)").contains("--rules-file TỆP");
    }
}
