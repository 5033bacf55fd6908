package io.github.ocop.core.process;

import io.github.ocop.core.internal.CoreMessages;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The working days of state offices (ngày làm việc), from a holiday calendar file: Monday to Friday, minus each
 * year's days off, plus the Saturdays worked instead. A year the file does not list is a gap: a count that needs it
 * is not made (see {@link WorkingDayDue}). Immutable and thread-safe.
 */
public final class HolidayCalendar {

    private final Map<Integer, HolidayYear> years;
    private final String countingRule;

    /**
     * A calendar of the given years.
     *
     * @param years the years listed, each once
     * @param countingRule how a time limit "kể từ ngày" is counted, with its citation (the first day counted is the
     *     day after the event)
     */
    public HolidayCalendar(Collection<HolidayYear> years, String countingRule) {
        Objects.requireNonNull(years, "years");
        Objects.requireNonNull(countingRule, "countingRule");
        if (countingRule.isBlank()) {
            throw CoreMessages.refusal("model.blank", "countingRule");
        }
        Map<Integer, HolidayYear> m = new TreeMap<>();
        for (HolidayYear y : years) {
            if (m.put(y.year(), y) != null) {
                throw CoreMessages.refusal("process.holidayYearTwice", y.year());
            }
        }
        this.years = java.util.Collections.unmodifiableMap(m);
        this.countingRule = countingRule;
    }

    /** {@return the listed years, by year} */
    public Map<Integer, HolidayYear> years() {
        return years;
    }

    /** {@return how a time limit counted from an event is counted, with its citation} */
    public String countingRule() {
        return countingRule;
    }

    /**
     * {@return the list of one year, if the calendar has it}
     *
     * @param year the year
     */
    public Optional<HolidayYear> year(int year) {
        return Optional.ofNullable(years.get(year));
    }

    /**
     * The day by which a body must act when it has {@code workingDays} working days from {@code event}: the
     * {@code workingDays}-th working day after the event day (the event day itself is not counted).
     *
     * @param event the day of the event, e.g. the day a dossier was received
     * @param workingDays the working days allowed, at least 1
     * @return the due day, or why it cannot be computed
     */
    public WorkingDayDue due(LocalDate event, int workingDays) {
        Objects.requireNonNull(event, "event");
        if (workingDays < 1) {
            throw CoreMessages.refusal("process.workingDays", workingDays);
        }
        Count late = count(event, workingDays, false);
        if (late.missingYear != null) {
            return WorkingDayDue.missing(event, workingDays, late.missingYear, late.years, countingRule);
        }
        if (late.unsettled.isEmpty()) {
            return WorkingDayDue.computed(event, workingDays, late.day, late.years, countingRule);
        }
        Count early = count(event, workingDays, true);
        return WorkingDayDue.unsettled(event, workingDays, early.day, late.day, late.unsettled, late.years,
                countingRule);
    }

    private Count count(LocalDate event, int workingDays, boolean unsettledIsWorking) {
        Count c = new Count();
        LocalDate day = event;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            HolidayYear y = years.get(day.getYear());
            if (y == null) {
                c.missingYear = day.getYear();
                return c;
            }
            if (!c.years.contains(y)) {
                c.years.add(y);
            }
            if (y.unsettled().containsKey(day)) {
                c.unsettled.add(day);
                if (unsettledIsWorking) {
                    counted++;
                }
            } else if (isWorkingDay(y, day)) {
                counted++;
            }
        }
        c.day = day;
        return c;
    }

    private static final class Count {
        LocalDate day;
        Integer missingYear;
        final List<HolidayYear> years = new ArrayList<>();
        final List<LocalDate> unsettled = new ArrayList<>();
    }

    private static boolean isWorkingDay(HolidayYear y, LocalDate day) {
        if (y.workingSaturdays().containsKey(day)) {
            return true;
        }
        DayOfWeek w = day.getDayOfWeek();
        if (w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY) {
            return false;
        }
        return !y.daysOff().containsKey(day);
    }
}
