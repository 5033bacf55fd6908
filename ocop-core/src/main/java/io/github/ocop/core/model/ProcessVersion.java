package io.github.ocop.core.model;

import io.github.ocop.core.internal.CoreMessages;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of a rule set's evaluation process (quy trình), in force over a period: QĐ 148/QĐ-TTg as signed and
 * as amended by QĐ 1489/QĐ-TTg are two versions of one rule set. It holds the levels and their authority, the
 * dossier lists, the statutory round calendar and the re-entry rule ({@code process.versions[]}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id a stable id within the rule set, e.g. {@code "148-1489"}
 * @param instrument the instrument(s) the process is written in, as a prefix of citations
 * @param firstDay the first day the version applies
 * @param lastDay the last day it applies, or empty while open-ended
 * @param levels the levels taking part, lowest first
 * @param noCertificateCitations where it is written that a product below the certified ranks gets no certificate
 * @param noCertificateInterpretation the id of the interpretation that supplies that rule where the law is silent
 * @param gapCitations what to cite when the sources say nothing about a case
 * @param dossiers the dossier lists
 * @param dossierGap why the dossier lists are unknown, when they are
 * @param rounds the statutory rounds, in calendar order within a year
 * @param reEntry when a failed product may enter evaluation again
 * @param reEntryCitation where the re-entry rule comes from, as the law cites it
 * @param evidence where the ocop-rules team read the no-certificate, gap and re-entry rules when that is more than
 *        the decision's own text: reference notes' sections and trust markers ({@code "notes 1048 §3.3 [GAP]"}), the
 *        readings they rest on; for programs and reviewers, never printed as part of a citation
 */
public record ProcessVersion(
        String id,
        String instrument,
        LocalDate firstDay,
        Optional<LocalDate> lastDay,
        List<LevelAuthority> levels,
        List<String> noCertificateCitations,
        Optional<String> noCertificateInterpretation,
        List<String> gapCitations,
        List<DossierRule> dossiers,
        Optional<String> dossierGap,
        List<RoundRule> rounds,
        ReEntryPolicy reEntry,
        String reEntryCitation,
        Optional<String> evidence) {

    /**
     * Validates and copies.
     *
     * @param id a stable id within the rule set
     * @param instrument the instrument(s) the process is written in
     * @param firstDay the first day the version applies
     * @param lastDay the last day it applies, or empty
     * @param levels the levels taking part, lowest first, each level once
     * @param noCertificateCitations where the no-certificate rule is written
     * @param noCertificateInterpretation the interpretation supplying it, if any
     * @param gapCitations what to cite for a case the sources do not cover
     * @param dossiers the dossier lists
     * @param dossierGap why the dossier lists are unknown
     * @param rounds the statutory rounds
     * @param reEntry when a failed product may enter evaluation again
     * @param reEntryCitation where the re-entry rule comes from
     * @param evidence where the team read these rules, if more than the decision's text
     */
    public ProcessVersion {
        Texts.requireText(id, "id");
        Texts.requireText(instrument, "instrument");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        levels = List.copyOf(Objects.requireNonNull(levels, "levels"));
        noCertificateCitations = List.copyOf(Objects.requireNonNull(noCertificateCitations, "noCertificateCitations"));
        Objects.requireNonNull(noCertificateInterpretation, "noCertificateInterpretation");
        gapCitations = List.copyOf(Objects.requireNonNull(gapCitations, "gapCitations"));
        dossiers = List.copyOf(Objects.requireNonNull(dossiers, "dossiers"));
        Objects.requireNonNull(dossierGap, "dossierGap");
        rounds = List.copyOf(Objects.requireNonNull(rounds, "rounds"));
        Objects.requireNonNull(reEntry, "reEntry");
        Objects.requireNonNull(reEntryCitation, "reEntryCitation");
        Objects.requireNonNull(evidence, "evidence");
        if (lastDay.isPresent() && lastDay.get().isBefore(firstDay)) {
            throw CoreMessages.refusal("model.versionPeriod", id, lastDay.get(), firstDay);
        }
        if (levels.isEmpty()) {
            throw CoreMessages.refusal("model.versionLevels", id);
        }
        if (reEntry == ReEntryPolicy.NEXT_STATUTORY_ROUND && rounds.isEmpty()) {
            throw CoreMessages.refusal("model.reEntryRounds", id);
        }
        if (levels.stream().map(LevelAuthority::level).distinct().count() != levels.size()) {
            throw CoreMessages.refusal("model.versionLevelTwice", id);
        }
        for (LevelAuthority a : levels) {
            for (Optional<EvaluationLevel> to : List.of(a.forwardsTo(), a.returnsUncertifiedTo())) {
                if (to.isPresent() && levels.stream().noneMatch(l -> l.level() == to.get())) {
                    throw CoreMessages.refusal("model.levelOutside", id, a.level(), to.get());
                }
            }
        }
    }

    /**
     * A process version read in the decision's own text (no separate evidence).
     *
     * @param id a stable id within the rule set
     * @param instrument the instrument(s) the process is written in
     * @param firstDay the first day the version applies
     * @param lastDay the last day it applies, or empty
     * @param levels the levels taking part, lowest first, each level once
     * @param noCertificateCitations where the no-certificate rule is written
     * @param noCertificateInterpretation the interpretation supplying it, if any
     * @param gapCitations what to cite for a case the sources do not cover
     * @param dossiers the dossier lists
     * @param dossierGap why the dossier lists are unknown
     * @param rounds the statutory rounds
     * @param reEntry when a failed product may enter evaluation again
     * @param reEntryCitation where the re-entry rule comes from
     */
    public ProcessVersion(String id, String instrument, LocalDate firstDay, Optional<LocalDate> lastDay,
            List<LevelAuthority> levels, List<String> noCertificateCitations, Optional<String> noCertificateInterpretation,
            List<String> gapCitations, List<DossierRule> dossiers, Optional<String> dossierGap, List<RoundRule> rounds,
            ReEntryPolicy reEntry, String reEntryCitation) {
        this(id, instrument, firstDay, lastDay, levels, noCertificateCitations, noCertificateInterpretation, gapCitations,
                dossiers, dossierGap, rounds, reEntry, reEntryCitation, Optional.empty());
    }

    /**
     * {@return whether this version applies on {@code date}}
     *
     * @param date the date
     */
    public boolean appliesOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(firstDay) && lastDay.map(l -> !date.isAfter(l)).orElse(true);
    }

    /**
     * {@return the authority of one level, if it takes part}
     *
     * @param level the level
     */
    public Optional<LevelAuthority> level(EvaluationLevel level) {
        Objects.requireNonNull(level, "level");
        return levels.stream().filter(a -> a.level() == level).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
