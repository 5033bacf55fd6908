package io.github.ocop.core.model;

import io.github.ocop.core.internal.CoreMessages;
import io.github.ocop.core.text.Localized;
import io.github.ocop.core.text.Messages;

import java.util.Locale;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Where a rule comes from in the law (trích dẫn): the legal instrument and, as far as known, the article,
 * annex, scoring sheet, item and the line of the transcribed source. Immutable and thread-safe.
 *
 * @param instrument the instrument's number, e.g. {@code "26/2026/QĐ-TTg"}; never null
 * @param article    the article and clause, e.g. {@code "Điều 3 khoản 3"}, or null
 * @param annex      the annex as printed (roman numeral, e.g. {@code "II"}), or null for the body of the decision
 * @param sheet      the scoring sheet id, or null
 * @param item       the item (criterion) code as printed, or null
 * @param line       the 1-based line in the rule set's provenance source, or null when not line-based
 */
public record Citation(String instrument, String article, String annex, String sheet, String item, Integer line)
        implements Localized {

    /**
     * Validates the instrument.
     *
     * @param instrument the instrument's number, e.g. {@code "26/2026/QĐ-TTg"}; never null
     * @param article the article and clause, e.g. {@code "Điều 3 khoản 3"}, or null
     * @param annex the annex as printed (roman numeral, e.g. {@code "II"}), or null for the body of the decision
     * @param sheet the scoring sheet id, or null
     * @param item the item (criterion) code as printed, or null
     * @param line the 1-based line in the rule set's provenance source, or null when not line-based
     */
    public Citation {
        Objects.requireNonNull(instrument, "instrument");
        if (instrument.isBlank()) {
            throw CoreMessages.refusal("model.citationInstrument");
        }
        if (line != null && line < 1) {
            throw CoreMessages.refusal("model.citationLine", line);
        }
    }

    /**
     * A citation of an item of a scoring sheet.
     *
     * @param instrument the instrument number
     * @param annex      the annex
     * @param sheet      the sheet id
     * @param item       the item code
     * @return the citation
     */
    public static Citation ofItem(String instrument, String annex, String sheet, String item) {
        return new Citation(instrument, null, annex, sheet, item, null);
    }

    /**
     * The citation as the law cites, in Vietnamese, e.g. {@code "QĐ 26/2026/QĐ-TTg, Phụ lục II, Phiếu số 1, mục 2.4"}
     * or {@code "QĐ 26/2026/QĐ-TTg, Điều 7 khoản 3 điểm e"}. The line of the transcribed source is not part of it: it is
     * for programs ({@link #line()}, JSON {@code sourceLine}), never on paper.
     */
    @Override
    public String toString() {
        return format(Locale.forLanguageTag("vi"));
    }

    /**
     * The citation in a language: Vietnamese as the law cites ({@link #toString()}); English names the annex, sheet
     * and item in English ({@code "QĐ 26/2026/QĐ-TTg, Annex II, Sheet No. 1, item 2.4"}) and keeps the instrument's
     * number and the article as printed.
     *
     * @param locale the language: English for {@code en}, Vietnamese otherwise
     * @return the citation, without the source line
     */
    @Override
    public String format(Locale locale) {
        boolean en = Messages.english(locale);
        StringJoiner j = new StringJoiner(", ");
        j.add("QĐ " + instrument);
        if (article != null) {
            j.add(article);
        }
        if (annex != null) {
            j.add((en ? "Annex " : "Phụ lục ") + annex);
        }
        if (sheet != null) {
            j.add((en ? "Sheet No. " : "Phiếu số ") + sheet);
        }
        if (item != null) {
            j.add((en ? "item " : "mục ") + item);
        }
        return j.toString();
    }
}
