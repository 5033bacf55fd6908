/**
 * Helpers of the engines, not API (không thuộc API): the engines' message bundle, number and date formats, the
 * explanation of a missing sheet and the title key of rule set comparisons. The package is exported only to
 * {@code io.github.ocop.rules}; its types may change in any release.
 */
package io.github.ocop.core.internal;
