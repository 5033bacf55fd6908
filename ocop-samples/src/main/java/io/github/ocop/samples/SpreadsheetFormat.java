package io.github.ocop.samples;

/** The output formats of the council result: text, JSON, a printable HTML sheet, or a spreadsheet. */
public enum SpreadsheetFormat {
    /** A readable report with Vietnamese labels. */
    text,
    /** Stable JSON (see docs/output-format.md). */
    json,
    /** A self-contained printable HTML page (A4); refused by commands that have none. */
    html,
    /** An Office Open XML spreadsheet (.xlsx), written only to a file ({@code --output FILE}). */
    xlsx
}
