package io.github.ocop.rules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ocop.core.model.CertificateRules;
import io.github.ocop.core.model.CitedStatement;
import io.github.ocop.core.model.DossierCopies;
import io.github.ocop.core.model.ReEvaluationRules;
import io.github.ocop.core.model.SupervisionRules;
import io.github.ocop.core.model.CouncilComposition;
import io.github.ocop.core.model.Decider;
import io.github.ocop.core.model.DocumentKind;
import io.github.ocop.core.model.DocumentRequirement;
import io.github.ocop.core.model.DossierRule;
import io.github.ocop.core.model.EvaluationKind;
import io.github.ocop.core.model.EvaluationLevel;
import io.github.ocop.core.model.LateTransitionPolicy;
import io.github.ocop.core.model.LevelAuthority;
import io.github.ocop.core.model.LevelRole;
import io.github.ocop.core.model.Necessity;
import io.github.ocop.core.model.ProcessRules;
import io.github.ocop.core.model.ProcessVersion;
import io.github.ocop.core.model.ReEntryPolicy;
import io.github.ocop.core.model.ReferralBasis;
import io.github.ocop.core.model.RevocationGround;
import io.github.ocop.core.model.RevocationRules;
import io.github.ocop.core.model.RoundRule;
import io.github.ocop.core.model.Transition;
import io.github.ocop.core.problem.Problem;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The one definition of the {@code process} section of a rule set file (docs/rule-set-format.md, "process"): it maps
 * the JSON to {@link ProcessRules} strictly, with located errors, and writes the model back in the same key order.
 * The compiled binary form stores this section as the JSON text this class writes.
 */
public final class ProcessJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ProcessJson() {
    }

    /**
     * Reads the {@code process} object.
     *
     * @param o the object at {@code $.process}
     * @return the process facts
     * @throws JsonProblem at the first problem, located
     */
    public static ProcessRules read(JsonObject o) {
        Map<String, Decider> deciders = new LinkedHashMap<>();
        for (Decider d : o.objects("deciders", x -> guard(x, () -> {
            Decider v = new Decider(x.string("id"), x.string("vi"), x.string("en"));
            x.finish();
            return v;
        }))) {
            if (deciders.putIfAbsent(d.id(), d) != null) {
                throw new JsonProblem(new Problem(o.pathOf("deciders"), RulesMessages.of("process.idTwice",
                        d.id())));
            }
        }
        Map<String, DocumentKind> documents = new LinkedHashMap<>();
        for (DocumentKind d : o.objects("documents", x -> guard(x, () -> {
            DocumentKind v = new DocumentKind(x.string("id"), x.string("vi"), x.string("en"), x.string("citation"),
                    Optional.ofNullable(x.optString("evidence")));
            x.finish();
            return v;
        }))) {
            if (documents.putIfAbsent(d.id(), d) != null) {
                throw new JsonProblem(new Problem(o.pathOf("documents"), RulesMessages.of("process.idTwice",
                        d.id())));
            }
        }
        JsonObject c = o.optObject("certificate");
        Optional<CertificateRules> certificate = Optional.ofNullable(c).map(ProcessJson::certificate);
        JsonObject r = o.optObject("revocation");
        Optional<RevocationRules> revocation = Optional.ofNullable(r).map(x -> revocation(x, deciders));
        JsonObject t = o.optObject("transition");
        Optional<Transition> transition = Optional.ofNullable(t).map(ProcessJson::transition);
        List<ProcessVersion> versions = o.objects("versions", x -> version(x, deciders, documents));
        JsonObject re = o.optObject("reEvaluation");
        Optional<ReEvaluationRules> reEvaluation = Optional.ofNullable(re).map(x -> reEvaluation(x, deciders));
        JsonObject su = o.optObject("supervision");
        Optional<SupervisionRules> supervision = Optional.ofNullable(su).map(x -> supervision(x, deciders));
        o.finish();
        return guard(o, () -> new ProcessRules(versions, certificate, revocation, transition,
                List.copyOf(documents.values()), List.copyOf(deciders.values()), reEvaluation, supervision));
    }

    private static CitedStatement statement(JsonObject y) {
        return guard(y, () -> new CitedStatement(y.string("vi"), y.string("en"), y.string("citation")));
    }

    private static CitedStatement closedStatement(JsonObject y) {
        CitedStatement s = statement(y);
        y.finish();
        return s;
    }

    private static ReEvaluationRules reEvaluation(JsonObject x, Map<String, Decider> deciders) {
        List<ReEvaluationRules.Level> levels = x.objects("levels", y -> {
            EvaluationLevel level = enumValue(y, "level", EvaluationLevel.class);
            ReEvaluationRules.CouncilMode mode = enumValue(y, "mode", ReEvaluationRules.CouncilMode.class);
            JsonObject mw = y.optObject("meetingWhen");
            Optional<CitedStatement> meetingWhen = Optional.ofNullable(mw).map(ProcessJson::closedStatement);
            Decider by = decider(y, "siteVisitBy", deciders);
            Set<ReEvaluationRules.SiteVisitGround> grounds = new LinkedHashSet<>();
            List<String> names = y.strings("siteVisitGrounds");
            for (int i = 0; i < names.size(); i++) {
                grounds.add(parse(ReEvaluationRules.SiteVisitGround.class, names.get(i),
                        y.pathOf("siteVisitGrounds") + "[" + i + "]"));
            }
            List<String> citations = y.strings("citations");
            y.finish();
            return guard(y, () -> new ReEvaluationRules.Level(level, mode, meetingWhen, by, grounds, citations));
        });
        x.finish();
        return guard(x, () -> new ReEvaluationRules(levels));
    }

    private static SupervisionRules supervision(JsonObject x, Map<String, Decider> deciders) {
        List<CitedStatement> principles = x.objects("principles", ProcessJson::closedStatement);
        List<CitedStatement> contents = x.objects("contents", ProcessJson::closedStatement);
        List<SupervisionRules.Duty> duties = x.objects("duties", y -> {
            Decider body = decider(y, "body", deciders);
            Set<Integer> stars = stars(y, "stars");
            Set<Integer> whenNeeded = stars(y, "whenNeeded");
            CitedStatement st = statement(y);
            y.finish();
            return guard(y, () -> new SupervisionRules.Duty(body, stars, whenNeeded, st));
        });
        x.finish();
        return guard(x, () -> new SupervisionRules(principles, contents, duties));
    }

    private static CertificateRules certificate(JsonObject x) {
        Set<Integer> stars = stars(x, "stars");
        int months = x.integer("validityMonths");
        JsonObject w = x.optObject("reEvaluationWindow");
        Optional<CertificateRules.FilingWindow> window = Optional.ofNullable(w).map(y -> guard(y, () -> {
            CertificateRules.FilingWindow v = new CertificateRules.FilingWindow(y.integer("fromDaysBeforeExpiry"),
                    y.integer("toDaysBeforeExpiry"), y.string("citation"));
            y.finish();
            return v;
        }));
        OptionalInt decision = optInt(x, "reEvaluationDecisionDays");
        List<String> citations = x.strings("citations");
        Optional<String> evidence = Optional.ofNullable(x.optString("evidence"));
        x.finish();
        return guard(x, () -> new CertificateRules(stars, months, window, decision, citations, evidence));
    }

    private static RevocationRules revocation(JsonObject x, Map<String, Decider> deciders) {
        List<RevocationGround> grounds = x.objects("grounds", y -> guard(y, () -> {
            RevocationGround g = new RevocationGround(y.string("point"), y.string("vi"), y.string("en"),
                    y.string("citation"));
            y.finish();
            return g;
        }));
        Map<Integer, Decider> by = new TreeMap<>();
        Map<Integer, List<String>> citations = new TreeMap<>();
        for (JsonObject a : x.objects("authorities", y -> y)) {
            Set<Integer> stars = stars(a, "stars");
            Decider d = decider(a, "decider", deciders);
            List<String> cites = a.strings("citations");
            a.finish();
            for (int s : stars) {
                if (by.put(s, d) != null) {
                    throw new JsonProblem(new Problem(a.pathOf("stars"), RulesMessages.of("process.twoAuthorities",
                            s)));
                }
                citations.put(s, cites);
            }
        }
        int days = x.integer("deadlineDays");
        List<String> general = x.strings("citations");
        citations.put(0, general);
        List<CitedStatement> procedure = x.objects("procedure", ProcessJson::closedStatement);
        List<CitedStatement> requesters = x.objects("requesters", ProcessJson::closedStatement);
        x.finish();
        return guard(x, () -> new RevocationRules(grounds, by, days, citations, procedure, requesters));
    }

    private static Transition transition(JsonObject x) {
        String previous = x.string("previous");
        Map<EvaluationKind, Integer> days = new EnumMap<>(EvaluationKind.class);
        JsonObject d = x.object("days");
        for (String k : fieldNames(d)) {
            days.put(parse(EvaluationKind.class, k, d.pathOf(k)), d.integer(k));
        }
        d.finish();
        LateTransitionPolicy late = enumValue(x, "latePolicy", LateTransitionPolicy.class);
        OptionalInt extension = optInt(x, "extensionDays");
        String provision = x.string("provision");
        Map<EvaluationKind, String> kindCitations = new EnumMap<>(EvaluationKind.class);
        JsonObject kc = x.object("kindCitations");
        for (String k : fieldNames(kc)) {
            kindCitations.put(parse(EvaluationKind.class, k, kc.pathOf(k)), kc.string(k));
        }
        kc.finish();
        String effective = x.string("effectiveCitation");
        String repeal = x.string("repealCitation");
        String ext = Optional.ofNullable(x.optString("extensionCitation")).orElse("");
        List<String> interpretations = x.strings("interpretations");
        x.finish();
        return guard(x, () -> new Transition(previous, days, late, extension, provision, kindCitations, effective,
                repeal, ext, interpretations));
    }

    private static ProcessVersion version(JsonObject x, Map<String, Decider> deciders,
            Map<String, DocumentKind> documents) {
        String id = x.string("id");
        String instrument = x.string("instrument");
        var first = x.date("firstDay");
        var last = Optional.ofNullable(x.optDate("lastDay"));
        List<LevelAuthority> levels = x.objects("levels", y -> level(y, deciders));
        JsonObject nc = x.object("noCertificate");
        List<String> ncCitations = nc.strings("citations");
        Optional<String> ncInterpretation = Optional.ofNullable(nc.optString("interpretation"));
        nc.finish();
        List<String> gap = x.strings("gapCitations");
        List<DossierRule> dossiers = x.objects("dossiers", y -> dossier(y, documents));
        Optional<String> dossierGap = Optional.ofNullable(x.optString("dossierGap"));
        List<RoundRule> rounds = x.objects("rounds", y -> guard(y, () -> {
            RoundRule rr = new RoundRule(enumValue(y, "level", EvaluationLevel.class), y.integer("number"),
                    monthDay(y, "heldBefore"), monthDay(y, "proposedBefore"), y.string("citation"));
            y.finish();
            return rr;
        }));
        ReEntryPolicy reEntry = enumValue(x, "reEntry", ReEntryPolicy.class);
        String reEntryCitation = x.string("reEntryCitation");
        Optional<String> evidence = Optional.ofNullable(x.optString("evidence"));
        x.finish();
        return guard(x, () -> new ProcessVersion(id, instrument, first, last, levels, ncCitations, ncInterpretation,
                gap, dossiers, dossierGap, rounds, reEntry, reEntryCitation, evidence));
    }

    private static LevelAuthority level(JsonObject y, Map<String, Decider> deciders) {
        EvaluationLevel level = enumValue(y, "level", EvaluationLevel.class);
        Optional<LevelRole> role = optEnum(y, "role", LevelRole.class);
        Decider decider = decider(y, "decider", deciders);
        Decider receivedBy = decider(y, "receivedBy", deciders);
        Set<Integer> certifies = stars(y, "certifies");
        Optional<EvaluationLevel> forwardsTo = optEnum(y, "forwardsTo", EvaluationLevel.class);
        OptionalInt from = optInt(y, "forwardFrom");
        Optional<ReferralBasis> basis = optEnum(y, "forwardBasis", ReferralBasis.class);
        Optional<String> form = Optional.ofNullable(y.optString("reportForm"));
        OptionalInt due = optInt(y, "dueWorkingDays");
        Optional<EvaluationLevel> back = optEnum(y, "returnsUncertifiedTo", EvaluationLevel.class);
        List<String> cc = y.strings("certifyCitations");
        List<String> fc = y.strings("forwardCitations");
        List<String> rc = y.strings("returnCitations");
        String evidence = y.string("evidence");
        JsonObject co = y.optObject("council");
        Optional<CouncilComposition> council = Optional.ofNullable(co).map(z -> guard(z, () -> {
            CouncilComposition v = new CouncilComposition(z.string("composition"), z.string("citation"));
            z.finish();
            return v;
        }));
        y.finish();
        OptionalDouble threshold = from.isPresent() ? OptionalDouble.of(from.getAsInt()) : OptionalDouble.empty();
        return guard(y, () -> new LevelAuthority(level, decider, receivedBy, certifies, forwardsTo, threshold, basis,
                form, due, back, cc, fc, rc, evidence, council,
                role.orElseGet(() -> LevelAuthority.derivedRole(certifies, threshold))));
    }

    private static DossierRule dossier(JsonObject y, Map<String, DocumentKind> documents) {
        Set<EvaluationKind> kinds = new LinkedHashSet<>();
        List<String> names = y.strings("kinds");
        for (int i = 0; i < names.size(); i++) {
            kinds.add(parse(EvaluationKind.class, names.get(i), y.pathOf("kinds") + "[" + i + "]"));
        }
        EvaluationLevel level = enumValue(y, "level", EvaluationLevel.class);
        List<DocumentRequirement> lines = y.objects("lines", z -> {
            List<DocumentKind> anyOf = new ArrayList<>();
            List<String> ids = z.strings("anyOf");
            for (int i = 0; i < ids.size(); i++) {
                DocumentKind k = documents.get(ids.get(i));
                if (k == null) {
                    throw new JsonProblem(new Problem(z.pathOf("anyOf") + "[" + i + "]", RulesMessages.of(
                            "process.unknownDocument", ids.get(i), RulesMessages.choices(documents.keySet()))));
                }
                anyOf.add(k);
            }
            Necessity necessity = enumValue(z, "necessity", Necessity.class);
            String citation = z.string("citation");
            Optional<String> evidence = Optional.ofNullable(z.optString("evidence"));
            Set<String> groups = new LinkedHashSet<>(z.strings("groups"));
            z.finish();
            return guard(z, () -> new DocumentRequirement(anyOf, necessity, citation, groups, evidence));
        });
        List<String> interpretations = y.strings("interpretations");
        JsonObject cp = y.optObject("copies");
        Optional<DossierCopies> copies = Optional.ofNullable(cp).map(z -> guard(z, () -> {
            DossierCopies v = new DossierCopies(z.integer("paper"), z.integer("electronic"), z.string("citation"));
            z.finish();
            return v;
        }));
        y.finish();
        return guard(y, () -> new DossierRule(kinds, level, lines, interpretations, copies));
    }

    // ---- writing

    /**
     * Writes the process facts in the file's key order.
     *
     * @param p the process facts
     * @return the {@code process} object
     */
    public static ObjectNode write(ProcessRules p) {
        ObjectNode o = F.objectNode();
        ArrayNode ds = o.putArray("deciders");
        for (Decider d : p.deciders()) {
            ds.addObject().put("id", d.id()).put("vi", d.vietnamese()).put("en", d.english());
        }
        ArrayNode docs = o.putArray("documents");
        for (DocumentKind d : p.documents()) {
            ObjectNode dn = docs.addObject().put("id", d.id()).put("vi", d.vietnamese()).put("en", d.english())
                    .put("citation", d.citation());
            d.evidence().ifPresent(e -> dn.put("evidence", e));
        }
        if (p.certificate().isPresent()) {
            CertificateRules c = p.certificate().get();
            ObjectNode co = o.putObject("certificate");
            ints(co.putArray("stars"), c.stars());
            co.put("validityMonths", c.validityMonths());
            if (c.reEvaluationWindow().isPresent()) {
                CertificateRules.FilingWindow w = c.reEvaluationWindow().get();
                co.putObject("reEvaluationWindow").put("fromDaysBeforeExpiry", w.fromDaysBeforeExpiry())
                        .put("toDaysBeforeExpiry", w.toDaysBeforeExpiry()).put("citation", w.citation());
            } else {
                co.putNull("reEvaluationWindow");
            }
            putInt(co, "reEvaluationDecisionDays", c.reEvaluationDecisionDays());
            strings(co.putArray("citations"), c.citations());
            c.evidence().ifPresent(e -> co.put("evidence", e));
        } else {
            o.putNull("certificate");
        }
        if (p.revocation().isPresent()) {
            RevocationRules r = p.revocation().get();
            ObjectNode ro = o.putObject("revocation");
            ArrayNode gs = ro.putArray("grounds");
            for (RevocationGround g : r.grounds()) {
                gs.addObject().put("point", g.point()).put("vi", g.vietnamese()).put("en", g.english())
                        .put("citation", g.citation());
            }
            ArrayNode as = ro.putArray("authorities");
            Map<String, List<Integer>> byDecider = new LinkedHashMap<>();
            Map<String, List<String>> cites = new LinkedHashMap<>();
            new TreeMap<>(r.deciders()).forEach((s, d) -> {
                String key = d.id() + "\u0000" + r.citations().getOrDefault(s, List.of());
                byDecider.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
                cites.put(key, r.citations().getOrDefault(s, List.of()));
            });
            byDecider.forEach((key, stars) -> {
                ObjectNode a = as.addObject();
                ints(a.putArray("stars"), stars);
                a.put("decider", key.substring(0, key.indexOf('\u0000')));
                strings(a.putArray("citations"), cites.get(key));
            });
            ro.put("deadlineDays", r.deadlineDays());
            strings(ro.putArray("citations"), r.citations().getOrDefault(0, List.of()));
            if (!r.procedure().isEmpty()) {
                statements(ro.putArray("procedure"), r.procedure());
            }
            if (!r.requesters().isEmpty()) {
                statements(ro.putArray("requesters"), r.requesters());
            }
        } else {
            o.putNull("revocation");
        }
        if (p.transition().isPresent()) {
            Transition t = p.transition().get();
            ObjectNode to = o.putObject("transition");
            to.put("previous", t.previous());
            ObjectNode days = to.putObject("days");
            new EnumMap<>(t.days()).forEach((k, v) -> days.put(k.name(), v));
            to.put("latePolicy", t.latePolicy().name());
            putInt(to, "extensionDays", t.extensionDays());
            to.put("provision", t.provision());
            ObjectNode kc = to.putObject("kindCitations");
            new EnumMap<>(t.kindCitations()).forEach((k, v) -> kc.put(k.name(), v));
            to.put("effectiveCitation", t.effectiveCitation());
            to.put("repealCitation", t.repealCitation());
            if (t.extensionCitation().isEmpty()) {
                to.putNull("extensionCitation");
            } else {
                to.put("extensionCitation", t.extensionCitation());
            }
            strings(to.putArray("interpretations"), t.interpretations());
        } else {
            o.putNull("transition");
        }
        ArrayNode vs = o.putArray("versions");
        for (ProcessVersion v : p.versions()) {
            vs.add(version(v));
        }
        p.reEvaluation().ifPresent(re -> {
            ArrayNode ls = o.putObject("reEvaluation").putArray("levels");
            for (ReEvaluationRules.Level l : re.levels()) {
                ObjectNode lo = ls.addObject();
                lo.put("level", l.level().name()).put("mode", l.mode().name());
                l.meetingWhen().ifPresent(m -> statement(lo.putObject("meetingWhen"), m));
                lo.put("siteVisitBy", l.siteVisitBy().id());
                ArrayNode g = lo.putArray("siteVisitGrounds");
                Arrays.stream(ReEvaluationRules.SiteVisitGround.values()).filter(l.siteVisitGrounds()::contains)
                        .forEach(x -> g.add(x.name()));
                strings(lo.putArray("citations"), l.citations());
            }
        });
        p.supervision().ifPresent(su -> {
            ObjectNode so = o.putObject("supervision");
            statements(so.putArray("principles"), su.principles());
            statements(so.putArray("contents"), su.contents());
            ArrayNode duties = so.putArray("duties");
            for (SupervisionRules.Duty d : su.duties()) {
                ObjectNode dn = duties.addObject();
                dn.put("body", d.body().id());
                ints(dn.putArray("stars"), d.stars());
                ints(dn.putArray("whenNeeded"), d.whenNeededStars());
                statement(dn, d.statement());
            }
        });
        return o;
    }

    private static void statements(ArrayNode a, List<CitedStatement> values) {
        values.forEach(v -> statement(a.addObject(), v));
    }

    private static ObjectNode statement(ObjectNode o, CitedStatement v) {
        return o.put("vi", v.vietnamese()).put("en", v.english()).put("citation", v.citation());
    }

    private static ObjectNode version(ProcessVersion v) {
        ObjectNode o = F.objectNode();
        o.put("id", v.id()).put("instrument", v.instrument()).put("firstDay", v.firstDay().toString());
        if (v.lastDay().isPresent()) {
            o.put("lastDay", v.lastDay().get().toString());
        } else {
            o.putNull("lastDay");
        }
        ArrayNode ls = o.putArray("levels");
        for (LevelAuthority a : v.levels()) {
            ObjectNode l = ls.addObject();
            l.put("level", a.level().name()).put("role", a.role().name()).put("decider", a.decider().id())
                    .put("receivedBy", a.receivedBy().id());
            ints(l.putArray("certifies"), a.certifiedStars());
            putText(l, "forwardsTo", a.forwardsTo().map(Enum::name));
            if (a.forwardThreshold().isPresent()) {
                l.put("forwardFrom", (int) a.forwardThreshold().getAsDouble());
            } else {
                l.putNull("forwardFrom");
            }
            putText(l, "forwardBasis", a.forwardBasis().map(Enum::name));
            putText(l, "reportForm", a.reportForm());
            putInt(l, "dueWorkingDays", a.dueWorkingDays());
            putText(l, "returnsUncertifiedTo", a.returnsUncertifiedTo().map(Enum::name));
            strings(l.putArray("certifyCitations"), a.certifyCitations());
            strings(l.putArray("forwardCitations"), a.forwardCitations());
            strings(l.putArray("returnCitations"), a.returnCitations());
            l.put("evidence", a.evidence());
            a.council().ifPresent(c -> l.putObject("council").put("composition", c.composition())
                    .put("citation", c.citation()));
        }
        ObjectNode nc = o.putObject("noCertificate");
        strings(nc.putArray("citations"), v.noCertificateCitations());
        putText(nc, "interpretation", v.noCertificateInterpretation());
        strings(o.putArray("gapCitations"), v.gapCitations());
        ArrayNode ds = o.putArray("dossiers");
        for (DossierRule r : v.dossiers()) {
            ObjectNode d = ds.addObject();
            ArrayNode kinds = d.putArray("kinds");
            Arrays.stream(EvaluationKind.values()).filter(r.kinds()::contains).forEach(k -> kinds.add(k.name()));
            d.put("level", r.level().name());
            ArrayNode lines = d.putArray("lines");
            for (DocumentRequirement q : r.lines()) {
                ObjectNode line = lines.addObject();
                strings(line.putArray("anyOf"), q.anyOf().stream().map(DocumentKind::id).toList());
                line.put("necessity", q.necessity().name()).put("citation", q.citation());
                q.evidence().ifPresent(e -> line.put("evidence", e));
                strings(line.putArray("groups"), q.groups().stream().sorted(ProcessJson::romanOrder).toList());
            }
            strings(d.putArray("interpretations"), r.interpretations());
            r.copies().ifPresent(c -> d.putObject("copies").put("paper", c.paper()).put("electronic", c.electronic())
                    .put("citation", c.citation()));
        }
        putText(o, "dossierGap", v.dossierGap());
        ArrayNode rs = o.putArray("rounds");
        for (RoundRule r : v.rounds()) {
            rs.addObject().put("level", r.level().name()).put("number", r.number())
                    .put("heldBefore", r.heldBefore().toString()).put("proposedBefore", r.proposedBefore().toString())
                    .put("citation", r.citation());
        }
        o.put("reEntry", v.reEntry().name());
        o.put("reEntryCitation", v.reEntryCitation());
        v.evidence().ifPresent(e -> o.put("evidence", e));
        return o;
    }

    private static int romanOrder(String a, String b) {
        List<String> order = List.of("I", "II", "III", "IV", "V", "VI");
        int ia = order.indexOf(a);
        int ib = order.indexOf(b);
        return ia >= 0 && ib >= 0 ? Integer.compare(ia, ib) : a.compareTo(b);
    }

    // ---- helpers

    private static void ints(ArrayNode a, java.util.Collection<Integer> values) {
        values.stream().sorted().forEach(a::add);
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }

    private static void putInt(ObjectNode o, String key, OptionalInt v) {
        if (v.isPresent()) {
            o.put(key, v.getAsInt());
        } else {
            o.putNull(key);
        }
    }

    private static void putText(ObjectNode o, String key, Optional<String> v) {
        if (v.isPresent()) {
            o.put(key, v.get());
        } else {
            o.putNull(key);
        }
    }

    private static List<String> fieldNames(JsonObject o) {
        List<String> out = new ArrayList<>();
        Iterator<String> it = o.node().fieldNames();
        it.forEachRemaining(out::add);
        return out;
    }

    private static Set<Integer> stars(JsonObject o, String key) {
        JsonNode v = o.node().get(key);
        o.has(key);
        Set<Integer> out = new LinkedHashSet<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isArray()) {
            throw new JsonProblem(new Problem(o.pathOf(key), RulesMessages.of("process.starsArray",
                    JsonObject.describe(v))));
        }
        for (int i = 0; i < v.size(); i++) {
            JsonNode n = v.get(i);
            if (!n.isInt() || n.intValue() < 1 || n.intValue() > 5) {
                throw new JsonProblem(new Problem(o.pathOf(key) + "[" + i + "]", RulesMessages.of(
                        "process.starRank", JsonObject.describe(n))));
            }
            out.add(n.intValue());
        }
        return out;
    }

    private static OptionalInt optInt(JsonObject o, String key) {
        Integer v = o.optInteger(key);
        return v == null ? OptionalInt.empty() : OptionalInt.of(v);
    }

    private static MonthDay monthDay(JsonObject o, String key) {
        String v = o.string(key);
        try {
            return MonthDay.parse(v);
        } catch (DateTimeParseException e) {
            throw new JsonProblem(new Problem(o.pathOf(key), RulesMessages.of("process.monthDay", v)));
        }
    }

    private static Decider decider(JsonObject o, String key, Map<String, Decider> deciders) {
        String id = o.string(key);
        Decider d = deciders.get(id);
        if (d == null) {
            throw new JsonProblem(new Problem(o.pathOf(key), RulesMessages.of("process.unknownDecider", id,
                    RulesMessages.choices(deciders.keySet()))));
        }
        return d;
    }

    private static <E extends Enum<E>> E enumValue(JsonObject o, String key, Class<E> type) {
        return parse(type, o.string(key), o.pathOf(key));
    }

    private static <E extends Enum<E>> Optional<E> optEnum(JsonObject o, String key, Class<E> type) {
        String v = o.optString(key);
        return v == null ? Optional.empty() : Optional.of(parse(type, v, o.pathOf(key)));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String path) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        throw new JsonProblem(new Problem(path, ReadMessages.UNKNOWN_VALUE.message(value,
                RulesMessages.choices(type.getEnumConstants()))));
    }

    private static <T> T guard(JsonObject o, Supplier<T> f) {
        try {
            return f.get();
        } catch (IllegalArgumentException e) {
            throw new JsonProblem(new Problem(o.path(), RulesMessages.refused(e)));
        }
    }
}
