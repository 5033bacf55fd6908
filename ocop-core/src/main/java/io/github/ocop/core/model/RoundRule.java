package io.github.ocop.core.model;

import io.github.ocop.core.internal.CoreMessages;
import io.github.ocop.core.text.Localized;
import io.github.ocop.core.text.Messages;

import java.time.MonthDay;
import java.util.Locale;
import java.util.Objects;

/**
 * A statutory evaluation round of a process version (đợt đánh giá, phân hạng), by day of the year: the level that
 * holds it, its number as printed, the day before which it is held and the day before which dossiers must be
 * proposed to reach it ({@code process.versions[].rounds[]}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param level the level holding the round
 * @param number the round's number as printed
 * @param heldBefore the round is held before this day of the year
 * @param proposedBefore dossiers proposed before this day of the year reach the round
 * @param citation where the round is written
 */
public record RoundRule(EvaluationLevel level, int number, MonthDay heldBefore, MonthDay proposedBefore,
        String citation) {

    /**
     * Validates.
     *
     * @param level the level holding the round
     * @param number the round's number as printed, at least 1
     * @param heldBefore the round is held before this day of the year
     * @param proposedBefore dossiers proposed before this day reach the round
     * @param citation where the round is written
     */
    public RoundRule {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(heldBefore, "heldBefore");
        Objects.requireNonNull(proposedBefore, "proposedBefore");
        Texts.requireText(citation, "citation");
        if (number < 1) {
            throw CoreMessages.refusal("model.roundNumber", number);
        }
        if (!proposedBefore.isBefore(heldBefore)) {
            throw CoreMessages.refusal("model.roundCutOff", dayOfYear(proposedBefore), dayOfYear(heldBefore));
        }
    }

    /** A day of the year as a language writes it: {@code 30/06} in Vietnamese, ISO {@code --06-30} in English. */
    private static Localized dayOfYear(MonthDay day) {
        return l -> Messages.english(l) ? day.toString()
                : String.format(Locale.ROOT, "%02d/%02d", day.getDayOfMonth(), day.getMonthValue());
    }
}
