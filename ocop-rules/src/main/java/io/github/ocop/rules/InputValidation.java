package io.github.ocop.rules;

import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.problem.Problem;
import io.github.ocop.rules.internal.JsonObject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

/**
 * Bean Validation (Jakarta Validation, Hibernate Validator) of the input types, with messages in English or
 * Vietnamese (thông báo tiếng Việt) for a locale the caller gives. The validator is bootstrapped once, without an
 * Expression Language implementation ({@link ParameterMessageInterpolator}); the messages come from
 * {@code io/github/ocop/rules/ValidationMessages.properties} and {@code ValidationMessages_vi.properties} in this jar.
 * Problems are located like every other input error, e.g. {@code $.product.name}. Thread-safe.
 */
public final class InputValidation {
    /** The Vietnamese locale ({@code vi}). */
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private static final String BUNDLE = "/io/github/ocop/rules/ValidationMessages";
    private static final Properties ENGLISH_MESSAGES = load(BUNDLE + ".properties");
    private static final Properties VIETNAMESE_MESSAGES = load(BUNDLE + "_vi.properties");

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
            out.add(new Problem(path(v.getPropertyPath()), v.getMessage()));
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
            throw new OcopInputException(source, problems);
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

    private static Properties load(String resource) {
        Properties p = new Properties();
        try (InputStream in = InputValidation.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " (a broken ocop-rules jar)");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return p;
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
            String resolved = template;
            if (template.startsWith("{io.github.ocop.") && template.endsWith("}")) {
                Properties messages = "vi".equals(locale.getLanguage()) ? VIETNAMESE_MESSAGES : ENGLISH_MESSAGES;
                resolved = messages.getProperty(template.substring(1, template.length() - 1), template);
            }
            return delegate.interpolate(resolved, context, locale);
        }
    }
}
