/**
 * Which rule set governs an evaluation and how the rules changed over time (lịch sử bộ tiêu chí):
 * {@link io.github.ocop.core.history.RuleSetResolver} applies each decision's effective dates (kept once, in
 * {@link io.github.ocop.core.process.ProcessRuleSets}) and the transitional provisions of QĐ 26/2026/QĐ-TTg Điều 12,
 * and explains its choice with the articles it rests on; {@link io.github.ocop.core.history.RuleSetHistory} lists
 * the decisions and amendments, their dates and what superseded what, from the rule sets' instrument data.
 * Readings of unclear law are the named {@link io.github.ocop.core.process.Interpretation}s of
 * {@link io.github.ocop.core.history.HistoryInterpretations}.
 *
 * <p>All types in this package are immutable and thread-safe.
 */
package io.github.ocop.core.history;
