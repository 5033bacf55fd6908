package io.github.ocop.core.process;

import io.github.ocop.core.internal.CoreMessages;
import io.github.ocop.core.text.Localized;
import io.github.ocop.core.text.Messages;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One calendar year of public holidays for state offices (ngày nghỉ lễ, tết của cán bộ, công chức), as a holiday
 * calendar file lists it with its sources: the weekdays off, the Saturdays worked instead (làm bù), the days whose
 * status the sources leave open, and how far the list can be trusted. Immutable and thread-safe.
 *
 * @param year the calendar year
 * @param daysOff weekdays off (holidays, compensatory and swapped days), each with its name
 * @param workingSaturdays Saturdays worked instead of a swapped day, each with what it makes up for
 * @param unsettled days whose status the sources leave open, each with why; a count that crosses one gives two
 *     candidate due dates
 * @param trust how the list is established
 * @param notice the official notice(s) fixing the year's days off, as cited (e.g. {@code "Công văn 12729/VPCP-KGVX"})
 * @param sources where the list comes from, not empty
 */
public record HolidayYear(int year, Map<LocalDate, String> daysOff, Map<LocalDate, String> workingSaturdays,
        Map<LocalDate, String> unsettled, Trust trust, String notice, List<Source> sources) {

    /** How far a year's list can be trusted. */
    public enum Trust {
        /** Read from the official text of the notice fixing the year's days off. */
        OFFICIAL_TEXT,
        /** Read from press reports of an official notice; the notice itself was not read. */
        PRESS_REPORT_OF_OFFICIAL_NOTICE
    }

    /**
     * One source of a year's list.
     *
     * @param title what it is, naming the official notice it reports where it does
     * @param url where it was read
     * @param covers which days it supports
     */
    public record Source(String title, String url, String covers) {
        /**
         * Validates.
         *
         * @param title what it is, not blank
         * @param url where it was read, not blank
         * @param covers which days it supports, not blank
         */
        public Source {
            requireText(title, "title");
            requireText(url, "url");
            requireText(covers, "covers");
        }
    }

    /**
     * Validates and copies.
     *
     * @param year the calendar year
     * @param daysOff weekdays off, all in {@code year}
     * @param workingSaturdays Saturdays worked, all in {@code year}
     * @param unsettled days whose status is open, all in {@code year}
     * @param trust how the list is established
     * @param notice the official notice(s) fixing the year's days off, not blank
     * @param sources where it comes from, not empty
     */
    public HolidayYear {
        requireText(notice, "notice");
        daysOff = sorted(daysOff, year, "daysOff");
        workingSaturdays = sorted(workingSaturdays, year, "workingSaturdays");
        unsettled = sorted(unsettled, year, "unsettled");
        Objects.requireNonNull(trust, "trust");
        sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
        if (sources.isEmpty()) {
            throw CoreMessages.refusal("process.holidaySources", year);
        }
        for (LocalDate d : workingSaturdays.keySet()) {
            if (d.getDayOfWeek() != java.time.DayOfWeek.SATURDAY) {
                throw CoreMessages.refusal("process.notSaturday", d, weekday(d));
            }
        }
        for (LocalDate d : unsettled.keySet()) {
            if (daysOff.containsKey(d)) {
                throw CoreMessages.refusal("process.offAndUnsettled", d);
            }
        }
    }

    private static Map<LocalDate, String> sorted(Map<LocalDate, String> m, int year, String what) {
        Objects.requireNonNull(m, what);
        for (Map.Entry<LocalDate, String> e : m.entrySet()) {
            Objects.requireNonNull(e.getKey(), what);
            requireText(e.getValue(), what);
            if (e.getKey().getYear() != year) {
                throw CoreMessages.refusal("process.otherYear", what, year, e.getKey());
            }
        }
        return java.util.Collections.unmodifiableMap(new TreeMap<>(m));
    }

    /** A day of the week in words: "Thứ Hai" in Vietnamese, "Monday" in English. */
    private static Localized weekday(LocalDate d) {
        return l -> d.getDayOfWeek().getDisplayName(TextStyle.FULL, Messages.english(l) ? Locale.ENGLISH
                : Messages.VIETNAMESE);
    }

    private static void requireText(String s, String what) {
        Objects.requireNonNull(s, what);
        if (s.isBlank()) {
            throw CoreMessages.refusal("model.blank", what);
        }
    }
}
