package io.github.ocop.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ocop.core.process.HolidayCalendar;
import io.github.ocop.core.process.HolidayYear;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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
     * Reads a holiday calendar file in the bundled file's format.
     *
     * @param in the file's bytes (UTF-8 JSON); not closed
     * @param name the file's name, for messages
     * @return the calendar
     * @throws IllegalArgumentException naming the file and the path of the first problem
     * @throws IOException if the stream cannot be read
     */
    public static HolidayCalendar read(InputStream in, String name) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(name, "name");
        JsonNode root = new ObjectMapper().readTree(in);
        String counting = text(root, "counting", name, "$");
        List<HolidayYear> years = new ArrayList<>();
        JsonNode ys = root.path("years");
        if (!ys.isArray()) {
            throw problem(name, "$.years", "an array of years");
        }
        for (int i = 0; i < ys.size(); i++) {
            JsonNode y = ys.get(i);
            String at = "$.years[" + i + "]";
            if (!y.path("year").isInt()) {
                throw problem(name, at + ".year", "a year, e.g. 2026");
            }
            int year = y.get("year").intValue();
            HolidayYear.Trust trust;
            try {
                trust = HolidayYear.Trust.valueOf(text(y, "trust", name, at));
            } catch (IllegalArgumentException e) {
                throw problem(name, at + ".trust", "OFFICIAL_TEXT or PRESS_REPORT_OF_OFFICIAL_NOTICE");
            }
            List<HolidayYear.Source> sources = new ArrayList<>();
            JsonNode ss = y.path("sources");
            for (int j = 0; j < ss.size(); j++) {
                String sat = at + ".sources[" + j + "]";
                sources.add(new HolidayYear.Source(text(ss.get(j), "title", name, sat), text(ss.get(j), "url", name, sat),
                        text(ss.get(j), "covers", name, sat)));
            }
            try {
                years.add(new HolidayYear(year, days(y, "daysOff", name, at), days(y, "workingSaturdays", name, at),
                        days(y, "unsettled", name, at), trust, text(y, "notice", name, at), sources));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + " " + at + ": " + e.getMessage(), e);
            }
        }
        return new HolidayCalendar(years, counting);
    }

    private static Map<LocalDate, String> days(JsonNode y, String key, String name, String at) {
        Map<LocalDate, String> out = new LinkedHashMap<>();
        JsonNode a = y.path(key);
        if (a.isMissingNode() || a.isNull()) {
            return out;
        }
        if (!a.isArray()) {
            throw problem(name, at + "." + key, "an array of {\"date\", \"name\"}");
        }
        for (int i = 0; i < a.size(); i++) {
            String p = at + "." + key + "[" + i + "]";
            LocalDate d;
            try {
                d = LocalDate.parse(text(a.get(i), "date", name, p));
            } catch (DateTimeParseException e) {
                throw problem(name, p + ".date", "a date written yyyy-MM-dd");
            }
            if (out.put(d, text(a.get(i), "name", name, p)) != null) {
                throw problem(name, p + ".date", "a date listed once (" + d + " is listed twice)");
            }
        }
        return out;
    }

    private static String text(JsonNode o, String key, String name, String at) {
        JsonNode v = o.path(key);
        if (!v.isTextual() || v.textValue().isBlank()) {
            throw problem(name, at + "." + key, "a text");
        }
        return v.textValue();
    }

    private static IllegalArgumentException problem(String name, String path, String expected) {
        return new IllegalArgumentException(name + " " + path + ": expected " + expected);
    }
}
