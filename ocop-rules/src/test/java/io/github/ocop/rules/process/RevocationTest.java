package io.github.ocop.rules.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ocop.core.text.Messages;
import io.github.ocop.core.problem.OcopArgumentException;
import io.github.ocop.core.model.RevocationGround;
import io.github.ocop.core.model.RevocationRules;
import io.github.ocop.core.process.Certificate;
import io.github.ocop.core.process.Revocation;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RevocationTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 6, 1);
    private static final RevocationRules RULES = Bundled.QD26.process().revocation().orElseThrow();

    @Test
    void provincialChairRevokesThreeAndFourStars_Dieu8Khoan2DiemA() {
        Revocation r = Revocation.of(Bundled.QD26, Certificate.issue(Bundled.QD26, "A", 4, ISSUED), "d", LocalDate.of(2027, 1, 10));
        assertThat(r.authority().vietnamese()).isEqualTo("Chủ tịch Ủy ban nhân dân cấp tỉnh");
        assertThat(r.citations()).contains("QĐ 26/2026/QĐ-TTg, Điều 8 khoản 2 điểm a",
                "QĐ 26/2026/QĐ-TTg, Điều 8 khoản 1 điểm d");
    }

    @Test
    void ministerRevokesFiveStars_Dieu8Khoan2DiemB() {
        Map<Integer, ?> deciders = RULES.deciders();
        assertThat(RULES.deciders().get(5).vietnamese()).isEqualTo("Bộ trưởng Bộ Nông nghiệp và Môi trường");
        assertThat(RULES.deciders().get(3).vietnamese()).isEqualTo("Chủ tịch Ủy ban nhân dân cấp tỉnh");
        assertThat(deciders).doesNotContainKey(2);
        Certificate five = Certificate.issue(Bundled.QD26, "A", 5, ISSUED);
        assertThat(Revocation.of(Bundled.QD26, five, "a", ISSUED).authority().vietnamese())
                .isEqualTo("Bộ trưởng Bộ Nông nghiệp và Môi trường");
    }

    @Test
    void revocationWithin15DaysOfTheConclusion_Dieu8Khoan4() {
        Revocation r = Revocation.of(Bundled.QD26, Certificate.issue(Bundled.QD26, "A", 3, ISSUED), "đ", LocalDate.of(2026, 6, 3));
        assertThat(r.deadline()).isEqualTo(LocalDate.of(2026, 6, 18));
    }

    @Test
    void conclusionBeforeQd26OrBeforeIssueIsRejected() {
        Certificate old = Certificate.issue(Bundled.QD148, "A", 3, LocalDate.of(2024, 1, 1));
        assertThatThrownBy(() -> Revocation.of(Bundled.QD26, old, "c", LocalDate.of(2025, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("qd-26-2026");
        Certificate c = Certificate.issue(Bundled.QD26, "A", 3, LocalDate.of(2026, 7, 1));
        assertThatThrownBy(() -> Revocation.of(Bundled.QD26, c, "c", LocalDate.of(2026, 6, 1)))
                .hasMessageContaining("before the certificate's issue date");
    }

    @Test
    void sixGroundsAToEWithTheirPointLetters_Dieu8Khoan1() {
        assertThat(RULES.grounds()).extracting(RevocationGround::point)
                .containsExactly("a", "b", "c", "d", "đ", "e");
        assertThat(Revocation.ground(RULES, "đ").citation()).isEqualTo("QĐ 26/2026/QĐ-TTg, Điều 8 khoản 1 điểm đ");
        assertThat(Revocation.ground(RULES, "a").vietnamese()).contains("giả mạo hồ sơ");
        assertThat(Revocation.ground(RULES, "đ").point()).isEqualTo("đ");
        assertThat(Revocation.ground(RULES, "dd")).isEqualTo(Revocation.ground(RULES, "đ"));
        assertThatThrownBy(() -> Revocation.ground(RULES, "g"))
                .isInstanceOfSatisfying(OcopArgumentException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("unknown revocation ground 'g'; accepted values: a, b, c, d, đ, e");
                    assertThat(e.getMessage(Messages.VIETNAMESE))
                            .isEqualTo("không có căn cứ thu hồi 'g'; cần một trong: a, b, c, d, đ, e");
                });
    }
}
