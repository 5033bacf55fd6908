package io.github.ocop.core.model;

import io.github.ocop.core.internal.CoreMessages;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The decision a rule set encodes (quyết định), with its dates and amendments. Immutable and thread-safe.
 *
 * @param number         the number, e.g. {@code "26/2026/QĐ-TTg"}
 * @param title          the title as printed
 * @param signed         the signing date
 * @param effectiveFrom  the first day in force
 * @param effectiveUntil the last day in force, or null while in force
 * @param amendedBy      the amending instruments, in date order
 * @param replaces       numbers of the instruments it replaces
 */
public record LegalInstrument(String number, String title, LocalDate signed, LocalDate effectiveFrom,
                              LocalDate effectiveUntil, List<Amendment> amendedBy, List<String> replaces) {
    /**
     * Validates and copies the components.
     *
     * @param number the number, e.g. {@code "26/2026/QĐ-TTg"}
     * @param title the title as printed
     * @param signed the signing date
     * @param effectiveFrom the first day in force
     * @param effectiveUntil the last day in force, or null while in force
     * @param amendedBy the amending instruments, in date order
     * @param replaces numbers of the instruments it replaces
     */
    public LegalInstrument {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(signed, "signed");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        amendedBy = List.copyOf(Objects.requireNonNull(amendedBy, "amendedBy"));
        replaces = List.copyOf(Objects.requireNonNull(replaces, "replaces"));
        if (effectiveUntil != null && effectiveUntil.isBefore(effectiveFrom)) {
            throw CoreMessages.refusal("model.instrumentPeriod", number, effectiveUntil, effectiveFrom);
        }
    }

    /** {@return the last day in force, if the instrument is no longer in force} */
    public Optional<LocalDate> until() {
        return Optional.ofNullable(effectiveUntil);
    }

    /**
     * Whether the instrument is in force on a date.
     *
     * @param date the date
     * @return true when {@code effectiveFrom <= date <= effectiveUntil}
     */
    public boolean inForceOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(effectiveFrom) && (effectiveUntil == null || !date.isAfter(effectiveUntil));
    }

    /**
     * {@return whether the instrument is in force on {@code date} (from {@code effectiveFrom} to {@code effectiveUntil},
     * both included)}
     *
     * @param date the date
     */
    public boolean isInForceOn(java.time.LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(effectiveFrom) && (effectiveUntil == null || !date.isAfter(effectiveUntil));
    }

    /** {@return the period in force as text, e.g. {@code "from 2026-05-22"} or {@code "from 2019-08-21 to 2023-02-23"}} */
    public String describePeriod() {
        return "from " + effectiveFrom + (effectiveUntil == null ? "" : " to " + effectiveUntil);
    }
}
