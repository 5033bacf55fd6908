/**
 * The one localisation mechanism of the library (văn bản hiển thị theo ngôn ngữ): every text a person reads is a
 * {@link io.github.ocop.core.text.Message}, a stable code and its arguments, rendered in the caller's
 * {@link java.util.Locale} from a {@link io.github.ocop.core.text.Messages} bundle (Vietnamese by default, English
 * for {@code Locale.ENGLISH}); numbers and dates in a message are written as each language
 * does (72,75 and 22/05/2026 in Vietnamese, 72.75 and 2026-05-22 in English).
 */
package io.github.ocop.core.text;
