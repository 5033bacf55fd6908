package io.github.ocop.rules;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ocop.core.scoring.Assessment;

/** The answers and knock-outs of an assessment inside an output, as the assessment format writes them. */
final class AnswersJson {
    private AnswersJson() {
    }

    /** Puts {@code answers} (criterion code → option, in the assessment's order) and {@code knockOuts} (ids). */
    static void put(ObjectNode o, Assessment a) {
        ObjectNode answers = o.putObject("answers");
        a.answers().forEach(answers::put);
        ArrayNode kos = o.putArray("knockOuts");
        a.knockOuts().forEach(kos::add);
    }
}
