package io.github.ocop.rules;

import io.github.ocop.core.model.Criterion;
import io.github.ocop.core.model.KnockOut;
import io.github.ocop.core.model.Option;
import io.github.ocop.core.model.Part;
import io.github.ocop.core.model.PartDefinition;
import io.github.ocop.core.model.ProductCategory;
import io.github.ocop.core.model.ProductGroup;
import io.github.ocop.core.model.ProductSubgroup;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.core.model.Section;
import io.github.ocop.core.model.StarBand;
import io.github.ocop.core.problem.Problem;
import io.github.ocop.core.text.Message;
import io.github.ocop.rules.internal.RulesMessages;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Proves the semantic invariants of a rule set (kiểm tra tính nhất quán): every sheet's parts sum to 100 and match
 * the decision's part maxima, each section's maximum is the sum of its criteria, every option fits its criterion,
 * some option reaches each maximum, codes and keys are unique and in order, star marks are 3-5, conditions refer to
 * existing criteria and options, taxonomy codes are unique and point to existing sheets, bands cover 0-100 without
 * gap or overlap. Paths are those of the rule set file. Known deviations are the sum mismatches of sheets that declare
 * deviations, each declared deviation, each subgroup without a sheet, and a rule set without any sheet (QĐ 148).
 * Stateless and thread-safe.
 */
public final class RuleSetValidator {
    private RuleSetValidator() {
    }

    /**
     * {@return the report; a sheet that declares deviations has its sum mismatches reported as known deviations}
     *
     * @param rules the rule set
     */
    public static ValidationReport validate(RuleSet rules) {
        Objects.requireNonNull(rules, "rules");
        List<Problem> errors = new ArrayList<>();
        List<Problem> known = new ArrayList<>();
        List<StarBand> bands = rules.starRanking().bands();
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i).stars() != i + 1) {
                errors.add(new Problem("$.starBands", RulesMessages.of("validate.bands")));
            }
        }
        int partSum = 0;
        Set<String> partCodes = new HashSet<>();
        for (int i = 0; i < rules.parts().size(); i++) {
            PartDefinition p = rules.parts().get(i);
            partSum += p.maxPoints();
            if (!partCodes.add(p.code().name())) {
                errors.add(new Problem("$.parts[" + i + "].code", RulesMessages.of("validate.partTwice", p.code().name())));
            }
        }
        if (partSum != 100) {
            errors.add(new Problem("$.parts", RulesMessages.of("validate.partMaxima", partSum)));
        }
        Set<String> sheetIds = new HashSet<>();
        for (int s = 0; s < rules.sheets().size(); s++) {
            ScoringSheet sheet = rules.sheets().get(s);
            sheetIds.add(sheet.id());
            String sp = "$.sheets[" + s + "]";
            List<Problem> sums = sheet.deviations().isEmpty() ? errors : known;
            validateSheet(rules, sheet, sp, errors, sums);
            for (int d = 0; d < sheet.deviations().size(); d++) {
                known.add(new Problem(sp + ".deviations[" + d + "]", RulesMessages.of("validate.deviation",
                        sheet.id(), new Labels.Note(sheet.deviations().get(d)))));
            }
        }
        validateTaxonomy(rules, sheetIds, errors, known);
        validateProcess(rules, errors);
        validateCitations(rules, errors);
        return new ValidationReport(errors, known);
    }

    /** A note of the compilers inside a citation: a source line, a reference note's section, a trust marker. */
    private static final java.util.regex.Pattern NOT_THE_LAW = java.util.regex.Pattern.compile(
            "source\\.txt|\\bnotes [0-9]+|\\[[A-Z][A-Z0-9]*(?:[-/ ,][A-Z0-9]+)*]");

    /**
     * Citation strings are the law's citations as printed ("QĐ 26/2026/QĐ-TTg, Điều 7 khoản 3 điểm e"): where the
     * compilers read them (a source line, a reference note, a trust marker such as "[GAP]") belongs in
     * {@code evidence} or {@code line}, which no printout shows.
     */
    private static void validateCitations(RuleSet rules, List<Problem> errors) {
        // every citation string of the process section, by key, as the file writes it
        citationStrings("$.process", null, io.github.ocop.rules.internal.ProcessJson.write(rules.process()),
                (path, text) -> citation(path, text, errors));
        for (int g = 0; g < rules.taxonomy().groups().size(); g++) {
            String gp = "$.taxonomy.groups[" + g + "].subjectTypes.citation";
            rules.taxonomy().groups().get(g).subjectTypes().ifPresent(t -> citation(gp, t.citation(), errors));
        }
    }

    /**
     * Visits every citation string of a rule set file's JSON tree with its path: the text of a key {@code citation},
     * {@code provision} or ending in {@code Citation}, each text of a list {@code citations} or ending in
     * {@code Citations}, and each value of an object {@code kindCitations}.
     *
     * @param path  the path of {@code n}
     * @param key   the key {@code n} stands under, or null in a list
     * @param n     a node of the tree
     * @param visit given each citation's path and text
     */
    static void citationStrings(String path, String key, com.fasterxml.jackson.databind.JsonNode n,
            java.util.function.BiConsumer<String, String> visit) {
        if (n.isObject()) {
            n.fields().forEachRemaining(e -> citationStrings(path + "." + e.getKey(), e.getKey(), e.getValue(), visit));
            if ("kindCitations".equals(key)) {
                n.fields().forEachRemaining(e -> visit.accept(path + "." + e.getKey(), e.getValue().asText()));
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                var x = n.get(i);
                if (x.isTextual() && key != null && (key.equals("citations") || key.endsWith("Citations"))) {
                    visit.accept(path + "[" + i + "]", x.asText());
                } else {
                    citationStrings(path + "[" + i + "]", null, x, visit);
                }
            }
        } else if (n.isTextual() && key != null
                && (key.equals("citation") || key.endsWith("Citation") || key.equals("provision"))) {
            visit.accept(path, n.asText());
        }
    }

    private static void citation(String path, String text, List<Problem> errors) {
        var m = NOT_THE_LAW.matcher(text);
        if (m.find()) {
            errors.add(new Problem(path, RulesMessages.of("validate.citationNotes", text, m.group())));
        }
    }

    /**
     * The process versions lie within the period the instrument is in force and cover it from its first day (the
     * dates are stated once per decision: the versions may not drift from the instrument); the interpretations a
     * process names exist.
     */
    private static void validateProcess(RuleSet rules, List<Problem> errors) {
        var versions = rules.process().versions();
        var in = rules.instrument();
        for (int v = 0; v < versions.size(); v++) {
            var pv = versions.get(v);
            String path = "$.process.versions[" + v + "]";
            if (pv.firstDay().isBefore(in.effectiveFrom())) {
                errors.add(new Problem(path + ".firstDay", RulesMessages.of("validate.processEarly", pv.id(),
                        pv.firstDay(), in.effectiveFrom())));
            }
            if (in.effectiveUntil() != null && pv.lastDay().map(l -> l.isAfter(in.effectiveUntil())).orElse(true)) {
                errors.add(new Problem(path + ".lastDay", pv.lastDay().<Message>map(l -> RulesMessages.of(
                        "validate.processLate", pv.id(), l, in.effectiveUntil())).orElseGet(() -> RulesMessages.of(
                        "validate.processNoEnd", pv.id(), in.effectiveUntil()))));
            }
            pv.noCertificateInterpretation().filter(id -> rules.interpretation(id).isEmpty()).ifPresent(id ->
                    errors.add(new Problem(path + ".noCertificate.interpretation", RulesMessages.of(
                            "validate.unknownInterpretation", id))));
            for (int d = 0; d < pv.dossiers().size(); d++) {
                for (String id : pv.dossiers().get(d).interpretations()) {
                    if (rules.interpretation(id).isEmpty()) {
                        errors.add(new Problem(path + ".dossiers[" + d + "].interpretations",
                                RulesMessages.of("validate.unknownInterpretation", id)));
                    }
                }
            }
        }
        if (!versions.isEmpty() && !versions.get(0).firstDay().equals(in.effectiveFrom())) {
            errors.add(new Problem("$.process.versions[0].firstDay", RulesMessages.of(
                    "validate.processFirstDay", versions.get(0).firstDay(), in.effectiveFrom())));
        }
        rules.process().transition().ifPresent(t -> t.interpretations().stream()
                .filter(id -> rules.interpretation(id).isEmpty())
                .forEach(id -> errors.add(new Problem("$.process.transition.interpretations",
                        RulesMessages.of("validate.unknownInterpretation", id)))));
    }

    private static void validateSheet(RuleSet rules, ScoringSheet sheet, String sp, List<Problem> errors,
                                      List<Problem> sums) {
        Message where = RulesMessages.of("validate.where.sheet", sheet.id());
        int total = 0;
        for (int p = 0; p < sheet.parts().size(); p++) {
            Part part = sheet.parts().get(p);
            String pp = sp + ".parts[" + p + "]";
            total += part.maxPoints();
            Optional<PartDefinition> def = rules.part(part.code());
            if (def.isEmpty()) {
                errors.add(new Problem(pp + ".code", RulesMessages.of("validate.partUndefined", where,
                        part.code().name())));
            } else if (def.get().maxPoints() != part.maxPoints()) {
                sums.add(new Problem(pp + ".maxPoints", RulesMessages.of("validate.partMaximum", where,
                        part.code().name(), part.maxPoints(), def.get().maxPoints())));
            }
            if (p < 3 && part.code().ordinal() != p) {
                errors.add(new Problem(pp + ".code", RulesMessages.of("validate.partOrder", where)));
            }
            int sectionSum = 0;
            for (int i = 0; i < part.sections().size(); i++) {
                Section sec = part.sections().get(i);
                sectionSum += sec.maxPoints();
                validateSection(sheet, sec, pp + ".sections[" + i + "]", errors, sums);
            }
            if (sectionSum != part.maxPoints()) {
                sums.add(new Problem(pp + ".maxPoints", RulesMessages.of("validate.sectionsSum", where,
                        part.code().name(), sectionSum, part.maxPoints())));
            }
        }
        if (total != 100) {
            sums.add(new Problem(sp + ".parts", RulesMessages.of("validate.partsSum", where, total)));
        }
        // whatever deviations a sheet declares, no assessment may score above 100
        long reachable = 0;
        for (Criterion c : sheet.criteria()) {
            reachable += Math.min(c.maxPoints(), c.options().stream().mapToLong(Option::points).max().orElse(0));
        }
        if (reachable > 100) {
            errors.add(new Problem(sp + ".parts", RulesMessages.of("validate.reachable", where, reachable)));
        }
        for (int k = 0; k < sheet.knockOuts().size(); k++) {
            KnockOut ko = sheet.knockOuts().get(k);
            if (ko.criterion() != null && sheet.criterion(ko.criterion()).isEmpty()) {
                errors.add(new Problem(sp + ".knockOuts[" + k + "].criterion", RulesMessages.of(
                        "validate.knockOutCriterion", where, ko.id(), ko.criterion())));
            }
            if (ko.trigger().isPresent()) {
                var anyOf = ko.trigger().get().anyOf();
                for (int c = 0; c < anyOf.size(); c++) {
                    var cond = anyOf.get(c);
                    String cp = sp + ".knockOuts[" + k + "].trigger.anyOf[" + c + "]";
                    var crit = sheet.criterion(cond.criterion());
                    if (crit.isEmpty()) {
                        errors.add(new Problem(cp + ".criterion", RulesMessages.of(
                                "validate.knockOutTrigger", where, ko.id(), cond.criterion())));
                        continue;
                    }
                    for (String key : cond.options()) {
                        boolean known = crit.get().options().stream().anyMatch(op -> op.key().equals(key))
                                || ("none".equals(key) && crit.get().acceptsNone());
                        if (!known) {
                            errors.add(new Problem(cp + ".options", RulesMessages.of(
                                    "validate.knockOutOption", where, ko.id(), key, cond.criterion())));
                        }
                    }
                }
            }
        }
    }

    private static void validateSection(ScoringSheet sheet, Section sec, String path, List<Problem> errors,
                                        List<Problem> sums) {
        Message where = RulesMessages.of("validate.where.section", sheet.id(), sec.code());
        int sum = 0;
        for (int i = 0; i < sec.sections().size(); i++) {
            Section sub = sec.sections().get(i);
            sum += sub.maxPoints();
            validateSection(sheet, sub, path + ".sections[" + i + "]", errors, sums);
        }
        for (int i = 0; i < sec.criteria().size(); i++) {
            Criterion c = sec.criteria().get(i);
            sum += c.maxPoints();
            validateCriterion(sheet, c, path + ".criteria[" + i + "]", errors, sums);
        }
        if (sum != sec.maxPoints()) {
            sums.add(new Problem(path + ".maxPoints", RulesMessages.of("validate.itemsSum", where, sum,
                    sec.maxPoints())));
        }
    }

    private static void validateCriterion(ScoringSheet sheet, Criterion c, String path, List<Problem> errors,
                                          List<Problem> sums) {
        c.subjectTypes().ifPresent(t -> citation(path + ".subjectTypes.citation", t.citation(), errors));
        Message where = RulesMessages.of("validate.where.criterion", sheet.id(), c.code());
        boolean reachesMax = false;
        for (int i = 0; i < c.options().size(); i++) {
            Option o = c.options().get(i);
            String op = path + ".options[" + i + "]";
            String expectedKey = keyFor(i);
            if (!o.key().equals(expectedKey)) {
                errors.add(new Problem(op + ".key", RulesMessages.of("validate.optionKey", where, o.key(),
                        expectedKey)));
            }
            if (o.points() > c.maxPoints()) {
                errors.add(new Problem(op + ".points", RulesMessages.of("validate.optionPoints", where,
                        o.points(), c.maxPoints())));
            }
            reachesMax |= o.points() == c.maxPoints();
        }
        if (!c.options().isEmpty() && !reachesMax) {
            sums.add(new Problem(path + ".options", RulesMessages.of("validate.noMaximum", where,
                    c.maxPoints())));
        }
        if (c.options().isEmpty()) {
            errors.add(new Problem(path + ".options", RulesMessages.of("validate.noOptions", where)));
        }
        cycle(sheet, c).ifPresent(chain -> errors.add(new Problem(path + ".applicability.criterion",
                RulesMessages.of("validate.cycle", where, String.join(" → ", chain)))));
        c.applicability().ifPresent(a -> {
            Optional<Criterion> target = sheet.criterion(a.criterion());
            if (target.isEmpty()) {
                errors.add(new Problem(path + ".applicability.criterion", RulesMessages.of(
                        "validate.conditionCriterion", where, a.criterion())));
            } else {
                for (String k : a.anyOf()) {
                    if (target.get().option(k).isEmpty()) {
                        errors.add(new Problem(path + ".applicability.anyOf", RulesMessages.of(
                                "validate.conditionOption", where, a.criterion(), k)));
                    }
                }
            }
        });
    }

    /** {@return the chain of codes from a criterion back to itself through conditions, if there is one} */
    private static Optional<List<String>> cycle(ScoringSheet sheet, Criterion start) {
        List<String> chain = new ArrayList<>(List.of(start.code()));
        Set<String> seen = new HashSet<>(chain);
        Optional<Criterion> at = Optional.of(start);
        while (at.isPresent() && at.get().applicability().isPresent()) {
            String next = at.get().applicability().get().criterion();
            chain.add(next);
            if (next.equals(start.code())) {
                return Optional.of(chain);
            }
            if (!seen.add(next)) {
                return Optional.empty(); // a cycle further on, reported at its own criteria
            }
            at = sheet.criterion(next);
        }
        return Optional.empty();
    }

    private static String keyFor(int index) {
        return index < 26 ? String.valueOf((char) ('a' + index)) : "a" + index;
    }

    private static void validateTaxonomy(RuleSet rules, Set<String> sheetIds, List<Problem> errors,
                                         List<Problem> known) {
        if (rules.sheets().isEmpty()) {
            known.add(new Problem("$.sheets", RulesMessages.of("validate.noSheets", rules.id(),
                    rules.taxonomy().allSubgroups().size())));
        }
        Set<String> codes = new HashSet<>();
        List<ProductGroup> groups = rules.taxonomy().groups();
        for (int g = 0; g < groups.size(); g++) {
            ProductGroup group = groups.get(g);
            String gp = "$.taxonomy.groups[" + g + "]";
            if (!codes.add(group.code())) {
                errors.add(new Problem(gp + ".code", RulesMessages.of("validate.taxonomyTwice", group.code())));
            }
            for (int c = 0; c < group.categories().size(); c++) {
                ProductCategory cat = group.categories().get(c);
                String cp = gp + ".categories[" + c + "]";
                if (!codes.add(cat.code()) && cat.subgroups().stream().noneMatch(s -> s.code().equals(cat.code()))) {
                    errors.add(new Problem(cp + ".code", RulesMessages.of("validate.taxonomyTwice", cat.code())));
                }
                for (int s = 0; s < cat.subgroups().size(); s++) {
                    ProductSubgroup sub = cat.subgroups().get(s);
                    String p = cp + ".subgroups[" + s + "]";
                    if (!sub.code().equals(cat.code()) && !codes.add(sub.code())) {
                        errors.add(new Problem(p + ".code", RulesMessages.of("validate.taxonomyTwice", sub.code())));
                    }
                    if (sub.sheetId() != null && !sheetIds.contains(sub.sheetId())) {
                        errors.add(new Problem(p + ".sheet", RulesMessages.of("validate.subgroupSheet", sub.code(),
                                sub.sheetId())));
                    } else if (sub.sheetId() == null && !rules.sheets().isEmpty()) {
                        known.add(new Problem(p + ".sheet", RulesMessages.of("validate.subgroupGap", sub.code(),
                                sub.title())));
                    }
                }
            }
        }
    }
}
