package io.github.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocop.core.model.Interpretation;
import io.github.ocop.core.model.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 2: the readings (cách hiểu) of the bundled rule sets are worded for a clerk: their texts name no Java
 * class, method or constant of the library, no reading id and none of the reference notes' markers, so every output
 * prints them as they are (the JSON outputs keep the readings' ids).
 */
class BundledReadingsTest {

    /** CamelCase (CouncilPolicy), camelCase (maxSpread, nextStep), CONSTANT_CASE (SCORE_ONLY). */
    private static final Pattern JAVA = Pattern.compile(
            "\\b[A-Z][a-z]+(?:[A-Z][a-z0-9]*)+\\b|\\b[a-z]+[A-Z][A-Za-z]*\\b|\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b");
    /** A reading id or a file name such as "council-band-on-exact-mean", "platform-sheets-full-text". */
    private static final Pattern READING_ID = Pattern.compile("\\b[a-z]+(?:-[a-z]+){2,}\\b");
    /** A marker of the reference notes ([V2], [V-LEGAL], [GAP], [INF] ...), a note or our source text named. */
    private static final Pattern NOTES = Pattern.compile(
            "\\[(?:V1|V2|V-2|V-LEGAL|DB|PROV|INF|I|3P|GAP)\\b[^\\]]*]|source\\.txt|\\bnotes [0-9]");

    @Test
    void noReadingOfTheThreeBundledRuleSetsNamesJavaAReadingIdOrANoteMarker() {
        List<String> bad = new ArrayList<>();
        int seen = 0;
        for (String id : List.of("qd-26-2026", "qd-148-2023", "qd-1048-2019")) {
            RuleSet rules = RuleSets.standard().get(id);
            assertThat(rules.interpretations()).as(id).isNotEmpty();
            for (Interpretation i : rules.interpretations()) {
                seen++;
                for (Pattern p : List.of(JAVA, READING_ID, NOTES)) {
                    var m = p.matcher(i.text());
                    if (m.find()) {
                        bad.add(id + " " + i.id() + ": " + m.group());
                    }
                }
            }
        }
        assertThat(seen).isGreaterThan(3);
        assertThat(bad).isEmpty();
    }

    @Test
    void thePatternsCatchWhatTheReadingsUsedToSay() {
        // the wordings before issue 14 item 2 (qd-26-2026.json, readings council-spread-rule, referral-on-score-alone,
        // late-transitional-evaluation, filed-on-or-after-effect-under-new-rules; qd-148-2023.json I-148-TAXONOMY-PARTIAL)
        assertThat(JAVA.matcher("differ by more than CouncilPolicy.maxSpread (10 by default)").find()).isTrue();
        assertThat(JAVA.matcher("The forwarding policy ReferralBasis.SCORE_ONLY: a product").find()).isTrue();
        assertThat(JAVA.matcher("with LateTransitionPolicy.REJECT the resolver refuses it").find()).isTrue();
        assertThat(READING_ID.matcher("is strictly before 22/05/2026 (before-is-strict).").find()).isTrue();
        assertThat(NOTES.matcher("the six groups [V2], the rows I.1.a-I.3.d").find()).isTrue();
        // a band written as an interval and the law's words are not flagged
        assertThat(NOTES.matcher("5★ [90, 100].").find()).isFalse();
        assertThat(JAVA.matcher("Trường hợp 1: Hộ sản xuất, QĐ 26/2026/QĐ-TTg").find()).isFalse();
    }
}
