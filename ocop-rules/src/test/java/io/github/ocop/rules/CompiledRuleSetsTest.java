package io.github.ocop.rules;

import io.github.ocop.core.model.Amendment;
import io.github.ocop.core.model.Applicability;
import io.github.ocop.core.model.Citation;
import io.github.ocop.core.model.Criterion;
import io.github.ocop.core.model.Erratum;
import io.github.ocop.core.model.Interpretation;
import io.github.ocop.core.model.KnockOut;
import io.github.ocop.core.model.KnockOutEffect;
import io.github.ocop.core.model.LegalInstrument;
import io.github.ocop.core.model.Option;
import io.github.ocop.core.model.Part;
import io.github.ocop.core.model.PartCode;
import io.github.ocop.core.model.PartDefinition;
import io.github.ocop.core.model.ProductCategory;
import io.github.ocop.core.model.ProductGroup;
import io.github.ocop.core.model.ProductSubgroup;
import io.github.ocop.core.model.ProductTaxonomy;
import io.github.ocop.core.model.Provenance;
import io.github.ocop.core.model.ProvenanceKind;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.core.model.Section;
import io.github.ocop.core.model.StarBand;
import io.github.ocop.core.model.StarRanking;
import io.github.ocop.rules.internal.RuleSetBinary;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The compiled ({@code .bin}) forms of the bundled rule sets can never drift from the reviewed JSON: each decodes to a
 * rule set equal to the JSON's, and compiling the JSON again gives the same bytes.
 *
 * <p>To regenerate them after changing a bundled JSON:
 * {@code mvn -B test -pl ocop-rules -Dtest=CompiledRuleSetsTest -Docop.regenerate=true}; this writes each
 * {@code ID.bin} and rewrites the digest lines of {@code BundledDigests.java} (both the JSON's and the compiled
 * form's); then build and run the tests again (the digests are compiled code).
 */
class CompiledRuleSetsTest {
    private static final Path RESOURCES = Path.of("src/main/resources/io/github/ocop/rules");
    private static final String SHA = "a".repeat(64);

    @Test
    void eachCompiledFormIsTheCompiledJsonAndDecodesToTheJsonRuleSet() throws IOException {
        boolean regenerate = Boolean.getBoolean("ocop.regenerate");
        if (regenerate) {
            // write every compiled form and the digest lines first, so that one run regenerates all of them even when
            // several rule sets changed (the digests compiled into this JVM are stale until the next build)
            for (String id : new BundledRuleSets().ids()) {
                byte[] json = Files.readAllBytes(RESOURCES.resolve(id + ".json"));
                Files.write(RESOURCES.resolve(id + ".bin"), RuleSetBinary.write(RuleSetLoader.parse(json, id + ".json")));
            }
            BundledRuleSetsTest.writeDigestLines(BundledRuleSetsTest.expectedDigestLines());
            return;
        }
        List<String> compiled = new ArrayList<>();
        for (String id : new BundledRuleSets().ids()) {
            byte[] json = Files.readAllBytes(RESOURCES.resolve(id + ".json"));
            RuleSet fromJson = RuleSetLoader.parse(json, id + ".json");
            byte[] bytes = RuleSetBinary.write(fromJson);
            Path bin = RESOURCES.resolve(id + ".bin");
            BundledRuleSets bundled = new BundledRuleSets(BundledRuleSetsTest.sourceIndex());
            assertThat(Files.readAllBytes(bin))
                    .as("%s.bin must be the compiled %s.json; regenerate it (see this test's Javadoc)", id, id)
                    .isEqualTo(bytes);
            RuleSet decoded = RuleSetBinary.read(bytes, fromJson.digest().orElseThrow());
            assertThat(decoded).isEqualTo(fromJson);
            // BundledRuleSets does not validate the compiled form at run time (its digest is compiled into the jar):
            // this is where each bundled form is proved valid
            assertThat(RuleSetValidator.validate(decoded).errors()).as("%s.bin validates", id).isEmpty();
            assertThat(decoded.digest()).isEqualTo(fromJson.digest()).isEqualTo(bundled.recordedDigest(id));
            assertThat(bundled.recordedBinaryDigest(id)).hasValue(RuleSetLoader.sha256(bytes));
            assertThat(new BundledRuleSets().load(id)).hasValue(fromJson);
            // the sheets compile to under half their JSON; the process facts are mostly text (qd-148-2023's file is
            // little else), so that file only needs to be smaller than its JSON
            assertThat(bytes.length).isLessThan(fromJson.sheets().isEmpty() ? json.length : json.length / 2);
            compiled.add(id);
        }
        assertThat(compiled).contains("qd-26-2026", "qd-1048-2019");
    }

    @Test
    void everyFieldOfTheModelSurvivesTheRoundTripIncludingAbsentOnes() {
        RuleSet full = fullRuleSet();
        RuleSet back = RuleSetBinary.read(RuleSetBinary.write(full), SHA);
        assertThat(back).isEqualTo(full);
        assertThat(back.digest()).hasValue(SHA);
        ScoringSheet s = back.sheets().get(0);
        assertThat(s.classification()).hasValue("class");
        assertThat(back.sheets().get(1).classification()).isEmpty();
        assertThat(back.sheets().get(1).provenance()).isEmpty();
        assertThat(s.criterion("1.1").orElseThrow().option("a").orElseThrow()).isEqualTo(
                full.sheets().get(0).criterion("1.1").orElseThrow().option("a").orElseThrow());
        assertThat(back.instrument().until()).hasValue(LocalDate.of(2030, 12, 31));
        assertThat(back.errata().get(0).line()).isEqualTo(-7);
        assertThat(RuleSetBinary.write(back)).isEqualTo(RuleSetBinary.write(full));
    }

    @Test
    void equalStringsAreOneInstanceOnceRead() {
        RuleSet back = RuleSetBinary.read(RuleSetBinary.write(fullRuleSet()), SHA);
        Criterion c = back.sheets().get(0).criterion("1.1").orElseThrow();
        assertThat(c.options().get(0).citation().instrument()).isSameAs(back.instrument().number());
    }

    @Test
    void aFormCompiledFromAnotherJsonIsRefused() {
        byte[] bytes = RuleSetBinary.write(fullRuleSet());
        assertThatThrownBy(() -> RuleSetBinary.read(bytes, "b".repeat(64)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("compiled from the JSON");
    }

    @Test
    void truncatedCorruptOrForeignBytesAreRefusedNotMisread() {
        byte[] bytes = RuleSetBinary.write(fullRuleSet());
        for (int n = 0; n < bytes.length; n += 7) {
            byte[] cut = Arrays.copyOf(bytes, n);
            assertThatThrownBy(() -> RuleSetBinary.read(cut, SHA)).isInstanceOf(IllegalStateException.class);
        }
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
        assertThatThrownBy(() -> RuleSetBinary.read(longer, SHA)).hasMessageContaining("trailing");
        byte[] json = "{\"id\": \"x\"}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> RuleSetBinary.read(json, SHA)).hasMessageContaining("bad magic");
        byte[] future = bytes.clone();
        future[4] = (byte) (RuleSetBinary.VERSION + 1);
        assertThatThrownBy(() -> RuleSetBinary.read(future, SHA)).hasMessageContaining("format");
    }

    @Test
    void aChangedCompiledResourceIsRefused() {
        String id = "qd-26-2026";
        BundledRuleSets real = new BundledRuleSets();
        BundledRuleSets tampered = new BundledRuleSets(Map.of(id, real.recordedDigest(id).orElseThrow(),
                id + ".bin", "0".repeat(64)));
        assertThat(tampered.ids()).containsExactly(id);
        assertThatThrownBy(() -> tampered.load(id)).isInstanceOf(OcopInputException.class)
                .hasMessageContaining(id + ".bin đã bị thay đổi").hasMessageContaining("không dùng tệp này");
    }

    @Test
    void aCompiledResourceMustCarryTheRecordedJsonDigest() {
        String id = "qd-26-2026";
        BundledRuleSets real = new BundledRuleSets();
        byte[] otherJson = "{}".getBytes(StandardCharsets.UTF_8);
        BundledRuleSets other = new BundledRuleSets(Map.of(id, RuleSetLoader.sha256(otherJson),
                id + ".bin", real.recordedBinaryDigest(id).orElseThrow()),
                name -> name.endsWith(".json") ? otherJson : BundledRuleSets.ownResource(name));
        assertThatThrownBy(() -> other.load(id)).isInstanceOf(OcopInputException.class)
                .hasMessageContaining(id + ".bin").hasMessageContaining("compiled from the JSON");
    }

    /** A rule set in which every optional field is set somewhere and absent somewhere else. */
    private static RuleSet fullRuleSet() {
        Citation cite = new Citation("26/2026/QĐ-TTg", "Điều 3", "II", "1", "1.1", 12);
        Citation bare = new Citation("26/2026/QĐ-TTg", null, null, null, null, null);
        Option a = new Option("a", "Có", 0, null, null, null, cite);
        Option b = new Option("b", "Tốt", 3, 4, "Trường hợp 1", "I-1", bare);
        Criterion c1 = new Criterion("1.1", "Tiêu chí", 3, List.of("ghi chú"), null, cite, List.of(a, b));
        Criterion c2 = new Criterion("1.2", "Điều kiện", 2, List.of(),
                new Applicability("1.1", List.of("b"), "nếu 1.1 là b"), bare,
                List.of(new Option("x", "X", 2, null, null, null, bare)));
        Criterion c3 = new Criterion("1.3", "Không phương án", 0, List.of(), null, bare, List.of());
        Section inner = new Section("1.A", "Mục con", 2, bare, List.of(), List.of(c2));
        Section outer = new Section("1", "Mục", 5, cite, List.of(inner), List.of(c1, c3));
        ScoringSheet s1 = new ScoringSheet("1", "Phiếu 1", "class",
                new Provenance(ProvenanceKind.SECONDARY, "src", "note"), List.of("lệch"), cite,
                List.of(new KnockOut("K1", "1.1", KnockOutEffect.DISQUALIFIED, "loại", cite),
                        new KnockOut("K2", null, KnockOutEffect.NOT_EVALUATED_FURTHER, "dừng", bare)),
                List.of(new Part(PartCode.A, "Phần A", 5, cite, List.of(outer))));
        ScoringSheet s2 = new ScoringSheet("2", "Phiếu 2", null, null, List.of(), bare, List.of(),
                List.of(new Part(PartCode.C, "Phần C", 0, bare, List.of())));
        List<StarBand> bands = List.of(new StarBand(1, 0, cite), new StarBand(2, 30, bare), new StarBand(3, 50, bare),
                new StarBand(4, 70, bare), new StarBand(5, 90, bare));
        return RuleSet.builder().id("test").title("Bộ thử")
                .instrument(new LegalInstrument("26/2026/QĐ-TTg", "Quyết định", LocalDate.of(2026, 1, 2),
                        LocalDate.of(2026, 2, 1), LocalDate.of(2030, 12, 31),
                        List.of(new Amendment("1/2027", LocalDate.of(2027, 1, 1), "sửa")), List.of("148/2023")))
                .provenance(new Provenance(ProvenanceKind.OFFICIAL_TEXT, "công báo", ""))
                .parts(List.of(new PartDefinition(PartCode.A, "A", 35, cite), new PartDefinition(PartCode.B, "B", 25,
                        bare)))
                .starRanking(StarRanking.of(bands))
                .interpretations(List.of(new Interpretation("I-1", "diễn giải", "lý do")))
                .errata(List.of(new Erratum("E1", "1", "1.1", "b", "points", "4", "3", "in sai", -7),
                        new Erratum("E2", null, null, null, "text", "x", "y", "z", null)))
                .taxonomy(ProductTaxonomy.of(List.of(new ProductGroup("1", "Thực phẩm", List.of(
                        new ProductCategory("1.1", "Nông sản", List.of("NN"), List.of(
                                new ProductSubgroup("1.1.1", "Tươi", List.of("NN", "YT"), "1", cite),
                                new ProductSubgroup("1.1.2", "Khác", List.of(), null, bare))))))))
                .sheets(List.of(s1, s2))
                .digest(SHA)
                .build();
    }
}
