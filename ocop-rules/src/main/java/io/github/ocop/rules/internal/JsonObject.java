package io.github.ocop.rules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ocop.core.problem.Problem;
import io.github.ocop.core.text.Message;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * A strict, located view of one JSON object: every read names its JSON path, and {@link #finish()} refuses keys
 * that were never read. Problems are thrown as {@link JsonProblem}.
 */
public final class JsonObject {
    private final JsonNode node;
    private final String path;
    private final Locale locale;
    private final Set<String> read = new LinkedHashSet<>();

    private JsonObject(JsonNode node, String path, Locale locale) {
        this.node = node;
        this.path = path;
        this.locale = locale;
    }

    /**
     * {@return the view, with English messages}
     *
     * @param node a node that must be an object
     * @param path its path
     */
    public static JsonObject of(JsonNode node, String path) {
        return of(node, path, Locale.ENGLISH);
    }

    /**
     * {@return the view}
     *
     * @param node   a node that must be an object
     * @param path   its path
     * @param locale the language of its messages and of its nested objects' (Vietnamese for {@code vi})
     */
    public static JsonObject of(JsonNode node, String path, Locale locale) {
        if (node == null || !node.isObject()) {
            throw new JsonProblem(new Problem(path, expected(locale, ReadMessages.AN_OBJECT, node)));
        }
        return new JsonObject(node, path, locale);
    }

    private static Message expected(Locale locale, ReadMessages kind, JsonNode found) {
        return ReadMessages.EXPECTED.message(kind.message(), describe(found));
    }

    /** {@return the language of this object's messages} */
    public Locale locale() {
        return locale;
    }

    /** {@return the underlying node} */
    public JsonNode node() {
        return node;
    }

    /** {@return this object's path} */
    public String path() {
        return path;
    }

    /**
     * {@return the path of that key}
     *
     * @param key a key
     */
    public String pathOf(String key) {
        return childPath(path, key);
    }

    /**
     * {@return the child path, quoting keys that are not plain identifiers}
     *
     * @param parent a path
     * @param key    a key
     */
    public static String childPath(String parent, String key) {
        return key.matches("[A-Za-z_][A-Za-z0-9_]*") ? parent + "." + key : parent + "['" + key + "']";
    }

    private JsonNode get(String key, boolean required) {
        read.add(key);
        JsonNode v = node.get(key);
        if ((v == null || v.isNull()) && required) {
            throw new JsonProblem(new Problem(pathOf(key), v == null ? missing(key)
                    : ReadMessages.MUST_NOT_BE_NULL.message()));
        }
        return v == null || v.isNull() ? null : v;
    }

    /** @param key a key @return its non-blank string value */
    public String string(String key) {
        String s = optString(key);
        if (s == null) {
            throw new JsonProblem(new Problem(pathOf(key), missing(key)));
        }
        return s;
    }

    /** @param key a key @return its string value, or null when absent or null */
    public String optString(String key) {
        JsonNode v = get(key, false);
        if (v == null) {
            return null;
        }
        if (!v.isTextual()) {
            throw new JsonProblem(new Problem(pathOf(key), expected(locale, ReadMessages.A_STRING, v)));
        }
        return v.textValue();
    }

    /** @param key a key @return its integer value */
    public int integer(String key) {
        Integer i = optInteger(key);
        if (i == null) {
            throw new JsonProblem(new Problem(pathOf(key), missing(key)));
        }
        return i;
    }

    /** @param key a key @return its integer value, or null */
    public Integer optInteger(String key) {
        JsonNode v = get(key, false);
        if (v == null) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new JsonProblem(new Problem(pathOf(key), expected(locale, ReadMessages.AN_INTEGER, v)));
        }
        return v.intValue();
    }

    /** @param key a key @return its ISO date value */
    public LocalDate date(String key) {
        LocalDate d = optDate(key);
        if (d == null) {
            throw new JsonProblem(new Problem(pathOf(key), missing(key)));
        }
        return d;
    }

    /** @param key a key @return its ISO date value (yyyy-MM-dd), or null */
    public LocalDate optDate(String key) {
        String s = optString(key);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new JsonProblem(new Problem(pathOf(key), ReadMessages.BAD_ISO_DATE.message(s)));
        }
    }

    /**
     * A date in a file a person writes (a round, a plan): yyyy-MM-dd or dd/MM/yyyy.
     *
     * @param key a key
     * @return its date value
     */
    public LocalDate personDate(String key) {
        String s = string(key);
        LocalDate d = parseDate(s);
        if (d == null) {
            throw new JsonProblem(new Problem(pathOf(key), ReadMessages.BAD_DATE.message(s)));
        }
        return d;
    }

    /**
     * Reads a date as a person writes it: ISO {@code 2026-05-10}, or Vietnamese {@code 10/05/2026} (also
     * {@code 1/5/2026}). A day that does not exist (31/02/2026) is refused, never moved.
     *
     * @param text the text
     * @return the date, or null when the text is not one
     */
    public static LocalDate parseDate(String text) {
        String t = text.trim();
        try {
            return t.contains("/") ? LocalDate.parse(t, VI_DATE) : LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static final java.time.format.DateTimeFormatter VI_DATE = java.time.format.DateTimeFormatter
            .ofPattern("d/M/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);

    /** @param key a key @return the nested object */
    public JsonObject object(String key) {
        return of(get(key, true), pathOf(key), locale);
    }

    /** @param key a key @return the nested object, or null */
    public JsonObject optObject(String key) {
        JsonNode v = get(key, false);
        return v == null ? null : of(v, pathOf(key), locale);
    }

    /**
     * {@return the mapped elements}
     *
     * @param key    a key whose value is an array of objects (absent or null means empty)
     * @param mapper maps each element
     * @param <T>    the element type
     */
    public <T> List<T> objects(String key, Function<JsonObject, T> mapper) {
        JsonNode v = array(key);
        List<T> out = new ArrayList<>();
        if (v != null) {
            for (int i = 0; i < v.size(); i++) {
                JsonObject o = of(v.get(i), pathOf(key) + "[" + i + "]", locale);
                out.add(mapper.apply(o));
            }
        }
        return out;
    }

    /** @param key a key whose value is an array of strings (absent or null means empty) @return the strings */
    public List<String> strings(String key) {
        JsonNode v = array(key);
        List<String> out = new ArrayList<>();
        if (v != null) {
            for (int i = 0; i < v.size(); i++) {
                if (!v.get(i).isTextual()) {
                    throw new JsonProblem(new Problem(pathOf(key) + "[" + i + "]", expected(locale,
                            ReadMessages.A_STRING, v.get(i))));
                }
                out.add(v.get(i).textValue());
            }
        }
        return out;
    }

    private JsonNode array(String key) {
        JsonNode v = get(key, false);
        if (v != null && !v.isArray()) {
            throw new JsonProblem(new Problem(pathOf(key), expected(locale, ReadMessages.AN_ARRAY, v)));
        }
        return v;
    }

    /**
     * {@return whether the object has it (marks it as read)}
     *
     * @param key a key
     */
    public boolean has(String key) {
        read.add(key);
        return node.has(key);
    }

    /** {@return the object's keys in file order (for a map-like object whose keys are data)} */
    public List<String> fieldNames() {
        List<String> out = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    /** Refuses keys that were never read. */
    public void finish() {
        Iterator<String> it = node.fieldNames();
        while (it.hasNext()) {
            String k = it.next();
            if (!read.contains(k)) {
                String near = KeySuggestion.closest(k, read);
                String known = String.join(", ", read);
                throw new JsonProblem(new Problem(pathOf(k), near != null
                        ? ReadMessages.UNKNOWN_FIELD_NEAR.message(near, known)
                        : ReadMessages.UNKNOWN_FIELD.message(known)));
            }
        }
    }

    /** @return the message for a missing key, naming a key of the object that looks like a typo of it */
    private Message missing(String key) {
        List<String> unread = new ArrayList<>();
        node.fieldNames().forEachRemaining(k -> {
            if (!k.equals(key)) {
                unread.add(k);
            }
        });
        String near = KeySuggestion.closestFound(key, unread);
        return near == null ? ReadMessages.MISSING_FIELD.message()
                : ReadMessages.MISSING_FIELD_NEAR.message(near, key);
    }

    /**
     * @param n a node or null
     * @return a short description of its type and value, as a message argument
     */
    public static Message describe(JsonNode n) {
        if (n == null) {
            return ReadMessages.NOTHING.message();
        }
        if (n.isNull()) {
            return Message.text("null");
        }
        String text = n.toString();
        if (text.length() > 40) {
            text = text.substring(0, 37) + "...";
        }
        ReadMessages kind = n.isNumber() ? ReadMessages.FOUND_NUMBER : n.isTextual() ? ReadMessages.FOUND_STRING
                : n.isBoolean() ? ReadMessages.FOUND_BOOLEAN : n.isArray() ? ReadMessages.FOUND_ARRAY
                : ReadMessages.FOUND_OBJECT;
        return kind.message(text);
    }
}
