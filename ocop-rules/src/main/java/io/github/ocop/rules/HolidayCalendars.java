package io.github.ocop.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.problem.Problem;
import io.github.ocop.core.process.HolidayCalendar;
import io.github.ocop.core.process.HolidayYear;
import io.github.ocop.core.text.Messages;
import io.github.ocop.rules.internal.Json;
import io.github.ocop.rules.internal.JsonObject;
import io.github.ocop.rules.internal.JsonProblem;
import io.github.ocop.rules.internal.RulesMessages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The bundled calendar of Vietnam's public holidays for state offices
 * ({@code io/github/ocop/rules/calendar/vn-holidays.json}): each year's days off, the Saturdays worked instead and
 * the days whose status is not settled, with the source of each year's list and how far it is trusted. It counts
 * working-day time limits such as the commune's 15 working days (QĐ 26/2026 Điều 7 khoản 2). A year not in the
 * file is a gap, never counted as calendar days.
 */
public final class HolidayCalendars {

    private static final String RESOURCE = "calendar/vn-holidays.json";
    private static final Json.Limits LIMITS = new Json.Limits(RulesMessages.of("read.kind.calendar"), 200_000, 10_000,
            Map.of());
    private static volatile HolidayCalendar vietnam;

    private HolidayCalendars() {
    }

    /**
     * {@return the bundled calendar of Vietnam's public holidays}
     *
     * @throws IllegalStateException if the bundled file is missing or malformed (a damaged installation)
     */
    public static HolidayCalendar vietnam() {
        HolidayCalendar c = vietnam;
        if (c == null) {
            try (InputStream in = HolidayCalendars.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("bundled holiday calendar " + RESOURCE + " is missing;"
                            + " reinstall ocop-rules");
                }
                c = read(in, RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            vietnam = c;
        }
        return c;
    }

    /**
     * Reads a holiday calendar file in the bundled file's format, with the strict reader of the other OCOP files
     * (duplicate keys, unknown fields and wrong types refused, each problem located and worded in Vietnamese by
     * default).
     *
     * @param in the file's bytes (UTF-8 JSON); not closed
     * @param name the file's name, for messages
     * @return the calendar
     * @throws OcopInputException naming the file and the path of the problem
     * @throws IOException if the stream cannot be read
     */
    public static HolidayCalendar read(InputStream in, String name) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(name, "name");
        JsonNode root = Json.parse(in.readAllBytes(), name, LIMITS, Messages.VIETNAMESE);
        try {
            JsonObject o = JsonObject.of(root, "$", Messages.VIETNAMESE);
            // the statute and the description are for people reading the file
            o.has("formatVersion");
            o.has("description");
            o.has("statute");
            String counting = o.string("counting");
            List<HolidayYear> years = o.objects("years", HolidayCalendars::year);
            o.finish();
            return new HolidayCalendar(years, counting);
        } catch (JsonProblem e) {
            throw new OcopInputException(name, List.of(e.problem()));
        }
    }

    private static HolidayYear year(JsonObject y) {
        int year = y.integer("year");
        String trustName = y.string("trust");
        HolidayYear.Trust trust;
        try {
            trust = HolidayYear.Trust.valueOf(trustName);
        } catch (IllegalArgumentException e) {
            throw new JsonProblem(new Problem(y.pathOf("trust"), RulesMessages.of("read.unknownValue", trustName,
                    RulesMessages.choices(HolidayYear.Trust.values()))));
        }
        List<HolidayYear.Source> sources = y.objects("sources", s -> {
            HolidayYear.Source source = new HolidayYear.Source(s.string("title"), s.string("url"), s.string("covers"));
            s.finish();
            return source;
        });
        Map<LocalDate, String> daysOff = days(y, "daysOff");
        Map<LocalDate, String> saturdays = days(y, "workingSaturdays");
        Map<LocalDate, String> unsettled = days(y, "unsettled");
        String notice = y.string("notice");
        y.finish();
        try {
            return new HolidayYear(year, daysOff, saturdays, unsettled, trust, notice, sources);
        } catch (IllegalArgumentException e) {
            throw new JsonProblem(new Problem(y.path(), RulesMessages.refused(e)));
        }
    }

    private static Map<LocalDate, String> days(JsonObject y, String key) {
        Map<LocalDate, String> out = new LinkedHashMap<>();
        y.objects(key, d -> {
            LocalDate date = d.date("date");
            if (out.put(date, d.string("name")) != null) {
                throw new JsonProblem(new Problem(d.pathOf("date"), RulesMessages.of("calendar.dateTwice", date)));
            }
            d.finish();
            return date;
        });
        return out;
    }
}
