package io.github.ocop.samples;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A thin writer of the CLI's spreadsheets (Office Open XML, .xlsx) on fastexcel: worksheets written row by row, a
 * bold header row, numbers as numbers, dates as dates (dd/MM/yyyy). Every text is written as a text cell (a shared
 * string), never as a formula: a product named {@code =HYPERLINK(...)} or a commune starting with {@code +}, {@code -}
 * or {@code @} stays a text that Excel or LibreOffice shows and never evaluates. Not thread-safe; one per file.
 */
final class Xlsx implements AutoCloseable {
    private final Workbook workbook;
    private Worksheet sheet;
    private int row;

    Xlsx(OutputStream out) {
        this.workbook = new Workbook(out, "ocop-rules", "0.1");
    }

    /** Starts a worksheet (names are cut to Excel's 31 characters); rows start at the top. */
    Xlsx sheet(String name) {
        sheet = workbook.newWorksheet(name.length() > 31 ? name.substring(0, 31) : name);
        row = 0;
        return this;
    }

    /** Sets the width of a column, in characters. */
    Xlsx width(int col, double chars) {
        sheet.width(col, chars);
        return this;
    }

    /** Writes one row of cells (String, Number, LocalDate or null for an empty cell) and moves to the next. */
    Xlsx row(Object... cells) {
        for (int c = 0; c < cells.length; c++) {
            cell(row, c, cells[c]);
        }
        row++;
        return this;
    }

    /** Writes one row in bold (a table's header) and moves to the next. */
    Xlsx header(Object... cells) {
        int r = row;
        row(cells);
        for (int c = 0; c < cells.length; c++) {
            sheet.style(r, c).bold().fillColor("DDDDDD").wrapText(true).set();
        }
        return this;
    }

    /** Leaves an empty row. */
    Xlsx skip() {
        row++;
        return this;
    }

    private void cell(int r, int c, Object v) {
        if (v == null) {
            return;
        }
        if (v instanceof String s) {
            // a shared-string cell: its content is never read as a formula, whatever its first character
            sheet.value(r, c, s);
        } else if (v instanceof BigDecimal d) {
            sheet.value(r, c, d);
        } else if (v instanceof Number n) {
            sheet.value(r, c, n);
        } else if (v instanceof LocalDate d) {
            sheet.value(r, c, d);
            sheet.style(r, c).format("dd/mm/yyyy").set();
        } else if (v instanceof Boolean b) {
            sheet.value(r, c, b);
        } else {
            throw new IllegalArgumentException("no cell type for " + v.getClass());
        }
    }

    @Override
    public void close() throws IOException {
        workbook.finish();
    }
}
