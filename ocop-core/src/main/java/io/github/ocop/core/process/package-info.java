/**
 * The OCOP evaluation process (quy trình đánh giá, phân hạng sản phẩm OCOP): evaluation levels and who
 * decides at each, certificates (giấy chứng nhận) and their validity, re-evaluation windows and revocation,
 * dossiers (hồ sơ) and their completeness, the six-stage annual cycle (chu trình OCOP thường niên) and the
 * statutory evaluation rounds of QĐ 26/2026/QĐ-TTg.
 *
 * <p>Rule sets are named by the plain string ids {@code "qd-1048-2019"}, {@code "qd-148-2023"} and
 * {@code "qd-26-2026"} (see {@link io.github.ocop.core.process.ProcessRuleSets}). Every rule cites the
 * article it comes from. Where the sources leave a point open, the choice made is a named
 * {@link io.github.ocop.core.process.Interpretation} listed in
 * {@link io.github.ocop.core.process.ProcessInterpretations}; gaps in the sources are reported as gaps,
 * never filled silently.
 *
 * <p>All types in this package are immutable and thread-safe.
 */
package io.github.ocop.core.process;
