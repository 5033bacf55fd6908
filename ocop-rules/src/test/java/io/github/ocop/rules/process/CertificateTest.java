package io.github.ocop.rules.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ocop.core.text.Messages;
import io.github.ocop.core.problem.OcopArgumentException;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.process.Certificate;
import io.github.ocop.core.process.DateWindow;
import io.github.ocop.core.process.ExtensionReading;
import io.github.ocop.core.process.ValidityConvention;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CertificateTest {

    private static Certificate cert(LocalDate issued) {
        return Certificate.issue(Bundled.QD26, "Bưởi da xanh", 4, issued);
    }

    @Test
    void validFor36MonthsThroughTheAnniversary_Dieu4Khoan3() {
        Certificate c = cert(LocalDate.of(2026, 5, 31));
        assertThat(c.validUntil()).isEqualTo(LocalDate.of(2029, 5, 31));
        assertThat(c.validUntil(ValidityConvention.DAY_BEFORE_ANNIVERSARY)).isEqualTo(LocalDate.of(2029, 5, 30));
        assertThat(c.isValidOn(LocalDate.of(2029, 5, 31))).isTrue();
        assertThat(c.isValidOn(LocalDate.of(2029, 6, 1))).isFalse();
        assertThat(c.isValidOn(LocalDate.of(2026, 5, 30))).isFalse();
    }

    @Test
    void issuedOn29FebruaryIsClampedToTheEndOfFebruary_Dieu4Khoan3() {
        Certificate c = cert(LocalDate.of(2028, 2, 29));
        assertThat(c.validUntil()).isEqualTo(LocalDate.of(2031, 2, 28));
        assertThat(c.validUntil(ValidityConvention.DAY_BEFORE_ANNIVERSARY)).isEqualTo(LocalDate.of(2031, 2, 27));
    }

    @Test
    void filingWindowRunsFrom180To120DaysBeforeExpiry_Dieu7Khoan6DiemA() {
        DateWindow w = cert(LocalDate.of(2026, 5, 31)).reEvaluationFilingWindow().orElseThrow();
        assertThat(w.first()).isEqualTo(LocalDate.of(2028, 12, 2));
        assertThat(w.last()).isEqualTo(LocalDate.of(2029, 1, 31));
        assertThat(w.lengthInDays()).isEqualTo(61);
        assertThat(w.contains(LocalDate.of(2028, 12, 1))).isFalse();
        assertThat(w.contains(LocalDate.of(2029, 2, 1))).isFalse();
        DateWindow leap = cert(LocalDate.of(2028, 2, 29)).reEvaluationFilingWindow().orElseThrow();
        assertThat(leap).isEqualTo(new DateWindow(LocalDate.of(2030, 9, 1), LocalDate.of(2030, 10, 31)));
    }

    @Test
    void onlyThreeToFiveStarsAreCertified_Dieu4Khoan3() {
        assertThatThrownBy(() -> Certificate.issue(Bundled.QD26, "X", 2, LocalDate.of(2026, 6, 1)))
                .isInstanceOfSatisfying(OcopArgumentException.class, e -> {
                    assertThat(e.getMessage()).contains("3, 4, 5 stars only").endsWith("not 2");
                    assertThat(e.getMessage(Messages.VIETNAMESE)).contains("chỉ cấp cho hạng 3, 4, 5 sao")
                            .endsWith("không cấp cho hạng 2 sao");
                });
        assertThatThrownBy(() -> Certificate.issue(Bundled.QD26, " ", 3, LocalDate.of(2026, 6, 1)))
                .hasMessageContaining("blank");
        assertThatThrownBy(() -> Certificate.issue(Bundled.QD26, null, 3, LocalDate.of(2026, 6, 1)))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("product");
    }

    @Test
    void issueDateBeforeTheRuleSetExistsIsRejected() {
        assertThatThrownBy(() -> Certificate.issue(Bundled.QD26, "X", 3, LocalDate.of(2025, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("qd-26-2026")
                .hasMessageContaining("2025-01-01");
    }

    @Test
    void a148CertificateWhoseWindowClosedBefore22May2026IsExtendedUpTo180Days_Dieu12Khoan3() {
        Certificate c = Certificate.issue(Bundled.QD148, "Mật ong", 3, LocalDate.of(2023, 8, 1));
        assertThat(c.reEvaluationFilingWindow(Bundled.QD26.process().certificate().orElseThrow(),
                ValidityConvention.THROUGH_ANNIVERSARY).orElseThrow().last()).isEqualTo(LocalDate.of(2026, 4, 3));
        assertThat(c.transitionalExtension(Bundled.QD26))
                .contains(new DateWindow(LocalDate.of(2026, 8, 2), LocalDate.of(2027, 1, 28)));
    }

    @Test
    void noTransitionalExtensionWhenTheWindowIsStillOpenOrTheCertificateAlreadyExpired_Dieu12Khoan3() {
        assertThat(Certificate.issue(Bundled.QD148, "A", 3, LocalDate.of(2024, 1, 10)).transitionalExtension(Bundled.QD26))
                .isEmpty();
        assertThat(Certificate.issue(Bundled.QD148, "B", 3, LocalDate.of(2023, 3, 1)).transitionalExtension(Bundled.QD26))
                .isEmpty();
        assertThat(cert(LocalDate.of(2026, 6, 1)).transitionalExtension(Bundled.QD26)).isEmpty();
    }

    @Test
    void theLastDayPrintedOnTheRecognitionDecisionGoverns_Dieu12Khoan1_line161() {
        // l.161: valid "đến hết thời hạn theo quyết định công nhận"; computed: 31/05/2029, printed: 30/05/2029
        Certificate c = cert(LocalDate.of(2026, 5, 31)).withPrintedLastDay(LocalDate.of(2029, 5, 30));
        assertThat(c.validUntil()).isEqualTo(LocalDate.of(2029, 5, 30));
        assertThat(c.validUntil(ValidityConvention.THROUGH_ANNIVERSARY)).isEqualTo(LocalDate.of(2029, 5, 30));
        assertThat(c.computedLastDay()).isEqualTo(LocalDate.of(2029, 5, 31));
        assertThat(c.isValidOn(LocalDate.of(2029, 5, 31))).isFalse();
        // the filing window counts back from the printed day: 30/05/2029 - 180 d = 01/12/2028, - 120 d = 30/01/2029
        assertThat(c.reEvaluationFilingWindow())
                .contains(new DateWindow(LocalDate.of(2028, 12, 1), LocalDate.of(2029, 1, 30)));
        assertThatThrownBy(() -> cert(LocalDate.of(2026, 5, 31)).withPrintedLastDay(LocalDate.of(2026, 5, 30)))
                .isInstanceOfSatisfying(OcopArgumentException.class, e -> {
                    assertThat(e.getMessage(Messages.VIETNAMESE)).contains("quyết định công nhận 30/05/2026")
                            .contains("trước ngày cấp 31/05/2026");
                    assertThat(e.getMessage()).contains("recognition decision, 2026-05-30, is before the issue date");
                });
    }

    @Test
    void aPrintedLastDayBefore22May2026EndsTheTransitionalExtension_Dieu12Khoan1And3_line161_165() {
        // computed: 01/08/2026 (extended, see above); printed on the decision: 20/05/2026, before 22/05/2026
        Certificate c = Certificate.issue(Bundled.QD148, "Mật ong", 3, LocalDate.of(2023, 8, 1))
                .withPrintedLastDay(LocalDate.of(2026, 5, 20));
        assertThat(c.transitionalExtension(Bundled.QD26)).isEmpty();
    }

    @Test
    void theBroadReadingAlsoExtendsALateFilingUnder26_Dieu12Khoan3_line165() {
        // issued 01/06/2026 -> last day 01/06/2029; window 03/12/2028 .. 01/02/2029; filed late on 01/03/2029
        Certificate c = cert(LocalDate.of(2026, 6, 1));
        assertThat(c.transitionalExtension(Bundled.QD26, ExtensionReading.NARROW,
                Optional.of(LocalDate.of(2029, 3, 1)))).isEmpty();
        // 180 days from 02/06/2029 (the day after expiry): 29 + 31 + 31 + 30 + 31 + 28 -> 28/11/2029
        assertThat(c.transitionalExtension(Bundled.QD26, ExtensionReading.BROAD, Optional.of(LocalDate.of(2029, 3, 1))))
                .contains(new DateWindow(LocalDate.of(2029, 6, 2), LocalDate.of(2029, 11, 28)));
        // filed inside the window: no extension under either reading
        assertThat(c.transitionalExtension(Bundled.QD26, ExtensionReading.BROAD,
                Optional.of(LocalDate.of(2029, 1, 15)))).isEmpty();
        // without a filing day the broad reading grants what the narrow one grants
        assertThat(c.transitionalExtension(Bundled.QD26, ExtensionReading.BROAD, Optional.empty())).isEmpty();
        Certificate old = Certificate.issue(Bundled.QD148, "Mật ong", 3, LocalDate.of(2023, 8, 1));
        assertThat(old.transitionalExtension(Bundled.QD26, ExtensionReading.BROAD, Optional.empty()))
                .isEqualTo(old.transitionalExtension(Bundled.QD26));
    }

    @Test
    void reEvaluationIsDecidedWithin45DaysOfACompleteDossier_Dieu7Khoan6DiemG() {
        assertThat(Certificate.reEvaluationDecisionDue(Bundled.QD26, LocalDate.of(2026, 6, 1))).isEqualTo(LocalDate.of(2026, 7, 16));
        assertThatThrownBy(() -> Certificate.reEvaluationDecisionDue(Bundled.QD26, LocalDate.of(2026, 5, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void filingWindowEndsBeforeExpiryAndStartsAtLeast120DaysBeforeIt(
            @ForAll @IntRange(min = 0, max = 20_000) int offset, @ForAll @IntRange(min = 3, max = 5) int stars) {
        Certificate c = Certificate.issue(Bundled.QD26, "P", stars, LocalDate.of(2026, 5, 22).plusDays(offset));
        for (ValidityConvention v : ValidityConvention.values()) {
            DateWindow w = c.reEvaluationFilingWindow(c.rules(), v).orElseThrow();
            LocalDate expiry = c.validUntil(v);
            assertThat(w.last()).isBefore(expiry);
            assertThat(ChronoUnit.DAYS.between(w.first(), expiry)).isGreaterThanOrEqualTo(120);
            assertThat(ChronoUnit.DAYS.between(w.last(), expiry)).isEqualTo(120);
        }
    }

    @Property
    void validUntilIsAlwaysAfterTheIssueDate(@ForAll @IntRange(min = 0, max = 40_000) int offset) {
        Certificate c = Certificate.issue(ruleSetOn(offset), "P", 3, LocalDate.of(2019, 8, 21).plusDays(offset));
        assertThat(c.validUntil()).isAfter(c.issuedOn());
        assertThat(c.validUntil(ValidityConvention.DAY_BEFORE_ANNIVERSARY)).isAfter(c.issuedOn());
        assertThat(c.isValidOn(c.issuedOn())).isTrue();
    }

    private static RuleSet ruleSetOn(int offset) {
        LocalDate d = LocalDate.of(2019, 8, 21).plusDays(offset);
        return Bundled.STANDARD.all().stream().filter(r -> r.instrument().isInForceOn(d)).findFirst().orElseThrow();
    }
}
