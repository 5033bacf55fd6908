package io.github.ocop.rules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ocop.core.scoring.Problem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A strict, located view of one JSON object: every read names its JSON path, and {@link #finish()} refuses keys
 * that were never read. Problems are thrown as {@link JsonProblem}.
 */
public final class JsonObject {
    private final JsonNode node;
    private final String path;
    private final Set<String> read = new LinkedHashSet<>();

    private JsonObject(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /**
     * @param node a node that must be an object
     * @param path its path
     * @return the view
     */
    public static JsonObject of(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new JsonProblem(new Problem(path, "expected an object, found " + describe(node)));
        }
        return new JsonObject(node, path);
    }

    /** @return the underlying node */
    public JsonNode node() {
        return node;
    }

    /** @return this object's path */
    public String path() {
        return path;
    }

    /**
     * @param key a key
     * @return the path of that key
     */
    public String pathOf(String key) {
        return childPath(path, key);
    }

    /**
     * @param parent a path
     * @param key    a key
     * @return the child path, quoting keys that are not plain identifiers
     */
    public static String childPath(String parent, String key) {
        return key.matches("[A-Za-z_][A-Za-z0-9_]*") ? parent + "." + key : parent + "['" + key + "']";
    }

    private JsonNode get(String key, boolean required) {
        read.add(key);
        JsonNode v = node.get(key);
        if ((v == null || v.isNull()) && required) {
            throw new JsonProblem(new Problem(pathOf(key), v == null ? "missing required field" : "must not be null"));
        }
        return v == null || v.isNull() ? null : v;
    }

    /** @param key a key @return its non-blank string value */
    public String string(String key) {
        String s = optString(key);
        if (s == null) {
            throw new JsonProblem(new Problem(pathOf(key), "missing required field"));
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
            throw new JsonProblem(new Problem(pathOf(key), "expected a string, found " + describe(v)));
        }
        return v.textValue();
    }

    /** @param key a key @return its integer value */
    public int integer(String key) {
        Integer i = optInteger(key);
        if (i == null) {
            throw new JsonProblem(new Problem(pathOf(key), "missing required field"));
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
            throw new JsonProblem(new Problem(pathOf(key), "expected an integer, found " + describe(v)));
        }
        return v.intValue();
    }

    /** @param key a key @return its ISO date value */
    public LocalDate date(String key) {
        LocalDate d = optDate(key);
        if (d == null) {
            throw new JsonProblem(new Problem(pathOf(key), "missing required field"));
        }
        return d;
    }

    /** @param key a key @return its ISO date value, or null */
    public LocalDate optDate(String key) {
        String s = optString(key);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new JsonProblem(new Problem(pathOf(key), "expected an ISO date (yyyy-mm-dd), found \"" + s + "\""));
        }
    }

    /** @param key a key @return the nested object */
    public JsonObject object(String key) {
        return of(get(key, true), pathOf(key));
    }

    /** @param key a key @return the nested object, or null */
    public JsonObject optObject(String key) {
        JsonNode v = get(key, false);
        return v == null ? null : of(v, pathOf(key));
    }

    /**
     * @param key    a key whose value is an array of objects (absent or null means empty)
     * @param mapper maps each element
     * @param <T>    the element type
     * @return the mapped elements
     */
    public <T> List<T> objects(String key, Function<JsonObject, T> mapper) {
        JsonNode v = array(key);
        List<T> out = new ArrayList<>();
        if (v != null) {
            for (int i = 0; i < v.size(); i++) {
                JsonObject o = of(v.get(i), pathOf(key) + "[" + i + "]");
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
                    throw new JsonProblem(new Problem(pathOf(key) + "[" + i + "]", "expected a string, found "
                            + describe(v.get(i))));
                }
                out.add(v.get(i).textValue());
            }
        }
        return out;
    }

    private JsonNode array(String key) {
        JsonNode v = get(key, false);
        if (v != null && !v.isArray()) {
            throw new JsonProblem(new Problem(pathOf(key), "expected an array, found " + describe(v)));
        }
        return v;
    }

    /**
     * @param key a key
     * @return whether the object has it (marks it as read)
     */
    public boolean has(String key) {
        read.add(key);
        return node.has(key);
    }

    /** @return the object's keys in file order (for a map-like object whose keys are data) */
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
                throw new JsonProblem(new Problem(pathOf(k), "unknown field (expected one of "
                        + String.join(", ", read) + ")"));
            }
        }
    }

    /** @param n a node or null @return a short description of its type and value */
    public static String describe(JsonNode n) {
        if (n == null) {
            return "nothing";
        }
        if (n.isNull()) {
            return "null";
        }
        String text = n.toString();
        if (text.length() > 40) {
            text = text.substring(0, 37) + "...";
        }
        return n.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + text;
    }
}
