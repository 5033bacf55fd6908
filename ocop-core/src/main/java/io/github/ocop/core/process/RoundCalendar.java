package io.github.ocop.core.process;

import io.github.ocop.core.internal.CoreMessages;
import io.github.ocop.core.internal.InForce;
import io.github.ocop.core.model.EvaluationLevel;
import io.github.ocop.core.model.ProcessVersion;
import io.github.ocop.core.model.RoundRule;
import io.github.ocop.core.model.RuleSet;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The statutory evaluation rounds of a process version (thời gian tổ chức đánh giá, phân hạng), from the rule set
 * file ({@code process.versions[].rounds}, e.g. QĐ 26/2026 Điều 5), and the round a proposed dossier reaches.
 * A province or ministry may add rounds of its own; this calendar knows only the statutory ones. "Trước ngày X" is
 * strictly before X (interpretation {@code before-is-strict}).
 *
 * <p>This class has no instances and is thread-safe.
 */
public final class RoundCalendar {

    private RoundCalendar() {
    }

    /**
     * The statutory rounds of {@code level} held in calendar year {@code year}, in calendar order.
     *
     * @param version the process version
     * @param year the calendar year
     * @param level the evaluation level
     * @return the rounds
     * @throws IllegalArgumentException if the version sets no rounds for the level
     */
    public static List<EvaluationRound> rounds(ProcessVersion version, int year, EvaluationLevel level) {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(level, "level");
        List<RoundRule> rules = version.rounds().stream().filter(r -> r.level() == level).toList();
        if (rules.isEmpty()) {
            throw CoreMessages.refusal("process.noRounds", version.id(), version.instrument(), level,
                    version.rounds().stream().map(RoundRule::level).distinct().toList());
        }
        return rules.stream()
                .map(r -> new EvaluationRound(level, r.number(), r.heldBefore().atYear(year),
                        r.proposedBefore().atYear(year), r.citation()))
                .sorted(Comparator.comparing(EvaluationRound::heldBefore))
                .toList();
    }

    /**
     * The first statutory round a dossier proposed to {@code level} on {@code proposedOn} reaches: the earliest
     * round whose proposal cut-off is after {@code proposedOn}, under the process version of the rule set that
     * applies on that day.
     *
     * @param ruleSet the rule set
     * @param proposedOn the day the lower level proposed the dossier
     * @param level the level holding the rounds
     * @return the round
     * @throws IllegalArgumentException if no process version applies that day or it sets no rounds for the level
     */
    public static EvaluationRound roundFor(RuleSet ruleSet, LocalDate proposedOn, EvaluationLevel level) {
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(proposedOn, "proposedOn");
        Objects.requireNonNull(level, "level");
        InForce.require(ruleSet, proposedOn, CoreMessages.of("date.proposal"));
        ProcessVersion version = EvaluationAuthorities.versionOn(ruleSet, proposedOn);
        for (int year = proposedOn.getYear(); ; year++) {
            for (EvaluationRound r : rounds(version, year, level)) {
                if (proposedOn.isBefore(r.proposedBefore())) {
                    return r;
                }
            }
        }
    }
}
