package io.github.ocop.samples;

import io.github.ocop.core.scoring.OcopInputException;
import io.github.ocop.core.scoring.Problem;
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
        } catch (IllegalArgumentException e) {
            throw new OcopInputException("ocop", List.of(new Problem(option, e.getMessage())));
        }
    }

    /** Reads {@code YYYY-MM-DD} or {@code dd/MM/yyyy}. */
    static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return value.contains("/") ? LocalDate.parse(value.trim(), VI_INPUT) : LocalDate.parse(value.trim());
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a date: write it as YYYY-MM-DD"
                        + " (2026-05-10) or dd/MM/yyyy (10/05/2026)");
            }
        }
    }
}
