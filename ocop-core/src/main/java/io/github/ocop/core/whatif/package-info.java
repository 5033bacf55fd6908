/**
 * What-if (giả định): re-scores an assessment with some answers changed and compares the two score cards criterion
 * by criterion, per part, in total and in stars.
 */
package io.github.ocop.core.whatif;
