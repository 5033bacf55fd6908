/**
 * The OCOP evaluation process (quy trình đánh giá, phân hạng sản phẩm OCOP) as an interpreter of a rule set's
 * {@code process} facts ({@link io.github.ocop.core.model.ProcessRules}): who decides at each level and the next
 * step after a result, certificates (giấy chứng nhận) and their validity, re-evaluation windows and revocation,
 * dossiers (hồ sơ) and their completeness, the six-stage annual cycle (chu trình OCOP thường niên) and the
 * statutory evaluation rounds.
 *
 * <p>No decision's id, date, day count, threshold or document list is in this package: each comes from the rule set
 * file, with its citation. Where the sources leave a point open, the choice made is a named
 * {@link io.github.ocop.core.model.Interpretation} of the rule set; gaps in the sources are reported as gaps, never
 * filled silently.
 *
 * <p>All types in this package are immutable and thread-safe.
 */
package io.github.ocop.core.process;
