package io.github.ocop.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Small model values, by construction: the option-to-subject-type map of a criterion, a dossier line, a decision's
 * period in force (QĐ 26/2026 takes effect on 22/05/2026, the date the bundled file states) and the kinds of
 * evaluation.
 */
class ModelValuesTest {
    @Test
    void anOptionMapNamesTypesPerOptionAndKnowsWhichTypesItMaps() {
        OptionSubjectTypes m = new OptionSubjectTypes(Map.of("a", Set.of("HOUSEHOLD", "FARM"), "c",
                Set.of("COOPERATIVE")), "c");
        assertThat(m.typesOf("a")).hasValue(Set.of("HOUSEHOLD", "FARM"));
        assertThat(m.typesOf("b")).isEmpty();
        assertThat(m.maps("FARM")).isTrue();
        assertThat(m.maps("COOPERATIVE")).isTrue();
        assertThat(m.maps("ASSOCIATION")).isFalse();
        assertThatThrownBy(() -> new OptionSubjectTypes(Map.of("a", Set.of()), "c"))
                .hasMessageContaining("option a must name at least one subject type");
        assertThatThrownBy(() -> new OptionSubjectTypes(Map.of(), "c"))
                .hasMessageContaining("at least one option");
        assertThatThrownBy(() -> new OptionSubjectTypes(Map.of("a", Set.of("FARM")), " "))
                .hasMessageContaining("citation");
    }

    @Test
    void aDossierLineAppliesToItsGroupsAndIsMetByAnyOfItsKinds() {
        DocumentKind form = new DocumentKind("form", "Phiếu đăng ký", "registration form", "c");
        DocumentKind plan = new DocumentKind("plan", "Phương án sản xuất", "business plan", "c");
        DocumentKind other = new DocumentKind("other", "Khác", "other", "c");
        DocumentRequirement any = new DocumentRequirement(List.of(form, plan), Necessity.MANDATORY, "Điều 7",
                Set.of());
        DocumentRequirement food = new DocumentRequirement(List.of(form), Necessity.MANDATORY, "Điều 7", Set.of("I"));
        assertThat(any.appliesTo("VI")).isTrue();
        assertThat(food.appliesTo("I")).isTrue();
        assertThat(food.appliesTo("VI")).isFalse();
        assertThat(any.isSatisfiedBy(List.of(plan))).isTrue();
        assertThat(any.isSatisfiedBy(List.of(other))).isFalse();
        assertThat(any.isSatisfiedBy(List.of())).isFalse();
        assertThat(any.describe()).isEqualTo("Phiếu đăng ký hoặc Phương án sản xuất [Điều 7]");
        assertThat(food.describe()).isEqualTo("Phiếu đăng ký [Điều 7]");
        assertThatThrownBy(() -> new DocumentRequirement(List.of(), Necessity.MANDATORY, "c", Set.of()))
                .hasMessageContaining("at least one document kind");
    }

    @Test
    void aDecisionIsInForceFromItsFirstToItsLastDayBothIncluded() {
        LegalInstrument open = new LegalInstrument("26/2026/QĐ-TTg", "t", LocalDate.of(2026, 5, 22),
                LocalDate.of(2026, 5, 22), null, List.of(), List.of());
        assertThat(open.isInForceOn(LocalDate.of(2026, 5, 21))).isFalse();
        assertThat(open.isInForceOn(LocalDate.of(2026, 5, 22))).isTrue();
        assertThat(open.isInForceOn(LocalDate.of(2099, 1, 1))).isTrue();
        assertThat(open.describePeriod()).isEqualTo("from 2026-05-22");
        LegalInstrument closed = new LegalInstrument("148/QĐ-TTg", "t", LocalDate.of(2023, 2, 24),
                LocalDate.of(2023, 2, 24), LocalDate.of(2026, 5, 21), List.of(), List.of());
        assertThat(closed.isInForceOn(LocalDate.of(2026, 5, 21))).isTrue();
        assertThat(closed.isInForceOn(LocalDate.of(2026, 5, 22))).isFalse();
        assertThat(closed.isInForceOn(LocalDate.of(2023, 2, 23))).isFalse();
        assertThat(closed.describePeriod()).isEqualTo("from 2023-02-24 to 2026-05-21");
    }

    @Test
    void theLevelsOfEvaluationAreNamedInBothLanguagesFromTheBundle() {
        // the levels as the law names them: qd-26-2026/source.txt lines 45 ("cấp tỉnh và cấp trung ương") and 51 ("UBND
        // cấp xã"); cấp huyện from QĐ 1048/2019
        assertThat(EvaluationLevel.COMMUNE.format(Locale.forLanguageTag("vi"))).isEqualTo("cấp xã");
        assertThat(EvaluationLevel.DISTRICT.format(Locale.forLanguageTag("vi"))).isEqualTo("cấp huyện");
        assertThat(EvaluationLevel.PROVINCE.format(Locale.forLanguageTag("vi"))).isEqualTo("cấp tỉnh");
        assertThat(EvaluationLevel.CENTRAL.format(Locale.forLanguageTag("vi"))).isEqualTo("cấp trung ương");
        assertThat(EvaluationLevel.PROVINCE.format(Locale.ENGLISH)).isEqualTo("province");
        assertThat(EvaluationLevel.CENTRAL.format(Locale.ENGLISH)).isEqualTo("central");
    }

    @Test
    void theKindsOfEvaluationAreNamedInBothLanguages() {
        // QĐ 26/2026 Điều 6 khoản 1 điểm a-c: "lần đầu", "nâng hạng", "phân hạng lại" (our short word: "đánh giá lại")
        assertThat(EvaluationKind.FIRST.format(Locale.forLanguageTag("vi"))).isEqualTo("lần đầu");
        assertThat(EvaluationKind.RE_EVALUATION.format(Locale.ENGLISH)).isEqualTo("re-evaluation");
        assertThat(EvaluationKind.RE_EVALUATION.format(Locale.forLanguageTag("vi"))).isEqualTo("đánh giá lại");
        assertThat(EvaluationKind.FIRST.format(Locale.ENGLISH)).isEqualTo("first evaluation");
        assertThat(EvaluationKind.UPGRADE.format(Locale.ENGLISH)).isEqualTo("upgrade");
        assertThat(EvaluationKind.UPGRADE.format(Locale.forLanguageTag("vi"))).isEqualTo("nâng hạng");
    }
}
