package io.github.ocop.core.advice;

import io.github.ocop.core.model.KnockOut;
import io.github.ocop.core.scoring.DerivedKnockOut;
import io.github.ocop.core.scoring.MinimumRequirement;
import io.github.ocop.core.internal.CoreMessages;
import io.github.ocop.core.text.Message;
import io.github.ocop.core.text.Phrases;

import java.util.List;

/** The words of an unreachable plan's reason: coded messages of ocop-core's bundle ({@code advice.*}). */
final class AdviceTexts {
    private AdviceTexts() {
    }

    static Message knockOutRecorded(List<KnockOut> recorded) {
        return CoreMessages.of("advice.knockOutRecorded",
                Phrases.joined("; ", recorded.stream().map(k -> Message.text(k.text())).toList()));
    }

    static Message minimumNeed(MinimumRequirement r) {
        return CoreMessages.of("advice.minimumNeed", r.criterion(), r.option(), r.requiredPoints(), r.requiredFor());
    }

    static Message minimaUnreachable(List<Message> needs) {
        return CoreMessages.of("advice.minimaUnreachable", Phrases.joined("; ", needs));
    }

    static Message derivedKnockOut(List<DerivedKnockOut> derived) {
        return CoreMessages.of("advice.derivedKnockOut", Phrases.joined("; ", derived.stream()
                .map(d -> CoreMessages.of("advice.knockOutAnswer", Message.text(d.knockOut().text()), d.criterion(),
                        d.option())).toList()));
    }

    static Message totalUnreachable(String sheet, int target, int highest, int bandMin) {
        return CoreMessages.of("advice.totalUnreachable", sheet, target, highest, bandMin);
    }

    static Message noCombination(int target, int bandMin) {
        return CoreMessages.of("advice.noCombination", target, bandMin);
    }
}
