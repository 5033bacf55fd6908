package io.github.ocop.rules.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocop.core.process.HolidayCalendar;
import io.github.ocop.core.process.HolidayYear;
import io.github.ocop.core.process.WorkingDayDue;
import io.github.ocop.rules.HolidayCalendars;
import java.time.DayOfWeek;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the working-day count (QĐ 26/2026 Điều 7 khoản 2, source.txt l.73) on the bundled calendar: a due day
 * is a working day of a listed year, one more working day never gives an earlier day, and a count never silently
 * reaches into an unlisted year.
 */
class WorkingDayDueProperties {

    private static final HolidayCalendar VN = HolidayCalendars.vietnam();

    @Property
    void aComputedDueDayIsAWorkingDayAfterTheEvent(@ForAll @IntRange(min = 0, max = 364) int dayOfYear,
            @ForAll @IntRange(min = 1, max = 30) int days) {
        LocalDate event = LocalDate.of(2026, 1, 1).plusDays(dayOfYear);
        WorkingDayDue d = VN.due(event, days);
        if (d.status() == WorkingDayDue.Status.MISSING_YEAR) {
            assertThat(d.missingYear()).hasValue(2027);
            assertThat(d.due()).isEmpty();
            return;
        }
        LocalDate due = d.due().orElseThrow();
        assertThat(due).isAfter(event);
        HolidayYear y = VN.year(due.getYear()).orElseThrow();
        boolean worked = y.workingSaturdays().containsKey(due) || (due.getDayOfWeek() != DayOfWeek.SATURDAY
                && due.getDayOfWeek() != DayOfWeek.SUNDAY && !y.daysOff().containsKey(due));
        assertThat(worked).as("%s is a working day", due).isTrue();
        // at least one calendar day per working day
        assertThat(due).isAfterOrEqualTo(event.plusDays(days));
    }

    @Property
    void oneMoreWorkingDayNeverEndsEarlier(@ForAll @IntRange(min = 0, max = 330) int dayOfYear,
            @ForAll @IntRange(min = 1, max = 15) int days) {
        LocalDate event = LocalDate.of(2026, 1, 1).plusDays(dayOfYear);
        WorkingDayDue a = VN.due(event, days);
        WorkingDayDue b = VN.due(event, days + 1);
        if (a.due().isPresent() && b.due().isPresent()) {
            assertThat(b.due().get()).isAfter(a.due().get());
        }
    }
}
