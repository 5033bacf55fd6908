package io.github.ocop.core.model;

/** How directly a rule set's data comes from the law. */
public enum ProvenanceKind {
    /** Transcribed from the decision's own text. */
    OFFICIAL_TEXT,
    /** Taken from the data of a real scoring platform, not the signed text. */
    PLATFORM_DATA,
    /** Known from secondary sources only (news, summaries). */
    SECONDARY
}
