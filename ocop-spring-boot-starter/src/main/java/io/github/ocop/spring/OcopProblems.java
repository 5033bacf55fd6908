package io.github.ocop.spring;

import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.problem.Problem;
import org.springframework.context.MessageSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an {@link OcopInputException} into an RFC 9457 problem ({@code application/problem+json}, HTTP 400) in a
 * language: {@code type}, {@code title}, {@code status}, {@code detail} and {@code problems}, one
 * {@code {"path", "message"}} per located problem. Messages come from the application's {@link MessageSource}, to
 * which the starter adds ocop-rules' validation messages and its own ({@code io/github/ocop/spring/messages}): a
 * Bean Validation message is shown in the language asked for, and so is every problem whose fixed English wording
 * has a translation ({@code problem-patterns.properties}); any other stays in English. Thread-safe.
 */
public final class OcopProblems {
    /** The problem type of invalid OCOP input. */
    public static final URI TYPE = URI.create("https://github.com/ocop-rules/ocop-rules/blob/main/docs/assessment-format.md");

    private static final String PREFIX = "io.github.ocop.problem.";
    private static final Map<String, Pattern> PATTERNS = patterns();
    private static final Map<String, String> VALIDATION_KEYS = validationKeys();

    private final MessageSource messages;

    /**
     * Problems worded by a message source.
     *
     * @param messages the application's messages (with the starter's basenames)
     */
    public OcopProblems(MessageSource messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /**
     * The problem document of an input exception.
     *
     * @param e      the exception
     * @param locale the language of the messages
     * @return the RFC 9457 members, in order, plus {@code problems}
     */
    public Map<String, Object> problem(OcopInputException e, Locale locale) {
        Objects.requireNonNull(e, "e");
        Objects.requireNonNull(locale, "locale");
        String source = messages.getMessage(PREFIX + "source." + e.source(), null,
                messages.getMessage(PREFIX + "source.request", null, "request", locale), locale);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE.toString());
        body.put("title", messages.getMessage(PREFIX + "title", null, "Invalid OCOP input", locale));
        body.put("status", 400);
        body.put("detail", messages.getMessage(PREFIX + "detail", new Object[] {e.problems().size(), source},
                e.problems().size() + " problem(s)", locale));
        body.put("problems", e.problems().stream().map(p -> {
            Map<String, String> one = new LinkedHashMap<>();
            one.put("path", p.path());
            one.put("message", message(p, locale));
            return one;
        }).toList());
        return body;
    }

    /**
     * One problem's message in a language.
     *
     * @param problem a problem of ocop-rules: coded (worded by the library's bundles) or a fixed English text
     * @param locale  the language wanted
     * @return its message in that language when there is a translation, else as it is
     */
    public String message(Problem problem, Locale locale) {
        if (!problem.code().equals(io.github.ocop.core.text.Message.TEXT)) {
            // a coded problem: the library's own bundle words it in the language asked for
            return problem.text(locale);
        }
        String key = VALIDATION_KEYS.get(problem.message());
        if (key != null) {
            return messages.getMessage(key, null, problem.message(), locale);
        }
        for (Map.Entry<String, Pattern> p : PATTERNS.entrySet()) {
            Matcher m = p.getValue().matcher(problem.message());
            if (m.matches()) {
                Object[] args = new Object[m.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = m.group(i + 1);
                }
                // no default text here: Spring would run the English message through MessageFormat, eating its quotes
                String translated = messages.getMessage(PREFIX + p.getKey(), args, null, locale);
                return translated == null ? problem.message() : translated;
            }
        }
        return problem.message();
    }

    /** {@return the names of the fixed wordings that have patterns (for tests and documentation)} */
    static List<String> patternKeys() {
        return List.copyOf(PATTERNS.keySet());
    }

    private static Map<String, Pattern> patterns() {
        Properties p = load("/io/github/ocop/spring/problem-patterns.properties");
        Map<String, Pattern> out = new LinkedHashMap<>();
        p.stringPropertyNames().stream().sorted().forEach(k -> out.put(k, Pattern.compile(p.getProperty(k))));
        return out;
    }

    /** English text of each Bean Validation message of ocop-rules → its key. */
    private static Map<String, String> validationKeys() {
        Properties p = load("/io/github/ocop/rules/ValidationMessages.properties");
        Map<String, String> out = new LinkedHashMap<>();
        p.stringPropertyNames().forEach(k -> out.put(p.getProperty(k), k));
        return out;
    }

    private static Properties load(String resource) {
        Properties p = new Properties();
        try (InputStream in = OcopProblems.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return p;
    }
}
