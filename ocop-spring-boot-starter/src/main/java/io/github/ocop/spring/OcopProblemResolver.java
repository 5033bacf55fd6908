package io.github.ocop.spring;

import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.problem.Problem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Answers a request that failed on invalid OCOP input, thrown by a controller or met while reading its body (the
 * {@link OcopInputException} is then the cause of Spring's and Jackson's exceptions), with an RFC 9457 problem,
 * HTTP 400, in the request's language ({@link OcopProblems}). A request body that is not JSON at all, sent to a
 * handler whose {@code @RequestBody} is an OCOP type, gets the same kind of answer, located at the line and column
 * where the JSON breaks. Any other exception is left to the resolvers after it. Runs before Spring MVC's own
 * resolvers.
 */
public final class OcopProblemResolver implements HandlerExceptionResolver, Ordered {
    private static final Set<String> LANGUAGES = Set.of("vi", "en");

    private final OcopProblems problems;
    private final JsonMapper mapper;
    private final Locale defaultLocale;

    /**
     * A resolver.
     *
     * @param problems      the problem writer
     * @param mapper        the mapper that writes the problem
     * @param defaultLocale the language when the request asks for none of vi and en
     */
    public OcopProblemResolver(OcopProblems problems, JsonMapper mapper, Locale defaultLocale) {
        this.problems = Objects.requireNonNull(problems, "problems");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.defaultLocale = Objects.requireNonNull(defaultLocale, "defaultLocale");
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception ex) {
        Locale locale = locale(request);
        OcopInputException input = find(ex);
        if (input == null) {
            input = malformedOcopBody(handler, ex, locale);
        }
        if (input == null || response.isCommitted()) {
            return null;
        }
        try {
            response.setStatus(400);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            mapper.writeValue(response.getOutputStream(), problems.problem(input, locale));
        } catch (IOException e) {
            return null;
        }
        return new ModelAndView();
    }

    /** The request's language when it is one the messages exist in (Accept-Language, or the locale resolver's). */
    private Locale locale(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return defaultLocale;
        }
        Locale l = RequestContextUtils.getLocale(request);
        return LANGUAGES.contains(l.getLanguage()) ? l : defaultLocale;
    }

    /**
     * The body of a request to an OCOP handler that Jackson could not even tokenise (not JSON, a missing comma or
     * bracket): the OCOP reader never saw it, so it is worded here, at the line and column where it breaks.
     */
    private OcopInputException malformedOcopBody(Object handler, Exception ex, Locale locale) {
        if (!(handler instanceof HandlerMethod method) || !takesOcopBody(method)) {
            return null;
        }
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException e) {
                TokenStreamLocation at = e.getLocation();
                int line = at == null ? -1 : at.getLineNr();
                int column = at == null ? -1 : at.getColumnNr();
                return new OcopInputException("request", List.of(new Problem("$",
                        problems.malformed(line, column, locale))), e);
            }
        }
        return null;
    }

    private static boolean takesOcopBody(HandlerMethod method) {
        for (MethodParameter p : method.getMethodParameters()) {
            if (p.hasParameterAnnotation(RequestBody.class)
                    && p.getGenericParameterType().getTypeName().contains("io.github.ocop.")) {
                return true;
            }
        }
        return false;
    }

    private static OcopInputException find(Throwable t) {
        for (int depth = 0; t != null && depth < 10; depth++, t = t.getCause()) {
            if (t instanceof OcopInputException e) {
                return e;
            }
        }
        return null;
    }
}
