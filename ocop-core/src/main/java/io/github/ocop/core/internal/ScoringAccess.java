package io.github.ocop.core.internal;

import io.github.ocop.core.scoring.CriterionScore;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.core.scoring.UnmetMinimum;

import java.util.Map;
import java.util.Objects;

/**
 * What the JSON reader and writer of {@code io.github.ocop.rules} reach inside the scoring package, not API: answers
 * handed over as arrays already checked (no copy) or resolved by a sheet's vocabulary, a score card's arrays read in
 * place (its compiled sheet's score lines, sections and minima, the card's line indexes and points, without building
 * the {@code List} and {@code Map} views of {@link ScoreCard#criteria()} and {@link ScoreCard#sections()}), and what
 * the writer attaches to a compiled sheet. Installed once by {@code ScoreCard}'s class initialiser. Thread-safe.
 */
public abstract class ScoringAccess {
    private static volatile ScoringAccess instance;

    /**
     * For subclasses in {@code io.github.ocop.core.scoring} only.
     */
    protected ScoringAccess() {
    }

    /**
     * Installs the accessor (called once, by {@code ScoreCard}'s class initialiser).
     *
     * @param access the accessor
     */
    public static synchronized void install(ScoringAccess access) {
        if (instance != null) {
            throw new IllegalStateException("already installed");
        }
        instance = Objects.requireNonNull(access, "access");
    }

    /** {@return the accessor} */
    public static ScoringAccess get() {
        ScoringAccess a = instance;
        if (a == null) {
            try { // its class initialiser installs it (and happens-before this thread's next read)
                Class.forName(ScoreCard.class.getName(), true, ScoreCard.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            a = instance;
        }
        return a;
    }

    /**
     * The answers of an assessment from arrays the caller has already checked, kept as they are (not copied): pass the
     * result to {@code new Assessment(...)}, which then keeps it too.
     *
     * @param codes criterion codes, the first {@code n} non-null and distinct; not changed afterwards
     * @param keys  the option key of each, the first {@code n} non-null; not changed afterwards
     * @param n     how many answers
     * @return an unmodifiable map of code to key, in that order
     */
    public abstract Map<String, String> answers(String[] codes, String[] keys, int n);

    /**
     * Answers resolved while read by a sheet's vocabulary: an engine scoring on that very vocabulary's sheet takes
     * {@code given} as it is instead of looking each answer up again; the map names the vocabulary's own strings.
     *
     * @param order      per answer in the order given, the index of its criterion in the vocabulary (distinct)
     * @param n          how many answers
     * @param vocabulary the vocabulary that resolved them
     * @param given      per criterion of the vocabulary: 0 unanswered, 1 + option index, or {@link AnswerVocabulary#NONE};
     *                   not 0 exactly for the criteria in {@code order}; neither array changed afterwards
     * @return an unmodifiable map of code to key, in that order
     */
    public abstract Map<String, String> answers(int[] order, int n, AnswerVocabulary vocabulary, int[] given);

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
     * {@return what {@link #attachToSheet} last attached to the card's compiled sheet, or null} Every card an engine
     * scores on one sheet shares that compiled sheet, and a compiled sheet belongs to one engine (one rule set).
     *
     * @param card a score card
     */
    public abstract Object sheetAttachment(ScoreCard card);

    /**
     * Attaches a value to the card's compiled sheet (the JSON writer's encoded lines), replacing any earlier one.
     *
     * @param card  a score card
     * @param value an immutable value, safe to share between threads
     */
    public abstract void attachToSheet(ScoreCard card, Object value);

    /**
     * {@return every score the sheet's criteria can earn, the engine's own array, never to be changed} Per criterion
     * in printed order: option k at index k, then "none", then "not applicable"; the card's criterion i has the score
     * at {@code scoreLines(card)[i][lines(card)[i]]}.
     *
     * @param card a score card
     */
    public abstract CriterionScore[][] scoreLines(ScoreCard card);

    /**
     * {@return per criterion, the index of the card's score in {@link #scoreLines}; the card's own array, never to be
     * changed}
     *
     * @param card a score card
     */
    public abstract int[] lines(ScoreCard card);

    /**
     * {@return per criterion, the points the card earned; the card's own array, never to be changed}
     *
     * @param card a score card
     */
    public abstract int[] points(ScoreCard card);

    /**
     * {@return per section (in the order of {@link #sectionCode}), the indexes of the criteria whose points it sums;
     * the engine's own arrays, never to be changed}
     *
     * @param card a score card
     */
    public abstract int[][] sectionMembers(ScoreCard card);

    /**
     * {@return per star minimum of the sheet (in the order of {@code card.minima()}), per score index of its criterion
     * (as in {@link #scoreLines}), the unmet minimum that score gives, or null when it meets the minimum; the engine's
     * own arrays, never to be changed}
     *
     * @param card a score card
     */
    public abstract UnmetMinimum[][] unmetLines(ScoreCard card);

    /**
     * {@return per star minimum of the sheet, the index of its criterion; the engine's own array, never to be changed}
     *
     * @param card a score card
     */
    public abstract int[] minimumIndex(ScoreCard card);
}
