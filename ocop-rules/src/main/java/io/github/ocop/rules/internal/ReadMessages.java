package io.github.ocop.rules.internal;

import io.github.ocop.core.text.Message;

import java.util.Locale;

/**
 * The codes of the reading path's problems (files, encodings, JSON syntax, keys, types, control characters): each
 * constant names a key of ocop-rules' bundle ({@link RulesMessages}), e.g. {@code EMPTY_FILE} is
 * {@code read.emptyFile}; the texts, Vietnamese and English, are in the bundle's properties files. The texts name no
 * parser setting and no Java class.
 */
public enum ReadMessages {
    EMPTY_FILE,
    NO_VALUE,
    FILE_TOO_LARGE,
    IS_DIRECTORY,
    NO_SUCH_FILE,
    NOT_REGULAR,
    NO_PERMISSION,
    CANNOT_READ,
    NUMBER_UNREADABLE,
    HOW_TO_SAVE_UTF8,
    UTF16,
    WINDOWS_1258,
    TCVN3,
    NOT_UTF8,
    SYNTAX,
    TRAILING_COMMA,
    MISSING_COMMA,
    UNEXPECTED_END,
    SINGLE_QUOTES,
    UNQUOTED_KEY,
    UNQUOTED_TEXT,
    MISSING_COLON,
    UNEXPECTED_CHARACTER,
    TRAILING_CONTENT,
    DUPLICATE_KEY,
    CONTROL_IN_STRING,
    BAD_ESCAPE,
    BAD_NUMBER,
    TOO_DEEP,
    MALFORMED,
    STRING_TOO_LONG,
    NUMBER_TOO_LONG,
    CONTROL_CHARACTER,
    CONTROL_IN_KEY,
    MISSING_FIELD,
    MISSING_FIELD_NEAR,
    MUST_NOT_BE_NULL,
    EXPECTED,
    UNKNOWN_FIELD_NEAR,
    UNKNOWN_FIELD,
    BAD_DATE,
    BLANK,
    BLANK_INVISIBLE,
    UNKNOWN_SUBJECT_TYPE,
    UNKNOWN_VALUE,
    BAD_ISO_DATE,
    AN_OBJECT,
    A_STRING,
    AN_INTEGER,
    AN_ARRAY,
    AN_OPTION,
    NOTHING,
    FOUND_NUMBER,
    FOUND_STRING,
    FOUND_BOOLEAN,
    FOUND_OBJECT,
    FOUND_ARRAY;

    private final String key;

    ReadMessages() {
        StringBuilder b = new StringBuilder("read.");
        boolean upper = false;
        for (char c : name().toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                b.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        this.key = b.toString();
    }

    /** {@return the key of the bundle, e.g. {@code read.emptyFile}} */
    public String key() {
        return key;
    }

    /**
     * The problem's message, rendered in the reader's language when shown.
     *
     * @param args the pattern's arguments ({0}, {1}...)
     * @return the message
     */
    public Message message(Object... args) {
        return RulesMessages.of(key, args);
    }
}
