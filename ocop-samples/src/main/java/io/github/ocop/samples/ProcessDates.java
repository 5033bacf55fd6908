package io.github.ocop.samples;

import io.github.ocop.core.problem.OcopArgumentException;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.problem.Problem;
import picocli.CommandLine;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Supplier;

/** Date input and output of the process commands: ISO or dd/MM/yyyy in, dd/MM/yyyy in Vietnamese text out. */
final class ProcessDates {
    private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    /** Input: 1/5/2026 or 01/05/2026; a day that does not exist (31/02) is refused, never moved. */
    private static final DateTimeFormatter VI_INPUT = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private ProcessDates() {
    }

    static String vi(LocalDate d) {
        return VI.format(d);
    }

    /** Runs a process computation, turning a refusal of the library into a located input error for {@code option}. */
    static <T> T located(String option, Supplier<T> f) {
        try {
            return f.get();
        } catch (OcopArgumentException e) {
            // a coded refusal of the core (an unknown group, a level that receives no such dossier): in --lang
            throw new OcopInputException("ocop", List.of(new Problem(option, e.message())), e);
        } catch (IllegalArgumentException e) {
            throw new OcopInputException("ocop", List.of(new Problem(option, e.getMessage())));
        }
    }

    /**
     * The language of the messages about the command line's values, taken from its {@code --lang} before picocli
     * parses it (a converter cannot see the other options): set by {@link OcopCli#run} for the run's thread.
     */
    static final ThreadLocal<java.util.Locale> ARGUMENT_LANGUAGE = ThreadLocal.withInitial(() -> Lang.vi.locale());

    /** Reads {@code YYYY-MM-DD} or {@code dd/MM/yyyy}. */
    static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
        private static final java.util.regex.Pattern VI_SHAPE = java.util.regex.Pattern.compile(
                "(\\d{1,2})/(\\d{1,2})/(\\d{4})");
        private static final java.util.regex.Pattern ISO_SHAPE = java.util.regex.Pattern.compile(
                "(\\d{4})-(\\d{2})-(\\d{2})");

        @Override
        public LocalDate convert(String value) {
            String v = value.trim();
            try {
                return v.contains("/") ? LocalDate.parse(v, VI_INPUT) : LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException(message(v));
            }
        }

        /** @return why a text is not a date, in the run's language */
        static String message(String v) {
            java.util.Locale lang = ARGUMENT_LANGUAGE.get();
            java.util.regex.Matcher vi = VI_SHAPE.matcher(v);
            java.util.regex.Matcher iso = ISO_SHAPE.matcher(v);
            int month = -1;
            int year = 0;
            if (vi.matches()) {
                month = Integer.parseInt(vi.group(2));
                year = Integer.parseInt(vi.group(3));
            } else if (iso.matches()) {
                month = Integer.parseInt(iso.group(2));
                year = Integer.parseInt(iso.group(1));
            }
            if (month >= 1 && month <= 12) {
                int days = java.time.YearMonth.of(year, month).lengthOfMonth();
                return CliMessages.text(lang, "date.noSuchDay", v, String.format("%02d", month), String.valueOf(year),
                        String.valueOf(days));
            }
            return CliMessages.text(lang, "date.notADate", v);
        }
    }
}
