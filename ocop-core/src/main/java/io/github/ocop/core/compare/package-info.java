/**
 * Comparison of two rule sets (so sánh bộ tiêu chí): what changed between decisions in parts, bands, taxonomy and,
 * per matched scoring sheet, criteria and minima. Matching is by normalised titles: case,
 * diacritics ({@code đ} = {@code d}), punctuation and spacing ignored.
 */
package io.github.ocop.core.compare;
