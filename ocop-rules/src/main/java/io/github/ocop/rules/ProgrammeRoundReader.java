package io.github.ocop.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ocop.core.process.Certificate;
import io.github.ocop.core.process.DateWindow;
import io.github.ocop.core.model.EvaluationLevel;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.report.EvaluatedProduct;
import io.github.ocop.core.report.PlanTarget;
import io.github.ocop.core.report.ProgrammePlan;
import io.github.ocop.core.report.ProgrammeRound;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.problem.Problem;
import io.github.ocop.core.internal.Formats;
import io.github.ocop.core.text.Localized;
import io.github.ocop.rules.internal.Json;
import io.github.ocop.rules.internal.JsonObject;
import io.github.ocop.rules.internal.JsonProblem;
import io.github.ocop.rules.internal.RulesMessages;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads an evaluation round file (đợt đánh giá, phân hạng; format in {@code docs/council-and-reports.md}) strictly:
 * unknown keys, wrong types, unknown rule sets or levels, evaluation dates outside the period the rule set is in
 * force and inconsistent results are located errors naming the file. Stateless and thread-safe.
 */
public final class ProgrammeRoundReader {
    /** A round lists its products: a province evaluates hundreds a year, the whole country a few tens of thousands. */
    private static final Json.Limits LIMITS = new Json.Limits(RulesMessages.of("read.kind.round"), 2_000_000, 100_000, Map.of());

    private ProgrammeRoundReader() {
    }

    /**
     * {@return the round}
     *
     * @param file a round file
     * @throws OcopInputException naming the file, the JSON path and what was expected
     */
    public static ProgrammeRound read(Path file) {
        return read(file, RuleSets.standard());
    }

    /**
     * Reads a round whose rule set may be one of the registry's (e.g. a province's own file).
     *
     * @param file a round file
     * @param registry the rule sets its {@code ruleSet} may name
     * @return the round
     * @throws OcopInputException naming the file, the JSON path and what was expected
     */
    public static ProgrammeRound read(Path file, RuleSets registry) {
        return read(file, registry, Locale.ENGLISH);
    }

    /**
     * As {@link #read(Path, RuleSets)}, with the reading path's messages (file, encoding, JSON syntax, keys, types,
     * dates) in a language.
     *
     * @param file     a round file
     * @param registry the rule sets its {@code ruleSet} may name
     * @param locale   Vietnamese for {@code vi}, English otherwise
     * @return the round
     * @throws OcopInputException naming the file, the JSON path and what was expected
     */
    public static ProgrammeRound read(Path file, RuleSets registry, Locale locale) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(locale, "locale");
        return parse(RuleSetLoader.readFile(file, locale), file.toString(), registry, locale);
    }

    /**
     * {@return the round}
     *
     * @param bytes  the document
     * @param source its name for messages
     * @throws OcopInputException naming the source, the JSON path and what was expected
     */
    public static ProgrammeRound parse(byte[] bytes, String source) {
        return parse(bytes, source, RuleSets.standard());
    }

    /**
     * {@return the round}
     *
     * @param bytes    the document
     * @param source   its name for messages
     * @param registry the rule sets its {@code ruleSet} may name
     * @throws OcopInputException naming the source, the JSON path and what was expected
     */
    public static ProgrammeRound parse(byte[] bytes, String source, RuleSets registry) {
        return parse(bytes, source, registry, Locale.ENGLISH);
    }

    /**
     * {@return the round}
     *
     * @param bytes    the document
     * @param source   its name for messages
     * @param registry the rule sets its {@code ruleSet} may name
     * @param locale   the language of the reading path's messages: Vietnamese for {@code vi}, English otherwise
     * @throws OcopInputException naming the source, the JSON path and what was expected
     */
    public static ProgrammeRound parse(byte[] bytes, String source, RuleSets registry, Locale locale) {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(locale, "locale");
        JsonNode root = Json.parse(bytes, source, LIMITS, locale);
        try {
            return readRound(JsonObject.of(root, "$", locale), registry);
        } catch (JsonProblem e) {
            throw new OcopInputException(source, List.of(e.problem())).inLanguage(locale);
        }
    }

    private static ProgrammeRound readRound(JsonObject o, RuleSets registry) {
        o.optString("$schema");
        o.optString("note");
        String title = o.string("title");
        String ruleSet = o.string("ruleSet");
        RuleSet rules = registry.find(ruleSet).orElseThrow(() -> new JsonProblem(new Problem(
                o.pathOf("ruleSet"), RulesMessages.of("read.unknownRuleSet", ruleSet,
                        RulesMessages.choices(registry.ids())))));
        String levelText = o.string("level");
        EvaluationLevel level = Arrays.stream(EvaluationLevel.values()).filter(l -> l.name().equals(levelText))
                .findFirst().orElseThrow(() -> new JsonProblem(new Problem(o.pathOf("level"), RulesMessages.of(
                        "read.unknownValue", levelText, RulesMessages.choices(EvaluationLevel.values())))));
        ProgrammePlan plan = plan(o.object("plan"));
        JsonObject period = o.object("expiryPeriod");
        LocalDate from = period.personDate("from");
        LocalDate to = period.personDate("to");
        period.finish();
        if (to.isBefore(from)) {
            throw new JsonProblem(new Problem(period.pathOf("to"), RulesMessages.of("round.periodReversed", to,
                    from)));
        }
        List<EvaluatedProduct> products = o.objects("products", p -> product(p, rules, level));
        o.finish();
        return new ProgrammeRound(title, plan, products, new DateWindow(from, to));
    }

    private static ProgrammePlan plan(JsonObject o) {
        String title = o.string("title");
        o.optString("source");
        List<PlanTarget> targets = o.objects("targets", t -> {
            String kind = t.string("kind");
            int count = t.integer("count");
            Integer minStars = t.optInteger("minStars");
            Integer reported = t.optInteger("reported");
            String source = t.optString("source");
            t.finish();
            try {
                return new PlanTarget(PlanTarget.Kind.valueOf(kind), count, minStars == null ? 0 : minStars,
                        reported == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(reported),
                        java.util.Optional.ofNullable(source));
            } catch (IllegalArgumentException e) {
                throw new JsonProblem(new Problem(t.path(), e.getMessage().startsWith("No enum")
                        ? RulesMessages.of("read.unknownValue", kind, RulesMessages.choices(PlanTarget.Kind.values()))
                        : RulesMessages.refused(e)));
            }
        });
        o.finish();
        return new ProgrammePlan(title, targets);
    }

    private static EvaluatedProduct product(JsonObject o, RuleSet ruleSet, EvaluationLevel level) {
        String name = o.string("name");
        String commune = o.string("commune");
        String group = o.string("group");
        LocalDate evaluatedOn = o.personDate("evaluatedOn");
        if (!ruleSet.instrument().isInForceOn(evaluatedOn)) {
            throw new JsonProblem(new Problem(o.pathOf("evaluatedOn"), RulesMessages.of("round.notInForce",
                    evaluatedOn, ruleSet.id(), ruleSet.instrument().effectiveFrom(),
                    ruleSet.instrument().effectiveUntil() == null ? RulesMessages.of("round.noEnd")
                            : ruleSet.instrument().effectiveUntil())));
        }
        if (!o.has("total") || !o.node().get("total").isNumber()) {
            throw new JsonProblem(new Problem(o.pathOf("total"), RulesMessages.of("round.totalNotNumber",
                    JsonObject.describe(o.node().get("total")))));
        }
        BigDecimal total = o.node().get("total").decimalValue();
        if (total.signum() < 0 || total.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new JsonProblem(new Problem(o.pathOf("total"), RulesMessages.of("round.totalRange",
                    JsonObject.describe(o.node().get("total")))));
        }
        if (!o.has("stars")) {
            throw new JsonProblem(new Problem(o.pathOf("stars"), RulesMessages.of("round.starsMissing")));
        }
        JsonNode s = o.node().get("stars");
        OptionalInt stars;
        if (s.isNull()) {
            stars = OptionalInt.empty();
        } else if (s.isIntegralNumber() && s.canConvertToInt()) {
            stars = OptionalInt.of(s.intValue());
        } else {
            throw new JsonProblem(new Problem(o.pathOf("stars"), RulesMessages.of("round.starsRange",
                    JsonObject.describe(s))));
        }
        if (stars.isPresent() && (stars.getAsInt() < 1
                || stars.getAsInt() > ruleSet.starRanking().starsFor(total))) {
            throw new JsonProblem(new Problem(o.pathOf("stars"), RulesMessages.of("round.starsAboveBand",
                    stars.getAsInt(), ruleSet.starRanking().starsFor(total),
                    (Localized) l -> Formats.decimal(total.toPlainString(), l))));
        }
        JsonObject c = o.optObject("certificate");
        Optional<Certificate> certificate = Optional.empty();
        if (c != null) {
            int cStars = c.integer("stars");
            LocalDate issued = c.personDate("issuedOn");
            c.finish();
            if (issued.isBefore(evaluatedOn)) {
                throw new JsonProblem(new Problem(c.pathOf("issuedOn"), RulesMessages.of("round.issuedBeforeEvaluation",
                        issued, evaluatedOn)));
            }
            try {
                certificate = Optional.of(Certificate.issue(ruleSet, name, cStars, issued));
            } catch (IllegalArgumentException e) {
                throw new JsonProblem(new Problem(c.path(), RulesMessages.refused(e)));
            }
        }
        o.finish();
        try {
            return new EvaluatedProduct(name, commune, group, ruleSet, level, evaluatedOn, total, stars, certificate);
        } catch (IllegalArgumentException e) {
            throw new JsonProblem(new Problem(o.path(), RulesMessages.refused(e)));
        }
    }
}
