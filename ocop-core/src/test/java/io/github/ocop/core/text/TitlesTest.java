package io.github.ocop.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ocop.core.text.Titles.Strength;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Pins the one title normalisation: what each strength ignores. Expected keys are written by hand from the rules in
 * {@link Titles}' Javadoc, on titles of the kind the decisions print (one is QĐ 26/2026's own heading, line 207 of
 * ../shared/reference/qd-26-2026/source.txt: "Nhóm: Thực phẩm tươi sống").
 */
class TitlesTest {
    /** "Sản phẩm" with each accented letter decomposed: a + combining hook above, a + combining circumflex + hook above. */
    private static final String DECOMPOSED = "Sa\u0309n pha\u0302\u0309m";

    @Test
    void spacingKeepsCaseDiacriticsAndPunctuationButNotEncodingOrSpaces() {
        assertThat(Titles.key(DECOMPOSED, Strength.SPACING)).isEqualTo("Sản phẩm");
        assertThat(Titles.key(" Tính thẩm mỹ,  kỹ thuật ", Strength.SPACING)).isEqualTo("Tính thẩm mỹ, kỹ thuật");
        assertThat(Titles.key("Đồ\tuống\n có\u00a0cồn", Strength.SPACING)).isEqualTo("Đồ uống có cồn");
        assertThat(Titles.key("CHẤT LƯỢNG", Strength.SPACING)).isNotEqualTo(Titles.key("Chất lượng", Strength.SPACING));
        assertThat(Titles.key("Mức", Strength.SPACING)).isNotEqualTo(Titles.key("Mực", Strength.SPACING));
    }

    @Test
    void caseAlsoIgnoresLetterCaseAndPunctuationButKeepsDiacritics() {
        assertThat(Titles.key(" Đồ uống,  có cồn ", Strength.CASE)).isEqualTo("đồ uống có cồn");
        assertThat(Titles.key("CHẤT LƯỢNG SẢN PHẨM", Strength.CASE)).isEqualTo("chất lượng sản phẩm");
        assertThat(Titles.key("Rau, củ, quả (tươi)/sơ chế", Strength.CASE)).isEqualTo("rau củ quả tươi sơ chế");
        assertThat(Titles.key(DECOMPOSED, Strength.CASE)).isEqualTo("sản phẩm");
        assertThat(Titles.key("Mức", Strength.CASE)).isNotEqualTo(Titles.key("Mực", Strength.CASE));
        assertThat(Titles.key("Nhóm 2", Strength.CASE)).isEqualTo("nhóm 2");
    }

    @Test
    void baseLettersAlsoIgnoresDiacriticsAndReadsDAsD() {
        assertThat(Titles.key(" Đồ uống,  có cồn ", Strength.BASE_LETTERS)).isEqualTo("do uong co con");
        assertThat(Titles.key("đặc sản", Strength.BASE_LETTERS)).isEqualTo("dac san");
        assertThat(Titles.key("Mức", Strength.BASE_LETTERS)).isEqualTo(Titles.key("Mực", Strength.BASE_LETTERS))
                .isEqualTo("muc");
        assertThat(Titles.key("Thủy sản", Strength.BASE_LETTERS)).isEqualTo(Titles.key("Thuỷ sản",
                Strength.BASE_LETTERS)).isEqualTo("thuy san");
        assertThat(Titles.key(DECOMPOSED, Strength.BASE_LETTERS)).isEqualTo("san pham");
    }

    @Test
    void aHeadingOfTheDecisionLine207AtEachStrength() {
        String heading = "Nhóm:  Thực phẩm tươi sống ";
        assertThat(Titles.key(heading, Strength.SPACING)).isEqualTo("Nhóm: Thực phẩm tươi sống");
        assertThat(Titles.key(heading, Strength.CASE)).isEqualTo("nhóm thực phẩm tươi sống");
        assertThat(Titles.key(heading, Strength.BASE_LETTERS)).isEqualTo("nhom thuc pham tuoi song");
    }

    @Test
    void aTitleOfNothingButSpacesOrPunctuationHasAnEmptyKey() {
        assertThat(Titles.key(" \t ", Strength.SPACING)).isEmpty();
        assertThat(Titles.key(" - , ", Strength.CASE)).isEmpty();
        assertThat(Titles.key("", Strength.BASE_LETTERS)).isEmpty();
    }

    @Test
    void nullIsRefused() {
        assertThatThrownBy(() -> Titles.key(null, Strength.CASE)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Titles.key("x", null)).isInstanceOf(NullPointerException.class);
    }

    /** Each strength ignores what the weaker ones ignore: keying the weaker key first changes nothing. */
    @Property
    void aStrongerKeyIsAKeyOfTheWeakerKey(@ForAll("titles") String title) {
        String spacing = Titles.key(title, Strength.SPACING);
        assertThat(Titles.key(spacing, Strength.SPACING)).isEqualTo(spacing);
        assertThat(Titles.key(spacing, Strength.CASE)).isEqualTo(Titles.key(title, Strength.CASE));
        String caseKey = Titles.key(title, Strength.CASE);
        assertThat(Titles.key(caseKey, Strength.CASE)).isEqualTo(caseKey);
        assertThat(Titles.key(caseKey, Strength.BASE_LETTERS)).isEqualTo(Titles.key(title, Strength.BASE_LETTERS));
        assertThat(Titles.key(title, Strength.BASE_LETTERS)).matches("[a-z0-9 ]*").doesNotStartWith(" ")
                .doesNotEndWith(" ").doesNotContain("  ");
    }

    @Provide
    Arbitrary<String> titles() {
        return Arbitraries.strings().withChars("aAđĐơƠưƯăâêôiIyY09 \t\u00a0,.;()-/").withChars('\u0300', '\u0301',
                '\u0303', '\u0309', '\u0323').ofMaxLength(24);
    }
}
