package io.github.ocop.core.internal;

import io.github.ocop.core.scoring.CriterionScore;
import io.github.ocop.core.scoring.ScoreCard;

import java.util.Objects;

/**
 * Read access to a score card's arrays for the JSON writer of {@code io.github.ocop.rules}, not API: each criterion's
 * score and each section's points by index, without building the {@code List} and {@code Map} views of
 * {@link ScoreCard#criteria()} and {@link ScoreCard#sections()} (same values, same order). Set once by
 * {@code ScoreCard}'s class initialiser, so it is there whenever a card exists. Thread-safe.
 */
public abstract class ScoreCardAccess {
    private static volatile ScoreCardAccess instance;

    /**
     * For subclasses in {@code io.github.ocop.core.scoring} only.
     */
    protected ScoreCardAccess() {
    }

    /**
     * Installs the accessor (called once, by {@code ScoreCard}'s class initialiser).
     *
     * @param access the accessor
     */
    public static synchronized void install(ScoreCardAccess access) {
        if (instance != null) {
            throw new IllegalStateException("already installed");
        }
        instance = Objects.requireNonNull(access, "access");
    }

    /**
     * {@return the accessor}
     *
     * @param card any score card (its existence proves {@code ScoreCard} initialised, hence the accessor installed)
     */
    public static ScoreCardAccess of(ScoreCard card) {
        Objects.requireNonNull(card, "card");
        return instance;
    }

    /**
     * {@return the number of criteria on the card, as {@code card.criteria().size()}}
     *
     * @param card a score card
     */
    public abstract int criterionCount(ScoreCard card);

    /**
     * {@return the score of the criterion at that place, as {@code card.criteria().get(i)}}
     *
     * @param card a score card
     * @param i    0 to {@link #criterionCount} - 1
     */
    public abstract CriterionScore criterion(ScoreCard card, int i);

    /**
     * {@return the number of sections, as {@code card.sections().size()}}
     *
     * @param card a score card
     */
    public abstract int sectionCount(ScoreCard card);

    /**
     * {@return the code of the section at that place, in the order of {@code card.sections()}}
     *
     * @param card a score card
     * @param s    0 to {@link #sectionCount} - 1
     */
    public abstract String sectionCode(ScoreCard card, int s);

    /**
     * {@return the points of the section at that place, as {@code card.sections()} gives them}
     *
     * @param card a score card
     * @param s    0 to {@link #sectionCount} - 1
     */
    public abstract int sectionPoints(ScoreCard card, int s);
}
