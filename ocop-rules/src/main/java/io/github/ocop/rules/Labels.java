package io.github.ocop.rules;

import io.github.ocop.core.model.Part;
import io.github.ocop.core.model.PartCode;
import io.github.ocop.core.model.PartDefinition;
import io.github.ocop.core.model.ProductCategory;
import io.github.ocop.core.model.ProductGroup;
import io.github.ocop.core.model.ProductSubgroup;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.core.model.Section;
import io.github.ocop.rules.internal.TitleDictionary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The titles of one rule set in one language (nhãn song ngữ): groups, categories, subgroups, parts, sheets, sections
 * and criteria, each under a stable id. Vietnamese is the official text and is returned verbatim; English titles are
 * the ocop-rules team's own, unofficial translations (the resource bundle {@code i18n/titles_en.properties}, keyed by
 * the Vietnamese title; a {@code titles_fr.properties} beside it would add French), and any title without a
 * translation falls back to its Vietnamese text. Option texts are never translated.
 *
 * <p>Ids: {@code group.I}, {@code category.I.1}, {@code subgroup.I.1.a}, {@code part.A} (the decision's part
 * definition), {@code sheet.1} (the sheet's title), {@code sheet.1.part.A}, {@code sheet.1.section.1},
 * {@code sheet.1.criterion.1.1}. Immutable and thread-safe.
 */
public final class Labels {
    /** Vietnamese, the language of the decisions. */
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final RuleSet ruleSet;
    private final Locale locale;
    private final Map<String, String> dictionary;
    /** The titles of the taxonomy and of the decision's parts. */
    private final Titled common;
    /** Each sheet's titles, made when first asked for (issue 18: a score card reads one sheet of 26). */
    private final java.util.concurrent.ConcurrentHashMap<String, Titled> bySheet =
            new java.util.concurrent.ConcurrentHashMap<>();
    /** Every title of the rule set in document order, made when first asked for ({@link #ids()}, {@link #text}). */
    private volatile Titled all;

    /** Vietnamese titles by id in document order, and the translations found for them. */
    private record Titled(Map<String, String> vietnamese, Map<String, String> translated) {
    }

    private Labels(RuleSet ruleSet, Locale locale, Map<String, String> dictionary) {
        this.ruleSet = ruleSet;
        this.locale = locale;
        this.dictionary = dictionary;
        this.common = titled(commonTitles(ruleSet));
    }

    /**
     * The labels of a rule set in a language. Vietnamese ({@code vi}) gives the official titles; English
     * ({@code en}) the team translations; a language without a translation bundle of its own falls back to
     * Vietnamese.
     *
     * @param ruleSet the rule set
     * @param locale  the language wanted
     * @return its labels
     */
    public static Labels of(RuleSet ruleSet, Locale locale) {
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(locale, "locale");
        return new Labels(ruleSet, locale, isVietnamese(locale) ? Map.of() : TitleDictionary.of(locale.getLanguage()));
    }

    private static Map<String, String> commonTitles(RuleSet ruleSet) {
        Map<String, String> vi = new LinkedHashMap<>();
        for (ProductGroup g : ruleSet.taxonomy().groups()) {
            vi.put("group." + g.code(), g.title());
            for (ProductCategory c : g.categories()) {
                vi.put("category." + c.code(), c.title());
                for (ProductSubgroup s : c.subgroups()) {
                    vi.put("subgroup." + s.code(), s.title());
                }
            }
        }
        for (PartDefinition p : ruleSet.parts()) {
            vi.put("part." + p.code(), p.title());
        }
        return vi;
    }

    private static Map<String, String> sheetTitles(ScoringSheet sheet) {
        Map<String, String> vi = new LinkedHashMap<>();
        String prefix = "sheet." + sheet.id();
        vi.put(prefix, sheet.title());
        for (Part p : sheet.parts()) {
            vi.put(prefix + ".part." + p.code(), p.title());
            p.sections().forEach(s -> sections(vi, prefix, s));
        }
        return vi;
    }

    /** {@return the titles with their translations in this language (none to look up for Vietnamese)} */
    private Titled titled(Map<String, String> vi) {
        Map<String, String> tr = new HashMap<>();
        if (!dictionary.isEmpty()) { // Vietnamese: nothing to look up, no title to normalise (issue 18, the start)
            vi.forEach((id, title) -> {
                String t = dictionary.get(TitleDictionary.normalise(title));
                if (t != null) {
                    tr.put(id, t);
                }
            });
        }
        return new Titled(Collections.unmodifiableMap(vi), Collections.unmodifiableMap(tr));
    }

    private Titled all() {
        Titled a = all;
        if (a == null) {
            Map<String, String> vi = new LinkedHashMap<>(common.vietnamese());
            Map<String, String> tr = new HashMap<>(common.translated());
            for (ScoringSheet sheet : ruleSet.sheets()) {
                Titled t = ofSheet(sheet.id());
                vi.putAll(t.vietnamese());
                tr.putAll(t.translated());
            }
            a = new Titled(Collections.unmodifiableMap(vi), Collections.unmodifiableMap(tr));
            all = a;
        }
        return a;
    }

    /** {@return the titles of the rule set's sheet of that id, or null when it has none} */
    private Titled ofSheet(String sheetId) {
        return bySheet.computeIfAbsent(sheetId, id -> ruleSet.sheet(id).map(s -> titled(sheetTitles(s))).orElse(null));
    }

    /** {@return a title of one sheet of the rule set, through that sheet's titles only} */
    private String sheetText(ScoringSheet sheet, String id) {
        Titled t = ofSheet(Objects.requireNonNull(sheet, "sheet").id());
        String vi = t == null ? null : t.vietnamese().get(id);
        if (vi == null) {
            throw new IllegalArgumentException("rule set " + ruleSet.id() + " has no title with id " + id);
        }
        return t.translated().getOrDefault(id, vi);
    }

    private static void sections(Map<String, String> vi, String prefix, Section s) {
        vi.put(prefix + ".section." + s.code(), s.title());
        s.sections().forEach(sub -> sections(vi, prefix, sub));
        s.criteria().forEach(c -> vi.put(prefix + ".criterion." + c.code(), c.title()));
    }

    private static boolean isVietnamese(Locale locale) {
        return locale.getLanguage().equals("vi");
    }

    /** The base name of the Vietnamese wording of the team's notes ({@code i18n/notes_vi.properties}). */
    static final String NOTES = "io.github.ocop.rules.i18n.notes";
    private static volatile Map<String, String> vietnameseNotes;

    /**
     * The known deviations of a sheet of this rule set in this language (sai lệch đã biết): notes of the ocop-rules
     * team, which the rule set file holds in English; for labels in any language but English each is given in its
     * Vietnamese wording ({@code i18n/notes_vi.properties}) when there is one, as the file holds it otherwise.
     *
     * @param sheet a sheet of the rule set
     * @return its deviations, in order
     */
    public List<String> deviations(ScoringSheet sheet) {
        Objects.requireNonNull(sheet, "sheet");
        List<String> out = new ArrayList<>();
        for (String d : sheet.deviations()) {
            out.add(note(d, locale));
        }
        return List.copyOf(out);
    }

    /** {@return a note of the team in a language: as written for English, else its Vietnamese wording if any} */
    static String note(String text, Locale locale) {
        if (io.github.ocop.core.text.Messages.english(locale)) {
            return text; // the team writes its notes in English
        }
        Map<String, String> m = vietnameseNotes;
        if (m == null) {
            m = readNotes();
            vietnameseNotes = m;
        }
        return m.getOrDefault(TitleDictionary.normalise(text), text);
    }

    private static Map<String, String> readNotes() {
        ResourceBundle bundle;
        try {
            bundle = ResourceBundle.getBundle(NOTES, VIETNAMESE);
        } catch (MissingResourceException e) {
            return Map.of();
        }
        if (!bundle.getLocale().getLanguage().equals("vi")) {
            return Map.of();
        }
        Map<String, String> m = new HashMap<>();
        for (String note : bundle.keySet()) {
            m.put(TitleDictionary.normalise(note), bundle.getString(note).strip());
        }
        return Map.copyOf(m);
    }

    /** A note of the team as a message argument, worded in the message's language ({@link #note}). */
    record Note(String text) implements io.github.ocop.core.text.Localized {
        @Override
        public String format(Locale locale) {
            return note(text, locale);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** {@return the rule set's id} */
    public String ruleSetId() {
        return ruleSet.id();
    }

    /** {@return the language of these labels} */
    public Locale locale() {
        return locale;
    }

    /** {@return true when the labels are the official Vietnamese titles (no translation involved)} */
    public boolean official() {
        return isVietnamese(locale);
    }

    /** {@return every label id of the rule set, in document order} */
    public List<String> ids() {
        return List.copyOf(all().vietnamese().keySet());
    }

    /**
     * {@return the title under that id in this language, falling back to the Vietnamese title}
     *
     * @param id a label id
     * @throws IllegalArgumentException when the rule set has no such id
     */
    public String text(String id) {
        Objects.requireNonNull(id, "id");
        Titled t = common.vietnamese().containsKey(id) ? common : all();
        String vi = t.vietnamese().get(id);
        if (vi == null) {
            throw new IllegalArgumentException("rule set " + ruleSet.id() + " has no title with id " + id);
        }
        return t.translated().getOrDefault(id, vi);
    }

    /**
     * {@return the translated title, empty for Vietnamese labels and for a missing translation}
     *
     * @param id a label id
     */
    public Optional<String> translation(String id) {
        return Optional.ofNullable(all().translated().get(Objects.requireNonNull(id, "id")));
    }

    /** {@return the ids whose title has no translation in this language (all of them for Vietnamese)} */
    public List<String> missing() {
        List<String> m = new ArrayList<>();
        Titled a = all();
        for (String id : a.vietnamese().keySet()) {
            if (!a.translated().containsKey(id)) {
                m.add(id);
            }
        }
        return List.copyOf(m);
    }

    /**
     * The title of a group.
     *
     * @param code a group code, e.g. {@code I}
     * @return its title
     */
    public String group(String code) {
        return text("group." + code);
    }

    /**
     * The title of a category.
     *
     * @param code a category code, e.g. {@code I.1}
     * @return its title
     */
    public String category(String code) {
        return text("category." + code);
    }

    /**
     * The title of a subgroup.
     *
     * @param code a subgroup code, e.g. {@code I.1.a}
     * @return its title
     */
    public String subgroup(String code) {
        return text("subgroup." + code);
    }

    /**
     * The title of a part, as the decision defines it.
     *
     * @param code a part code
     * @return the title of the decision's part definition
     */
    public String part(PartCode code) {
        return text("part." + Objects.requireNonNull(code, "code"));
    }

    /**
     * The title of a scoring sheet.
     *
     * @param sheet a sheet of the rule set
     * @return its title
     */
    public String sheet(ScoringSheet sheet) {
        return sheetText(sheet, "sheet." + Objects.requireNonNull(sheet, "sheet").id());
    }

    /**
     * The title of a part as printed on one sheet.
     *
     * @param sheet a sheet of the rule set
     * @param code  a part code
     * @return the part's title on that sheet
     */
    public String part(ScoringSheet sheet, PartCode code) {
        return sheetText(sheet, "sheet." + Objects.requireNonNull(sheet, "sheet").id() + ".part."
                + Objects.requireNonNull(code, "code"));
    }

    /**
     * The title of a section of a sheet.
     *
     * @param sheet a sheet of the rule set
     * @param code  a section code
     * @return the section's title
     */
    public String section(ScoringSheet sheet, String code) {
        return sheetText(sheet, "sheet." + Objects.requireNonNull(sheet, "sheet").id() + ".section." + code);
    }

    /**
     * The title of a criterion of a sheet.
     *
     * @param sheet a sheet of the rule set
     * @param code  a criterion code
     * @return the criterion's title
     */
    public String criterion(ScoringSheet sheet, String code) {
        return sheetText(sheet, "sheet." + Objects.requireNonNull(sheet, "sheet").id() + ".criterion." + code);
    }

    /**
     * {@return for translated labels, a one-line notice that the titles are unofficial translations; empty for
     * Vietnamese}
     */
    public Optional<String> notice() {
        return official() ? Optional.empty()
                : Optional.of("Titles: unofficial ocop-rules team translations; the Vietnamese text of the decision "
                + "is authoritative. Option texts are quoted in Vietnamese.");
    }

    @Override
    public String toString() {
        Titled a = all();
        return "Labels[" + ruleSet.id() + ", " + locale.toLanguageTag() + ", " + a.translated().size() + "/"
                + a.vietnamese().size() + " translated]";
    }
}
