package io.github.ocop.rules.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ocop.core.process.HolidayCalendar;
import io.github.ocop.core.process.HolidayYear;
import io.github.ocop.core.process.WorkingDayDue;
import io.github.ocop.core.text.Messages;
import io.github.ocop.rules.HolidayCalendars;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The commune's 15 working days from receiving a dossier (QĐ 26/2026 Điều 7 khoản 2, source.txt l.73), counted on
 * the bundled holiday calendar. Every expected day below was counted by hand on a 2026 calendar (1 January 2026 is a
 * Thursday), the day of receipt not counted; the counts are written out in the comments.
 */
class WorkingDayDueTest {

    private static final HolidayCalendar VN = HolidayCalendars.vietnam();

    // received Fri 13/02/2026; 14-15 weekend, 16-20 Tết (days off), 21-22 weekend; 23-27/02 = 1..5,
    // 02-06/03 = 6..10, 09-13/03 = 11..15 -> Fri 13/03/2026
    @Test
    void fifteenWorkingDaysAcrossTet2026_l73() {
        WorkingDayDue d = VN.due(LocalDate.of(2026, 2, 13), 15);
        assertThat(d.status()).isEqualTo(WorkingDayDue.Status.COMPUTED);
        assertThat(d.due()).contains(LocalDate.of(2026, 3, 13));
        assertThat(d.years()).extracting(HolidayYear::year).containsExactly(2026);
    }

    // received Fri 14/08/2026; 17-21/08 = 1..5, Sat 22/08 worked = 6, 24-28/08 = 7..11, 31/08-02/09 days off,
    // 03-04/09 = 12..13, 07-08/09 = 14..15 -> Tue 08/09/2026
    @Test
    void fifteenWorkingDaysAcrossNationalDay2026WithTheSaturdayWorked_l73() {
        WorkingDayDue d = VN.due(LocalDate.of(2026, 8, 14), 15);
        assertThat(d.due()).contains(LocalDate.of(2026, 9, 8));
        assertThat(d.describe(Messages.VIETNAMESE)).startsWith("hạn ngày 08/09/2026");
    }

    // Sat 10/01/2026 is worked: one working day from Fri 09/01 ends on it
    @Test
    void aSaturdayWorkedInsteadCounts() {
        assertThat(VN.due(LocalDate.of(2026, 1, 9), 1).due()).contains(LocalDate.of(2026, 1, 10));
    }

    // received Wed 31/12/2025: counting starts on 01/01/2026 (off), 02/01 off, 03-04 weekend, Mon 05/01 = 1;
    // the year 2025 is not needed, so its missing list does not stop the count
    @Test
    void theDayOfReceiptIsNotCountedSoItsYearNeedNotBeListed() {
        WorkingDayDue d = VN.due(LocalDate.of(2025, 12, 31), 1);
        assertThat(d.status()).isEqualTo(WorkingDayDue.Status.COMPUTED);
        assertThat(d.due()).contains(LocalDate.of(2026, 1, 5));
    }

    // received Tue 15/12/2026: 16-18/12 = 1..3, 21-25/12 = 4..8, 28-31/12 = 9..12, then 2027, whose list is missing
    @Test
    void aCountRunningIntoAYearWithoutAHolidayListIsNotComputed_l73() {
        WorkingDayDue d = VN.due(LocalDate.of(2026, 12, 15), 15);
        assertThat(d.status()).isEqualTo(WorkingDayDue.Status.MISSING_YEAR);
        assertThat(d.due()).isEmpty();
        assertThat(d.missingYear()).hasValue(2027);
        assertThat(d.describe(Messages.VIETNAMESE)).startsWith("không tính được").contains("2027");
        assertThat(d.describe(Locale.ENGLISH)).startsWith("not computed").contains("2027");
    }

    // received Mon 16/11/2026; 24/11 (Ngày Văn hóa Việt Nam) is unsettled.
    // as a day off: 17-20 = 1..4, 23 = 5, 25-27 = 6..8, 30 = 9, 01-04/12 = 10..13, 07-08/12 = 14..15 -> Tue 08/12;
    // as a working day: 17-20 = 1..4, 23-27 = 5..9, 30 = 10, 01-04/12 = 11..14, 07/12 = 15 -> Mon 07/12
    @Test
    void aCountCrossingAnUnsettledDayGivesBothCandidates() {
        WorkingDayDue d = VN.due(LocalDate.of(2026, 11, 16), 15);
        assertThat(d.status()).isEqualTo(WorkingDayDue.Status.UNSETTLED);
        assertThat(d.earliest()).contains(LocalDate.of(2026, 12, 7));
        assertThat(d.due()).contains(LocalDate.of(2026, 12, 8));
        assertThat(d.unsettledDays()).containsExactly(LocalDate.of(2026, 11, 24));
        assertThat(d.describe(Messages.VIETNAMESE)).contains("07/12/2026").contains("08/12/2026")
                .contains("Ngày Văn hóa Việt Nam");
    }

    @Test
    void theBundledYearsNameTheirSourcesAndTrust() {
        HolidayYear y = VN.year(2026).orElseThrow();
        assertThat(y.trust()).isEqualTo(HolidayYear.Trust.PRESS_REPORT_OF_OFFICIAL_NOTICE);
        assertThat(y.sources()).anyMatch(s -> s.title().contains("12729/VPCP-KGVX"));
        assertThat(VN.year(2027)).isEmpty();
        assertThat(VN.due(LocalDate.of(2026, 2, 13), 15).sources(Messages.VIETNAMESE)).singleElement().asString()
                .startsWith("ngày nghỉ lễ, tết năm 2026: theo báo chí").contains("12729/VPCP-KGVX");
    }

    @Test
    void everyBundledDayOffIsAWeekdayAndEveryWorkedDayASaturday() {
        for (HolidayYear y : VN.years().values()) {
            assertThat(y.daysOff().keySet()).allMatch(d -> d.getDayOfWeek().getValue() <= 5);
            assertThat(y.workingSaturdays().keySet()).allMatch(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY);
        }
    }

    @Test
    void aMalformedCalendarFileNamesTheFileAndThePath() {
        String json = "{\"counting\": \"x\", \"years\": [{\"year\": 2026, \"trust\": \"RUMOUR\","
                + " \"notice\": \"x\", \"sources\": []}]}";
        assertThatThrownBy(() -> HolidayCalendars.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "my-holidays.json")).hasMessageContaining("my-holidays.json").hasMessageContaining("$.years[0].trust")
                .hasMessageContaining("OFFICIAL_TEXT");
        assertThat(List.of(WorkingDayDue.Status.values())).hasSize(3);
    }

    /** The calendar is read as strictly as the other OCOP files: a misspelt key and a day listed twice are located. */
    @Test
    void aCalendarFileWithAnUnknownKeyOrADayListedTwiceIsRefusedAtThatPath() {
        String misspelt = "{\"counting\": \"x\", \"years\": [], \"yeers\": []}";
        assertThatThrownBy(() -> HolidayCalendars.read(new ByteArrayInputStream(
                misspelt.getBytes(StandardCharsets.UTF_8)), "my-holidays.json"))
                .hasMessageContaining("my-holidays.json").hasMessageContaining("$.yeers").hasMessageContaining("years");
        String twice = "{\"counting\": \"x\", \"years\": [{\"year\": 2026, \"trust\": \"OFFICIAL_TEXT\","
                + " \"notice\": \"x\", \"sources\": [], \"daysOff\": [{\"date\": \"2026-04-30\", \"name\": \"a\"},"
                + " {\"date\": \"2026-04-30\", \"name\": \"b\"}]}]}";
        assertThatThrownBy(() -> HolidayCalendars.read(new ByteArrayInputStream(
                twice.getBytes(StandardCharsets.UTF_8)), "my-holidays.json"))
                .hasMessageContaining("$.years[0].daysOff[1].date").hasMessageContaining("2026");
    }
}
