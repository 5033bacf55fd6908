package io.github.ocop.core.whatif;

import io.github.ocop.core.model.PartCode;
import io.github.ocop.core.scoring.CriterionScore;
import io.github.ocop.core.scoring.ScoreCard;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Two score cards of the same sheet compared (so sánh kết quả): the criteria that changed, and the difference per part,
 * in total, in the score band and in stars. Immutable and thread-safe.
 */
public final class ScoreComparison {
    private final ScoreCard before;
    private final ScoreCard after;
    private final List<CriterionChange> changes;

    private ScoreComparison(ScoreCard before, ScoreCard after, List<CriterionChange> changes) {
        this.before = before;
        this.after = after;
        this.changes = List.copyOf(changes);
    }

    /**
     * Compares two score cards of one sheet.
     *
     * @param before the first card
     * @param after  the second card
     * @return the comparison
     * @throws IllegalArgumentException when the cards are for different rule sets or sheets
     */
    public static ScoreComparison of(ScoreCard before, ScoreCard after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (!before.ruleSetId().equals(after.ruleSetId()) || !before.sheetId().equals(after.sheetId())) {
            throw new IllegalArgumentException("cannot compare sheet " + before.sheetId() + " of " + before.ruleSetId()
                    + " with sheet " + after.sheetId() + " of " + after.ruleSetId());
        }
        List<CriterionChange> changes = new ArrayList<>();
        for (CriterionScore b : before.criteria()) {
            CriterionScore a = after.criterion(b.code()).orElseThrow();
            if (!Objects.equals(b.answer(), a.answer()) || b.points() != a.points()) {
                changes.add(new CriterionChange(b.code(), b.part(), b.answer(), a.answer(), b.points(), a.points()));
            }
        }
        return new ScoreComparison(before, after, changes);
    }

    /** {@return the card before the change} */
    public ScoreCard before() {
        return before;
    }

    /** {@return the card after the change} */
    public ScoreCard after() {
        return after;
    }

    /** {@return the criteria whose answer or points differ, in sheet order} */
    public List<CriterionChange> changes() {
        return changes;
    }

    /**
     * The change in one part's points.
     *
     * @param part a part
     * @return its points after minus before
     */
    public int partDifference(PartCode part) {
        return after.part(part) - before.part(part);
    }

    /** {@return total after minus total before} */
    public int totalDifference() {
        return after.total() - before.total();
    }

    /** {@return stars after minus stars before, empty when either card is not ranked (knocked out)} */
    public OptionalInt starsDifference() {
        return before.ranked() && after.ranked()
                ? OptionalInt.of(after.stars().getAsInt() - before.stars().getAsInt()) : OptionalInt.empty();
    }

    @Override
    public String toString() {
        return "ScoreComparison[" + before.total() + " -> " + after.total() + ", " + changes.size() + " changes]";
    }
}
