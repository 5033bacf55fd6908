package io.github.ocop.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RevocationTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 6, 1);

    @Test
    void provincialChairRevokesThreeAndFourStars_Dieu8Khoan2DiemA() {
        Revocation r = new Revocation(new Certificate("A", 4, ISSUED, "qd-26-2026"),
                RevocationGround.MISUSE_OF_OCOP_MARK, LocalDate.of(2027, 1, 10));
        assertThat(r.authority()).isEqualTo(Decider.PROVINCIAL_CHAIR);
        assertThat(r.citations()).contains("QĐ 26/2026/QĐ-TTg Điều 8 khoản 2 điểm a",
                "QĐ 26/2026/QĐ-TTg Điều 8 khoản 1 điểm d");
    }

    @Test
    void ministerRevokesFiveStars_Dieu8Khoan2DiemB() {
        assertThat(Revocation.authorityFor(5)).isEqualTo(Decider.MAE_MINISTER);
        assertThat(Revocation.authorityFor(3)).isEqualTo(Decider.PROVINCIAL_CHAIR);
        assertThatThrownBy(() -> Revocation.authorityFor(2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void revocationWithin15DaysOfTheConclusion_Dieu8Khoan4() {
        Revocation r = new Revocation(new Certificate("A", 3, ISSUED, "qd-26-2026"),
                RevocationGround.PRODUCTION_STOPPED, LocalDate.of(2026, 6, 3));
        assertThat(r.deadline()).isEqualTo(LocalDate.of(2026, 6, 18));
    }

    @Test
    void conclusionBeforeQd26OrBeforeIssueIsRejected() {
        Certificate old = new Certificate("A", 3, LocalDate.of(2024, 1, 1), "qd-148-2023");
        assertThatThrownBy(() -> new Revocation(old, RevocationGround.LEGAL_VIOLATION, LocalDate.of(2025, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("qd-26-2026");
        Certificate c = new Certificate("A", 3, LocalDate.of(2026, 7, 1), "qd-26-2026");
        assertThatThrownBy(() -> new Revocation(c, RevocationGround.LEGAL_VIOLATION, LocalDate.of(2026, 6, 1)))
                .hasMessageContaining("before the certificate's issue date");
    }

    @Test
    void sixGroundsAToEWithTheirPointLetters_Dieu8Khoan1() {
        assertThat(RevocationGround.values()).extracting(RevocationGround::point)
                .containsExactly("a", "b", "c", "d", "đ", "e");
        assertThat(RevocationGround.PRODUCTION_STOPPED.citation()).isEqualTo("QĐ 26/2026/QĐ-TTg Điều 8 khoản 1 điểm đ");
        assertThat(RevocationGround.FALSE_OR_FORGED_DOSSIER.vietnamese()).contains("giả mạo hồ sơ");
        assertThat(RevocationGround.parse("đ")).isEqualTo(RevocationGround.PRODUCTION_STOPPED);
        assertThat(RevocationGround.parse("dd")).isEqualTo(RevocationGround.PRODUCTION_STOPPED);
        assertThatThrownBy(() -> RevocationGround.parse("g"))
                .hasMessageContaining("'g'").hasMessageContaining("[a, b, c, d, đ, e]");
    }
}
