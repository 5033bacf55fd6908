package io.github.ocop.samples;

/** The output formats of reports that can also be printed: text, JSON or a self-contained HTML page. */
public enum ReportFormat {
    /** A readable report with Vietnamese labels. */
    text,
    /** Stable JSON (see docs/output-format.md). */
    json,
    /** A self-contained printable HTML page (A4). */
    html
}
