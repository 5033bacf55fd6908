package io.github.ocop.core.process;

/**
 * A reading of a successor rule set's transitional extension of certificates ({@code process.transition}
 * {@code extensionDays}, {@code extensionCitation}: products due for re-evaluation whose filing "không đáp ứng được
 * thời hạn" of the filing window keep their certificate until the authority decides, within the extension days), as
 * a named policy of {@link Certificate#transitionalExtension(io.github.ocop.core.model.RuleSet,
 * ExtensionReading, java.util.Optional)}. The default is {@link #NARROW} (interpretation
 * {@code transitional-extension-eligibility}; docs/council-and-reports.md, "Policies").
 *
 * <p>Immutable and thread-safe.
 */
public enum ExtensionReading {
    /**
     * Only a certificate still valid on the successor's first day whose filing window had already closed before
     * that day: its subject could not meet the window because the window ended before the rule existed. The clause
     * sits in the transitional article (Điều 12); the default.
     */
    NARROW,
    /**
     * Also a certificate still valid on the successor's first day whose subject filed after the window closed,
     * whenever the window closed ("thời gian nộp hồ sơ không đáp ứng được thời hạn" read as any late filing).
     */
    BROAD
}
