/**
 * Which rule set governs an evaluation and how the rules changed over time (lịch sử bộ tiêu chí):
 * {@link io.github.ocop.core.history.RuleSetResolver} applies the rule sets' own dates and the transitional
 * provisions their files state, and explains its choice with the articles it rests on;
 * {@link io.github.ocop.core.history.RuleSetHistory} lists the decisions and amendments, their dates and what
 * superseded what, from the rule sets' instrument data. Readings of unclear law are the named
 * {@link io.github.ocop.core.model.Interpretation}s of the rule sets.
 *
 * <p>All types in this package are immutable and thread-safe.
 */
package io.github.ocop.core.history;
