package io.github.ocop.rules;

import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.problem.Problem;
import io.github.ocop.core.text.Message;
import io.github.ocop.core.text.Messages;
import io.github.ocop.rules.internal.JsonObject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Bean Validation (Jakarta Validation, Hibernate Validator) of the input types, with messages in English or
 * Vietnamese (thông báo tiếng Việt) for a locale the caller gives. The validator is bootstrapped once, without an
 * Expression Language implementation ({@link ParameterMessageInterpolator}); the messages come from
 * {@code io/github/ocop/rules/ValidationMessages.properties} and {@code ValidationMessages_vi.properties} in this jar,
 * read with the library's {@link Messages}, and each problem carries its key as its code.
 * Problems are located like every other input error, e.g. {@code $.product.name}. Thread-safe.
 */
public final class InputValidation {
    /** The Vietnamese locale ({@code vi}). */
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /**
     * The constraints' texts ({@code io/github/ocop/rules/ValidationMessages.properties}, English, and
     * {@code ValidationMessages_vi.properties}), read by the library's one mechanism ({@link Messages}): they feed
     * Hibernate Validator's interpolation here, a framework's message source, and the coded problems.
     */
    // a lambda, not a method reference: a reference to this caller-sensitive method spins method-handle classes
    // (not archived by CDS) on every start
    static final Messages BUNDLE = Messages.load("ValidationMessages",
            name -> InputValidation.class.getResourceAsStream(name));

    /*
     * Hibernate Validator logs its version once, at INFO, when the factory is built (logger
     * org.hibernate.validator.internal.util.Version). A library must not change its host's logging, so that line is
     * left to the application's logging configuration; the ocop tool hides it in its main method.
     */
    private static final class Holder {
        static final MessageInterpolator PARAMETERS = new ParameterMessageInterpolator();
        static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
                .providerResolver(() -> List.of(new HibernateValidator()))
                .configure()
                .messageInterpolator(new BundleInterpolator(PARAMETERS, Locale.ENGLISH))
                .buildValidatorFactory();
    }

    private InputValidation() {
    }

    /**
     * Checks an assessment against the constraints of {@link Assessment}, {@link io.github.ocop.core.scoring.Product}
     * and {@link io.github.ocop.core.scoring.Subject}.
     *
     * @param assessment the assessment
     * @param locale     the language of the messages: Vietnamese for {@code vi}, English otherwise
     * @return the problems, ordered by path; empty when the assessment is valid
     */
    public static List<Problem> problems(Assessment assessment, Locale locale) {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(locale, "locale");
        Validator validator = Holder.FACTORY.usingContext()
                .messageInterpolator(new BundleInterpolator(Holder.PARAMETERS, locale)).getValidator();
        Set<Problem> out = new LinkedHashSet<>();
        for (ConstraintViolation<Assessment> v : validator.validate(assessment)) {
            String key = key(v.getMessageTemplate());
            out.add(new Problem(path(v.getPropertyPath()), key != null ? BUNDLE.message(key)
                    : Message.text(v.getMessage())));
        }
        return out.stream().sorted(Comparator.comparing(Problem::path).thenComparing(Problem::message)).toList();
    }

    /**
     * Checks an assessment and throws when it is not valid.
     *
     * @param assessment the assessment
     * @param source     its name for messages (e.g. a file name)
     * @param locale     the language of the messages
     * @return the same assessment, when valid
     * @throws OcopInputException naming the source and every problem with its path
     */
    public static Assessment requireValid(Assessment assessment, String source, Locale locale) {
        Objects.requireNonNull(source, "source");
        List<Problem> problems = problems(assessment, locale);
        if (!problems.isEmpty()) {
            throw new OcopInputException(source, problems).inLanguage(locale);
        }
        return assessment;
    }

    /** Builds a JSON-path-like location from a Bean Validation path: {@code $.answers['1.1']}. */
    static String path(Path path) {
        StringBuilder b = new StringBuilder("$");
        for (Path.Node n : path) {
            if (n.isInIterable()) {
                if (n.getKey() != null) {
                    b.append("['").append(n.getKey()).append("']");
                } else if (n.getIndex() != null) {
                    b.append('[').append(n.getIndex()).append(']');
                }
            }
            String name = n.getName();
            if (name != null && !name.startsWith("<")) {
                String s = JsonObject.childPath("", name);
                b.append(s);
            }
        }
        return b.toString();
    }

    /** {@return the bundle key a constraint's message template names ({@code {io.github.ocop...}}), or null} */
    private static String key(String template) {
        if (template.startsWith("{io.github.ocop.") && template.endsWith("}")) {
            String key = template.substring(1, template.length() - 1);
            return BUNDLE.keys().contains(key) ? key : null;
        }
        return null;
    }

    /**
     * Resolves {@code {io.github.ocop...}} keys from this library's bundles in a fixed locale, then lets Hibernate
     * Validator fill the constraint's parameters (no Expression Language).
     */
    private record BundleInterpolator(MessageInterpolator delegate, Locale locale) implements MessageInterpolator {
        @Override
        public String interpolate(String template, MessageInterpolator.Context context) {
            return interpolate(template, context, locale);
        }

        @Override
        public String interpolate(String template, MessageInterpolator.Context context, Locale ignored) {
            String key = key(template);
            return key == null ? delegate.interpolate(template, context, locale) : BUNDLE.format(locale, key);
        }
    }
}
