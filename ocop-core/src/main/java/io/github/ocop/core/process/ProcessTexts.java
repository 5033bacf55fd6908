package io.github.ocop.core.process;

import io.github.ocop.core.model.Decider;
import io.github.ocop.core.model.EvaluationLevel;
import io.github.ocop.core.internal.CoreMessages;
import io.github.ocop.core.text.Localized;
import io.github.ocop.core.text.Message;
import io.github.ocop.core.text.Messages;
import io.github.ocop.core.text.Phrases;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The words of the process steps: coded messages of ocop-core's bundle ({@code process.*}). */
final class ProcessTexts {
    /** Decimals of a mean total shown in a step. */
    private static final int SHOWN_DECIMALS = 2;

    private ProcessTexts() {
    }

    /** Star ranks as a list: "3 sao, 4 sao" in Vietnamese, "3 or 4" in English. */
    record Stars(List<Integer> stars) implements Localized {
        @Override
        public String format(Locale locale) {
            boolean en = Messages.english(locale);
            return stars.stream().sorted().map(s -> en ? String.valueOf(s) : s + " sao")
                    .collect(Collectors.joining(en ? " or " : ", "));
        }
    }

    static BigDecimal shown(BigDecimal meanTotal) {
        return meanTotal.setScale(SHOWN_DECIMALS, RoundingMode.HALF_UP);
    }

    static Message afterDossierCheck(Decider by, Optional<String> form, Optional<Integer> dueDays, Decider to) {
        return CoreMessages.of("process.afterDossierCheck", by,
                Phrases.optional(" ", form.map(f -> CoreMessages.of("process.reportForm", f))),
                Phrases.optional(" ", dueDays.map(d -> CoreMessages.of("process.due", d))), to);
    }

    static Message forward(Decider by, Decider to, BigDecimal meanTotal, BigDecimal threshold, int potential,
            Optional<Message> unmet) {
        Localized tail = Phrases.optional(" ", unmet);
        BigDecimal thr = threshold.stripTrailingZeros();
        return potential > 0
                ? CoreMessages.of("process.forwardPotential", by, to, shown(meanTotal), thr,
                        potential, tail)
                : CoreMessages.of("process.forward", by, to, shown(meanTotal), thr, tail);
    }

    static Message minimumUnmet(int thresholdStars, int stars, Decider to) {
        return CoreMessages.of("process.forwardMinimumUnmet", thresholdStars, stars, to);
    }

    static Message certify(Decider by, int stars, BigDecimal meanTotal, Optional<Integer> validityMonths) {
        return CoreMessages.of("process.certify", by, stars, shown(meanTotal),
                Phrases.optional("", validityMonths.map(m -> CoreMessages.of("process.validity", m))));
    }

    static Message noCertificate(int stars, BigDecimal meanTotal) {
        // English: "ranks 1 star", "ranks 2 stars"
        return CoreMessages.of(stars == 1 ? "process.noCertificate.one" : "process.noCertificate", stars,
                shown(meanTotal));
    }

    static Message returnDown(List<Integer> certifiedHere, EvaluationLevel level, BigDecimal meanTotal, int stars,
            Decider lower, List<Integer> certifiedBelow) {
        return CoreMessages.of("process.returnDown", new Stars(certifiedHere), level, shown(meanTotal),
                stars, lower, new Stars(certifiedBelow));
    }

    static Message notProvidedFor(EvaluationLevel level, int stars, BigDecimal meanTotal, String instrument) {
        return CoreMessages.of("process.notProvidedFor", level, stars, shown(meanTotal),
                Message.text(instrument));
    }
}
