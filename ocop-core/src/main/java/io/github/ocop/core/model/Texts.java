package io.github.ocop.core.model;

import java.util.Objects;

/** Argument checks shared by the model's records. */
final class Texts {
    private Texts() {
    }

    static String requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }
}
