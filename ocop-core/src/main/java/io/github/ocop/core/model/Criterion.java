package io.github.ocop.core.model;

import io.github.ocop.core.internal.CoreMessages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One scored criterion of a sheet (tiêu chí / chỉ tiêu), answered by choosing one option. Immutable and
 * thread-safe.
 */
public final class Criterion {
    private final String code;
    private final String title;
    private final int maxPoints;
    private final List<String> notes;
    private final Applicability applicability;
    private final Citation citation;
    private final List<Option> options;
    private final Map<String, Option> byKey;
    private final boolean acceptsNone;
    private final OptionSubjectTypes subjectTypes;

    /**
     * A criterion whose options describe no subject types.
     *
     * @param code          the code as printed, e.g. {@code "1.1"}, {@code "7"}, {@code "6.1.2"}
     * @param title         the title as printed
     * @param maxPoints     the maximum points
     * @param notes         verbatim notes other than knock-outs
     * @param applicability the condition under which it applies, or null when it always applies
     * @param citation      where it is printed
     * @param options       the options in printed order
     * @throws IllegalArgumentException when option keys repeat
     */
    public Criterion(String code, String title, int maxPoints, List<String> notes, Applicability applicability,
                     Citation citation, List<Option> options) {
        this(code, title, maxPoints, notes, applicability, citation, options, null);
    }

    /**
     * A criterion on the type of organisation, whose options describe subject types.
     *
     * @param code          the code as printed
     * @param title         the title as printed
     * @param maxPoints     the maximum points
     * @param notes         verbatim notes other than knock-outs
     * @param applicability the condition under which it applies, or null when it always applies
     * @param citation      where it is printed
     * @param options       the options in printed order
     * @param subjectTypes  the subject types each option describes, or null when its options describe none
     * @throws IllegalArgumentException when option keys repeat or {@code subjectTypes} names an unknown option
     */
    public Criterion(String code, String title, int maxPoints, List<String> notes, Applicability applicability,
                     Citation citation, List<Option> options, OptionSubjectTypes subjectTypes) {
        this.code = Objects.requireNonNull(code, "code");
        this.title = Objects.requireNonNull(title, "title");
        this.maxPoints = maxPoints;
        this.notes = List.copyOf(Objects.requireNonNull(notes, "notes"));
        this.applicability = applicability;
        this.citation = Objects.requireNonNull(citation, "citation");
        this.options = List.copyOf(Objects.requireNonNull(options, "options"));
        if (maxPoints < 0) {
            throw CoreMessages.refusal("model.criterionMax", code, maxPoints);
        }
        Map<String, Option> m = new LinkedHashMap<>();
        int min = Integer.MAX_VALUE;
        for (Option o : this.options) {
            if (m.putIfAbsent(o.key(), o) != null) {
                throw CoreMessages.refusal("model.duplicateOption", code, o.key());
            }
            min = Math.min(min, o.points());
        }
        this.byKey = Map.copyOf(m);
        this.acceptsNone = this.options.isEmpty() || min > 0;
        this.subjectTypes = subjectTypes;
        if (subjectTypes != null) {
            for (String k : subjectTypes.byOption().keySet()) {
                if (!m.containsKey(k)) {
                    throw CoreMessages.refusal("model.subjectTypesOption", code, k, List.copyOf(m.keySet()));
                }
            }
        }
    }

    /** {@return the subject types each option describes, if this is the criterion on the type of organisation} */
    public Optional<OptionSubjectTypes> subjectTypes() {
        return Optional.ofNullable(subjectTypes);
    }

    /** {@return the code as printed} */
    public String code() {
        return code;
    }

    /** {@return the title as printed} */
    public String title() {
        return title;
    }

    /** {@return the maximum points} */
    public int maxPoints() {
        return maxPoints;
    }

    /** {@return verbatim notes (ghi chú, yêu cầu) other than knock-outs} */
    public List<String> notes() {
        return notes;
    }

    /** {@return the condition under which the criterion applies, if any} */
    public Optional<Applicability> applicability() {
        return Optional.ofNullable(applicability);
    }

    /** {@return where it is printed} */
    public Citation citation() {
        return citation;
    }

    /** {@return the options in printed order} */
    public List<Option> options() {
        return options;
    }

    /**
     * {@return the option, if the criterion has it}
     *
     * @param key an option key
     */
    public Optional<Option> option(String key) {
        return Optional.ofNullable(byKey.get(Objects.requireNonNull(key, "key")));
    }

    /**
     * Whether the explicit answer {@code "none"} (no printed option applies, 0 points) is accepted: true when the
     * printed options do not start at 0 (or none is printed).
     *
     * @return whether "none" is a valid answer
     */
    public boolean acceptsNone() {
        return acceptsNone;
    }

    /** {@return the highest points of any option (0 when there is none)} */
    public int highestOptionPoints() {
        return options.stream().mapToInt(Option::points).max().orElse(0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Criterion c && c.code.equals(code) && c.title.equals(title) && c.maxPoints == maxPoints
                && c.notes.equals(notes) && Objects.equals(c.applicability, applicability)
                && c.citation.equals(citation) && c.options.equals(options)
                && Objects.equals(c.subjectTypes, subjectTypes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, title, maxPoints, options);
    }

    @Override
    public String toString() {
        return "Criterion[" + code + " " + title + " /" + maxPoints + "]";
    }
}
