package io.github.ocop.core.process;

import io.github.ocop.core.internal.CoreMessages;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The day by which a body must act when a time limit is given in working days (e.g. "15 ngày làm việc kể từ ngày
 * tiếp nhận hồ sơ", QĐ 26/2026 Điều 7 khoản 2), counted on a {@link HolidayCalendar}; or why it cannot be given.
 * Immutable and thread-safe.
 *
 * @param event the day the time limit runs from (not counted)
 * @param workingDays the working days allowed
 * @param status whether the day could be computed
 * @param due the due day; when {@link Status#UNSETTLED}, the later candidate (the unsettled days being days off)
 * @param earliest when {@link Status#UNSETTLED}, the earlier candidate (the unsettled days being working days)
 * @param unsettledDays the days crossed whose status the holiday lists leave open
 * @param missingYear the year whose holiday list is missing, when {@link Status#MISSING_YEAR}
 * @param years the holiday lists the count used, in order
 * @param countingRule how the count runs, with its citation
 */
public record WorkingDayDue(LocalDate event, int workingDays, Status status, Optional<LocalDate> due,
        Optional<LocalDate> earliest, List<LocalDate> unsettledDays, OptionalInt missingYear, List<HolidayYear> years,
        String countingRule) {

    /** Whether a due day could be given. */
    public enum Status {
        /** Counted on listed years only, crossing no unsettled day. */
        COMPUTED,
        /** The count crosses a day whose status is open: two candidate days are given. */
        UNSETTLED,
        /** The count needs a year whose holiday list is missing: no day is given. */
        MISSING_YEAR
    }

    /**
     * Validates and copies.
     *
     * @param event the day the limit runs from
     * @param workingDays the working days allowed, at least 1
     * @param status whether the day could be computed
     * @param due the due day, present unless {@link Status#MISSING_YEAR}
     * @param earliest the earlier candidate, present exactly when {@link Status#UNSETTLED}
     * @param unsettledDays the unsettled days crossed, not empty exactly when {@link Status#UNSETTLED}
     * @param missingYear the missing year, present exactly when {@link Status#MISSING_YEAR}
     * @param years the holiday lists used
     * @param countingRule how the count runs
     */
    public WorkingDayDue {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(earliest, "earliest");
        unsettledDays = List.copyOf(Objects.requireNonNull(unsettledDays, "unsettledDays"));
        Objects.requireNonNull(missingYear, "missingYear");
        years = List.copyOf(Objects.requireNonNull(years, "years"));
        Objects.requireNonNull(countingRule, "countingRule");
        if (workingDays < 1) {
            throw CoreMessages.refusal("process.workingDays", workingDays);
        }
        if (due.isPresent() == (status == Status.MISSING_YEAR)
                || earliest.isPresent() != (status == Status.UNSETTLED)
                || unsettledDays.isEmpty() == (status == Status.UNSETTLED)
                || missingYear.isPresent() != (status == Status.MISSING_YEAR)) {
            throw new IllegalArgumentException("a " + status + " due day has inconsistent parts");
        }
    }

    static WorkingDayDue computed(LocalDate event, int days, LocalDate due, List<HolidayYear> years, String rule) {
        return new WorkingDayDue(event, days, Status.COMPUTED, Optional.of(due), Optional.empty(), List.of(),
                OptionalInt.empty(), years, rule);
    }

    static WorkingDayDue unsettled(LocalDate event, int days, LocalDate earliest, LocalDate latest,
            List<LocalDate> unsettled, List<HolidayYear> years, String rule) {
        return new WorkingDayDue(event, days, Status.UNSETTLED, Optional.of(latest), Optional.of(earliest),
                unsettled, OptionalInt.empty(), years, rule);
    }

    static WorkingDayDue missing(LocalDate event, int days, int year, List<HolidayYear> years, String rule) {
        return new WorkingDayDue(event, days, Status.MISSING_YEAR, Optional.empty(), Optional.empty(), List.of(),
                OptionalInt.of(year), years, rule);
    }

    /**
     * {@return the finding in one line, in a language: the due day, the two candidates, or the missing year}
     *
     * @param locale the language (Vietnamese unless English)
     */
    public String describe(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return switch (status) {
            case COMPUTED -> CoreMessages.BUNDLE.format(locale, "workingDays.due", workingDays, event, due.get());
            case UNSETTLED -> CoreMessages.BUNDLE.format(locale, "workingDays.unsettled", workingDays, event,
                    earliest.get(), due.get(), unsettledDays.stream().map(d -> years.stream()
                            .filter(y -> y.year() == d.getYear()).findFirst().map(y -> CoreMessages.BUNDLE.format(
                                    locale, "workingDays.unsettledDay", d, y.unsettled().get(d))).orElse(d.toString()))
                            .toList());
            case MISSING_YEAR -> CoreMessages.BUNDLE.format(locale, "workingDays.missingYear", workingDays, event,
                    missingYear.getAsInt());
        };
    }

    /**
     * {@return where each holiday list used comes from and how far it is trusted, one line per year}
     *
     * @param locale the language (Vietnamese unless English)
     */
    public List<String> sources(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return years.stream().map(y -> CoreMessages.BUNDLE.format(locale,
                y.trust() == HolidayYear.Trust.OFFICIAL_TEXT ? "workingDays.sourceOfficial" : "workingDays.sourcePress",
                y.year(), y.notice(), y.sources().size())).toList();
    }
}
