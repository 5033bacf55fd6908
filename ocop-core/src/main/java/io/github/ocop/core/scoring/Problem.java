package io.github.ocop.core.scoring;

import java.util.Objects;

/**
 * One thing wrong with an input, located by a JSON-path-like path (e.g. {@code $.answers['1.9']}). Immutable and
 * thread-safe.
 *
 * @param path    where, e.g. {@code $.answers['1.9']}
 * @param message what was found and what was expected
 */
public record Problem(String path, String message) {
    /**
     * Validates the components.
     *
     * @param path where, e.g. {@code $.answers['1.9']}
     * @param message what was found and what was expected
     */
    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
