package io.github.ocop.core.council;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** The arithmetic of a council's result: means of whole points, rounded as a policy says or exact. */
final class CouncilArithmetic {
    /** Digits kept of a mean whose decimal expansion does not end (e.g. 200/3). */
    private static final MathContext EXACT = new MathContext(34, RoundingMode.DOWN);
    /** Decimals of an exact mean shown in a message before it is cut with an ellipsis. */
    static final int SHOWN_DECIMALS = 6;

    private CouncilArithmetic() {
    }

    /** The mean {@code sum / n} rounded as the policy says ({@link CouncilPolicy#scale()}, its rounding mode). */
    static BigDecimal mean(int sum, int n, CouncilPolicy policy) {
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), policy.scale(), policy.rounding());
    }

    /**
     * The exact mean {@code sum / n}: exact when its decimal expansion ends (n = 1000 gives 69.996), otherwise cut
     * after 34 significant digits, which compares with every band limit and minimum (a whole number of points)
     * exactly as the fraction does.
     */
    static BigDecimal exactMean(int sum, int n) {
        BigDecimal s = BigDecimal.valueOf(sum);
        BigDecimal d = BigDecimal.valueOf(n);
        try {
            return s.divide(d);
        } catch (ArithmeticException nonTerminating) {
            return s.divide(d, EXACT);
        }
    }

    /** Whether {@code sum / n < required} exactly, without dividing: {@code sum < required * n}. */
    static boolean exactlyBelow(int sum, int n, int required) {
        return (long) sum < (long) required * n;
    }
}
