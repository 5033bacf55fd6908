package io.github.ocop.core.council;

import io.github.ocop.core.model.KnockOut;
import io.github.ocop.core.scoring.MinimumRequirement;
import io.github.ocop.core.internal.CoreMessages;
import io.github.ocop.core.internal.Formats;
import io.github.ocop.core.text.Localized;
import io.github.ocop.core.text.Message;
import io.github.ocop.core.text.Phrases;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/** The words of a council's warnings and steps: coded messages of ocop-core's bundle ({@code council.*}). */
final class CouncilTexts {
    private CouncilTexts() {
    }

    /** An exact mean as a message shows it: whole when it ends within 6 decimals, else cut with an ellipsis. */
    record ShownMean(BigDecimal exact) implements Localized {
        @Override
        public String format(Locale locale) {
            BigDecimal cut = exact.setScale(CouncilArithmetic.SHOWN_DECIMALS, RoundingMode.DOWN);
            return cut.compareTo(exact) == 0 ? Formats.decimal(exact.stripTrailingZeros().toPlainString(), locale)
                    : Formats.decimal(cut.toPlainString(), locale) + "…";
        }
    }

    static CouncilWarning knockOut(String assessor, KnockOut ko, boolean ranked) {
        return new CouncilWarning(CouncilWarning.Kind.KNOCK_OUT, CoreMessages.of(
                ranked ? "council.knockOutStillRanked" : "council.knockOut", assessor, Message.text(ko.text())));
    }

    static CouncilWarning memberRemark(String assessor, String remark) {
        return new CouncilWarning(CouncilWarning.Kind.MEMBER_REMARK,
                CoreMessages.of("council.memberRemark", assessor, Message.text(remark)));
    }

    static CouncilWarning roundingBand(BigDecimal shown, int shownStars, BigDecimal exact, int sum, int n,
            int exactStars, boolean onExact) {
        return new CouncilWarning(CouncilWarning.Kind.ROUNDING_CROSSES_BAND, CoreMessages.of("council.roundingBand",
                shown, shownStars, new ShownMean(exact), sum, n, exactStars,
                CoreMessages.of(onExact ? "council.rankOnExact" : "council.rankOnRounded")));
    }

    static CouncilWarning roundingMinimum(MinimumRequirement r, BigDecimal shown, BigDecimal exact, boolean onExact) {
        return new CouncilWarning(CouncilWarning.Kind.ROUNDING_CROSSES_BAND, CoreMessages.of("council.roundingMinimum",
                r.criterion(), shown, new ShownMean(exact), r.requiredPoints(), r.requiredFor(),
                CoreMessages.of(onExact ? "council.minimumOnExact" : "council.minimumOnRounded")));
    }

    static CouncilWarning spread(int spread, int min, List<String> lowest, int max, List<String> highest, int limit) {
        return new CouncilWarning(CouncilWarning.Kind.SPREAD_EXCEEDED,
                CoreMessages.of("council.spread", spread, min, lowest, max, highest, limit));
    }

    static CouncilWarning quorum(int scored, CouncilPolicy policy) {
        return new CouncilWarning(CouncilWarning.Kind.QUORUM_NOT_MET, CoreMessages.of("council.quorum", scored,
                policy.councilSize().orElseThrow(), policy.quorum().orElseThrow(), policy.quorumNumerator(),
                policy.quorumDenominator()));
    }

    static CouncilWarning noChair(String chair) {
        return new CouncilWarning(CouncilWarning.Kind.QUORUM_NOT_MET, CoreMessages.of("council.noChair", chair));
    }

    /** The step of a council whose result is not valid: the quorum warnings, then "meet and score again". */
    static Message conveneAgain(List<CouncilWarning> quorumWarnings) {
        return CoreMessages.of("council.conveneAgain", Phrases.joined(" ", quorumWarnings.stream()
                .map(CouncilWarning::message).toList()));
    }
}
