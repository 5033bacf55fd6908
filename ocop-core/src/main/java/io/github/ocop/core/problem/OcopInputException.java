package io.github.ocop.core.problem;

import io.github.ocop.core.internal.CoreMessages;
import io.github.ocop.core.text.Messages;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Invalid input (an assessment, a rule set file, ...): names the source, and lists every problem with its path and
 * what was expected. Its message ({@link #getMessage()}) is fit to show a user as it is, in Vietnamese unless a reader
 * was asked for another language ({@link #inLanguage(Locale)}); {@link #getMessage(Locale)} gives it in any language,
 * and each {@link Problem} carries a code and its arguments for programs.
 */
public class OcopInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** The most problems listed; beyond them, the message says how many more there are. */
    public static final int MAX_LISTED = 50;

    /** The input's name. */
    private final String source;
    /** The problems listed, in the order found (at most {@link #MAX_LISTED}). */
    private final List<Problem> problems;
    /** How many more problems were found but not listed. */
    private final long unlisted;
    /** The language of {@link #getMessage()}. */
    private final Locale language;

    /**
     * Creates an exception for the problems of one input.
     *
     * @param source   the input's name (file name, or a description such as "assessment")
     * @param problems at least one problem
     */
    public OcopInputException(String source, List<Problem> problems) {
        this(source, problems, null);
    }

    /**
     * Creates an exception for the problems of one input, with the underlying cause.
     *
     * @param source   the input's name
     * @param problems at least one problem
     * @param cause    the underlying cause, or null
     */
    public OcopInputException(String source, List<Problem> problems, Throwable cause) {
        this(source, problems, 0, cause);
    }

    /**
     * Creates an exception for the problems of one input, some of them only counted.
     *
     * @param source   the input's name
     * @param problems at least one problem; those beyond {@link #MAX_LISTED} are counted, not listed
     * @param unlisted how many more problems were found and not even collected (0 or more)
     * @param cause    the underlying cause, or null
     */
    public OcopInputException(String source, List<Problem> problems, long unlisted, Throwable cause) {
        this(source, problems, unlisted, cause, Messages.VIETNAMESE);
    }

    private OcopInputException(String source, List<Problem> problems, long unlisted, Throwable cause,
                               Locale language) {
        super(format(source, problems, unlisted, Objects.requireNonNull(language, "language")), cause);
        this.source = Objects.requireNonNull(source, "source");
        this.problems = List.copyOf(problems.subList(0, Math.min(problems.size(), MAX_LISTED)));
        this.unlisted = unlisted + problems.size() - this.problems.size();
        this.language = language;
    }

    /**
     * The same problems, with {@link #getMessage()} in another language (a reader called with a locale answers
     * so); the problems, their codes and {@link #getMessage(Locale)} are unchanged.
     *
     * @param locale the language of {@link #getMessage()}: English for {@code en}, Vietnamese otherwise
     * @return the exception in that language (this one when it already is)
     */
    public OcopInputException inLanguage(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return locale.equals(language) ? this : new OcopInputException(source, problems, unlisted, getCause(), locale);
    }

    /**
     * The message in a language: one line per problem, "source path: text".
     *
     * @param locale the language: English for {@code en}, Vietnamese otherwise
     * @return the message
     */
    public String getMessage(Locale locale) {
        return format(source, problems, unlisted, locale);
    }

    private static String format(String source, List<Problem> problems, long unlisted, Locale locale) {
        Objects.requireNonNull(problems, "problems");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an input exception needs at least one problem");
        }
        if (unlisted < 0) {
            throw new IllegalArgumentException("unlisted must not be negative");
        }
        long more = unlisted + Math.max(0, problems.size() - MAX_LISTED);
        String listed = problems.stream().limit(MAX_LISTED).map(p -> source + " " + p.path() + ": " + p.text(locale))
                .collect(Collectors.joining("\n"));
        return more == 0 ? listed : listed + "\n" + source + " $: "
                + CoreMessages.BUNDLE.format(locale, "input.more", more, MAX_LISTED);
    }

    /** {@return the input's name} */
    public String source() {
        return source;
    }

    /** {@return the problems listed, in the order found: the first {@link #MAX_LISTED}} */
    public List<Problem> problems() {
        return problems;
    }

    /** {@return how many more problems were found than {@link #problems()} lists} */
    public long unlisted() {
        return unlisted;
    }

    /**
     * {@return the same problems attributed to another source}
     *
     * @param newSource the name to report instead (e.g. the file the input came from)
     */
    public OcopInputException withSource(String newSource) {
        return new OcopInputException(newSource, problems, unlisted, getCause(), language);
    }
}
