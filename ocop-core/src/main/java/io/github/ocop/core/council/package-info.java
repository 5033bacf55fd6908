/**
 * Council evaluation (đánh giá của Hội đồng đánh giá, phân hạng sản phẩm OCOP): the members' assessments of one
 * product on one sheet combined into mean scores, a star rank, the spread between members and warnings, under a
 * {@link io.github.ocop.core.council.CouncilPolicy} for the details the law leaves to provinces (spread, quorum,
 * rounding, knock-outs).
 *
 * <p>Every reading of unclear law is a named {@link io.github.ocop.core.model.Interpretation} listed in
 * the rule set's interpretations (ids {@code council-*}, e.g. in the bundled rule set files). All types in this package are immutable and
 * thread-safe.
 */
package io.github.ocop.core.council;
