package io.github.ocop.core.council;

/**
 * When knock-outs recorded by council members stop a product from being ranked (sản phẩm bị loại). Every recorded
 * knock-out is reported as a warning whatever the rule.
 */
public enum KnockOutRule {
    /**
     * A knock-out recorded by any one member is enough: the product is not ranked (the default,
     * interpretation {@code council-knock-out-by-any-member}).
     */
    ANY_MEMBER,
    /** The product is not ranked only when more than half of the members recorded at least one knock-out. */
    MAJORITY_OF_MEMBERS
}
