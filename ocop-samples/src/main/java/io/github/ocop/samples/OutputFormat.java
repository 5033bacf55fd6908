package io.github.ocop.samples;

/** The output formats of the CLI. */
public enum OutputFormat {
    /** A readable report with Vietnamese labels. */
    text,
    /** Stable JSON (see docs/output-format.md). */
    json
}
