package io.github.ocop.rules;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.scoring.Product;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.core.scoring.ScoringEngine;
import io.github.ocop.core.scoring.Subject;
import io.github.ocop.core.scoring.SubjectType;
import io.github.ocop.rules.internal.Json;

import java.nio.charset.StandardCharsets;

/**
 * The assessment file and the steps of the end-to-end path, shared by the benchmarks (issue 18). In this package so
 * that the benchmarks can measure each lever alone: the strict reader with and without its Bean Validation pass, the
 * tree writer, the streaming writer with and without the per-sheet fragments.
 */
public final class EndToEndLevers {
    private EndToEndLevers() {
    }

    /**
     * @param generated an assessment (e.g. from {@code Workloads})
     * @return the bytes of its file, as the bundled examples are written (indented by two spaces, a product with a
     * Vietnamese name and a producer)
     */
    public static byte[] document(Assessment generated) {
        Assessment a = new Assessment(generated.ruleSet(), generated.sheet(), new Product("Bưởi da xanh (ví dụ)",
                new Subject("HTX Nông nghiệp Bưởi Xanh (ví dụ)", SubjectType.COOPERATIVE), null),
                generated.assessor(), generated.answers(), generated.knockOuts());
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("ruleSet", a.ruleSet());
        o.put("sheet", a.sheet());
        ObjectNode p = o.putObject("product");
        p.put("name", a.product().name());
        ObjectNode s = p.putObject("subject");
        s.put("name", a.product().subject().name());
        s.put("type", a.product().subject().type().name());
        o.put("assessor", a.assessor());
        ObjectNode answers = o.putObject("answers");
        a.answers().forEach(answers::put);
        o.put("note", "Illustrative data (ví dụ minh họa), not a real product.");
        byte[] doc = (Json.pretty(o) + "\n").getBytes(StandardCharsets.UTF_8);
        if (!AssessmentReader.parse(doc, "check").equals(a) || AssessmentFastPath.read(doc) == null) {
            throw new IllegalStateException("the benchmark document does not read back");
        }
        return doc;
    }

    /** @param bytes a document @return it read by the strict path (tree, located errors, Bean Validation) */
    public static Assessment readStrictly(byte[] bytes) {
        return AssessmentReader.parseStrictly(bytes, "assessment.json");
    }

    /** @param bytes a document @return it read by the strict path without its Bean Validation pass */
    public static Assessment readTreeWithoutBeanValidation(byte[] bytes) {
        return AssessmentReader.parseTree(bytes, "assessment.json");
    }

    /** @param bytes a document @return it read as {@link AssessmentReader#parse} does (one pass, no tree) */
    public static Assessment read(byte[] bytes) {
        return AssessmentReader.parse(bytes, "assessment.json");
    }

    /**
     * @param bytes a document
     * @return it read as {@link AssessmentReader#parse} does, but with its answers looked up by the engine rather than
     * resolved while read by the sheet's vocabulary
     */
    public static Assessment readWithoutVocabulary(byte[] bytes) {
        Assessment a = AssessmentFastPath.readWithoutVocabulary(bytes);
        if (a == null) {
            throw new IllegalStateException("the benchmark document is not read by the one-pass reader");
        }
        return a;
    }

    /** @param card a card @return its JSON through the Jackson tree, as UTF-8 (the writer before issue 18) */
    public static byte[] writeTree(ScoreCard card) {
        return Json.compact(OcopJson.scoreCardNode(card)).getBytes(StandardCharsets.UTF_8);
    }

    /** @param card a card @return its JSON written straight to bytes, every field encoded on every card */
    public static byte[] writeStreaming(ScoreCard card) {
        return ScoreCardWriter.utf8(card, false);
    }

    /** @param card a card @return its JSON as {@link OcopJson#scoreCardUtf8} writes it (per-sheet fragments) */
    public static byte[] writeFragments(ScoreCard card) {
        return OcopJson.scoreCardUtf8(card);
    }

    /**
     * @param rules the rule set of the document
     * @return an engine, checked to give the same bytes on every path for the document
     */
    public static ScoringEngine engine(RuleSet rules) {
        return ScoringEngine.of(rules);
    }
}
