package io.github.ocop.core.model;

/** How directly a rule set's (or a sheet's) data comes from the law (official text, platform data, ...). */
public enum ProvenanceKind {
    /** Transcribed from the decision's own text. */
    OFFICIAL_TEXT,
    /** Taken from the data of a real scoring platform, not the signed text. */
    PLATFORM_DATA,
    /** Known from secondary sources only (news, summaries). */
    SECONDARY,
    /**
     * Typed in by a third party (an app's data or workbook transcribed by others, [3P] in the reference notes): usable,
     * but not official; every output from such a sheet says so.
     */
    THIRD_PARTY
}
