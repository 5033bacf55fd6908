package io.github.ocop.spring;

import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.problem.Problem;
import org.springframework.context.MessageSource;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Turns an {@link OcopInputException} into an RFC 9457 problem ({@code application/problem+json}, HTTP 400) in a
 * language: {@code type}, {@code title}, {@code status}, {@code detail} and {@code problems}, one
 * {@code {"path", "message"}} per located problem. Every problem of the library carries a code and its arguments
 * and is worded in the language asked for by the library's own bundles ({@link Problem#text(Locale)}); the title,
 * the detail and the name of the source come from the application's {@link MessageSource}, to which the starter adds
 * its own messages ({@code io/github/ocop/spring/messages}). Thread-safe.
 */
public final class OcopProblems {
    /** The problem type of invalid OCOP input. */
    public static final URI TYPE = URI.create("https://github.com/ocop-rules/ocop-rules/blob/main/docs/assessment-format.md");

    private static final String PREFIX = "io.github.ocop.problem.";

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
     * @param problem a problem of the library: a code and its arguments, worded by the library's own bundles
     * @param locale  the language wanted (English for {@code en}, Vietnamese otherwise)
     * @return its message in that language
     */
    public String message(Problem problem, Locale locale) {
        return Objects.requireNonNull(problem, "problem").text(Objects.requireNonNull(locale, "locale"));
    }

    /** {@return why a request body is not JSON, at a line and column (1-based; -1 when unknown), in a language} */
    String malformed(int line, int column, Locale locale) {
        return line > 0 && column > 0
                ? messages.getMessage(PREFIX + "malformed", new Object[] {line, column},
                        "the body is not valid JSON at line " + line + ", column " + column, locale)
                : messages.getMessage(PREFIX + "malformedSomewhere", null, "the body is not valid JSON", locale);
    }
}
