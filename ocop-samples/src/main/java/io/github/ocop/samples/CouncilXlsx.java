package io.github.ocop.samples;

import io.github.ocop.core.council.CouncilEvaluation;
import io.github.ocop.core.council.CouncilUnmetMinimum;
import io.github.ocop.core.council.CouncilWarning;
import io.github.ocop.core.council.CriterionMean;
import io.github.ocop.core.model.Interpretation;
import io.github.ocop.core.model.PartCode;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.core.process.EvaluationOutcome;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.rules.Labels;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes a council result as a spreadsheet (bảng tổng hợp của Hội đồng): a summary worksheet (product, sheet, mean
 * total and parts, spread, band, rank, unmet minima, warnings, next step with its grounds) and a worksheet of every
 * member's points on every criterion with the council's mean, lowest and highest (members as columns), then the
 * members' parts, totals and ranks. Numbers are numeric cells; texts are text cells, never formulas.
 */
final class CouncilXlsx {
    private CouncilXlsx() {
    }

    static void write(OutputStream out, RuleSet rules, CouncilEvaluation c, EvaluationOutcome next, Lang lang)
            throws IOException {
        ScoringSheet sheet = rules.sheet(c.sheetId()).orElseThrow();
        Labels labels = lang.labels(rules);
        List<ScoreCard> members = c.members();
        try (Xlsx x = new Xlsx(out)) {
            x.sheet(t(lang, "print.summary")).width(0, 34).width(1, 60);
            x.header(t(lang, "print.councilResult2"), "");
            x.row(t(lang, "print.ruleSet2"), rules.id() + " (QĐ " + rules.instrument().number() + ")");
            String notice = Official.notice(rules).strip();
            if (!notice.isEmpty()) {
                x.row(t(lang, "print.notice"), notice);
            }
            x.row(t(lang, "print.sheet2"), sheet.id() + ": " + labels.sheet(sheet));
            x.row(t(lang, "print.product2"), c.product().name());
            java.util.Optional.ofNullable(c.product().subject()).ifPresent(s -> x.row(t(lang, "print.producer2"), s.name()));
            x.row(t(lang, "print.membersWhoScored"), c.size());
            x.row(t(lang, "print.meanTotal2"), c.total());
            for (PartCode p : PartCode.values()) {
                x.row(t(lang, "print.meanOfPart") + p, c.parts().get(p));
            }
            x.row(t(lang, "print.lowestMemberTotal"), c.minTotal());
            x.row(t(lang, "print.highestMemberTotal"), c.maxTotal());
            x.row(t(lang, "print.spreadPoints"), c.spread());
            x.row(t(lang, "print.pointsBandStars"), c.bandStars());
            if (c.ranked()) {
                x.row(t(lang, "print.rankStars"), c.stars().getAsInt());
            } else {
                x.row(t(lang, "print.rankStars"), t(lang, "print.notRankedKnockedOut"));
            }
            if (next != null) {
                x.row(t(lang, "print.nextStep"), next.text(lang.locale()));
                x.row(t(lang, "print.grounds2"), Citations.join(next.citations()));
            }
            x.skip();
            x.header(t(lang, "print.warnings"), "");
            if (c.warnings().isEmpty()) {
                x.row(t(lang, "print.none"));
            }
            for (CouncilWarning w : c.warnings()) {
                x.row(t(lang, "print.warning2"), w.text(lang.locale()));
            }
            x.skip();
            x.header(t(lang, "print.starMinimaNotMet2"), t(lang, "print.criterion"),
                    t(lang, "print.requiredPoints"), t(lang, "print.forStars"),
                    t(lang, "print.mean"), t(lang, "print.limitsTheRank2"));
            for (CouncilUnmetMinimum u : c.unmetMinimums()) {
                x.row(u.criterion(), labels.criterion(sheet, u.criterion()), u.requirement().requiredPoints(),
                        u.requiredFor(), u.mean(), u.requiredFor() <= c.bandStars() ? t(lang, "print.yes")
                                : t(lang, "print.no"));
            }
            if (lang == Lang.en && !c.interpretations().isEmpty()) { // English data: with --lang en only
                x.skip();
                x.header(t(lang, "print.readingsApplied"), "");
                for (Interpretation i : c.interpretations()) {
                    x.row("", i.text());
                }
            }

            x.sheet(t(lang, "print.pointsPerCriterion")).width(0, 8).width(1, 6).width(2, 50);
            Object[] head = new Object[members.size() + 7];
            head[0] = t(lang, "print.item");
            head[1] = t(lang, "print.part2");
            head[2] = t(lang, "print.criterion");
            for (int m = 0; m < members.size(); m++) {
                head[3 + m] = members.get(m).assessment().assessor();
            }
            int n = members.size();
            head[3 + n] = t(lang, "print.mean");
            head[4 + n] = t(lang, "print.lowest");
            head[5 + n] = t(lang, "print.highest");
            head[6 + n] = t(lang, "print.maximum");
            x.header(head);
            for (int k = 0; k < c.criteria().size(); k++) {
                CriterionMean cm = c.criteria().get(k);
                Object[] r = new Object[n + 7];
                r[0] = cm.code();
                r[1] = cm.part().name();
                r[2] = labels.criterion(sheet, cm.code());
                for (int m = 0; m < n; m++) {
                    r[3 + m] = members.get(m).criteria().get(k).points();
                }
                r[3 + n] = cm.mean();
                r[4 + n] = cm.min();
                r[5 + n] = cm.max();
                r[6 + n] = cm.maxPoints();
                x.row(r);
            }
            for (PartCode p : PartCode.values()) {
                Object[] r = new Object[n + 4];
                r[0] = t(lang, "print.part") + p;
                r[1] = p.name();
                r[2] = labels.part(sheet, p);
                for (int m = 0; m < n; m++) {
                    r[3 + m] = members.get(m).part(p);
                }
                r[3 + n] = c.parts().get(p);
                x.row(r);
            }
            Object[] total = new Object[n + 4];
            total[0] = t(lang, "print.total");
            for (int m = 0; m < n; m++) {
                total[3 + m] = members.get(m).total();
            }
            total[3 + n] = c.total();
            x.row(total);
            Object[] rank = new Object[n + 4];
            rank[0] = t(lang, "print.rankStars2");
            for (int m = 0; m < n; m++) {
                ScoreCard card = members.get(m);
                rank[3 + m] = card.ranked() ? (Object) card.stars().getAsInt() : t(lang, "print.knockedOut");
            }
            rank[3 + n] = c.ranked() ? (Object) c.stars().getAsInt() : t(lang, "print.notRanked");
            x.row(rank);
        }
    }

    private static String t(Lang lang, String code, Object... args) {
        return Printout.t(lang, code, args);
    }
}
