package io.github.ocop.core.model;

import io.github.ocop.core.internal.CoreMessages;

import java.util.Objects;

/** Argument checks shared by the model's records. */
final class Texts {
    private Texts() {
    }

    static String requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw CoreMessages.refusal("model.blank", name);
        }
        return value;
    }
}
