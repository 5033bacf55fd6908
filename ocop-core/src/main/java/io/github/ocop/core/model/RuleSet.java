package io.github.ocop.core.model;

import io.github.ocop.core.internal.CoreMessages;
import io.github.ocop.core.internal.InForce;
import io.github.ocop.core.internal.LazyRuleSets;
import io.github.ocop.core.text.Message;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The OCOP rules of one decision (bộ tiêu chí): its instrument and dates, part maxima, star bands, taxonomy and
 * scoring sheets, with the interpretations and errata applied in producing it. Immutable and thread-safe.
 */
public final class RuleSet {
    private final String id;
    private final String title;
    private final LegalInstrument instrument;
    private final Provenance provenance;
    private final List<PartDefinition> parts;
    private final StarRanking starRanking;
    private final List<Interpretation> interpretations;
    private final List<Erratum> errata;
    private final ProductTaxonomy taxonomy;
    private final List<ScoringSheet> sheets;
    /** The process facts, or what computes them on first use (a compiled rule set decodes them lazily). */
    private final ProcessHolder process;
    /** Sheet id to its index in {@link #sheets} (a compiled rule set's sheets are decoded when first read). */
    private final Map<String, Integer> sheetIndex;
    private final String digest;

    private RuleSet(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id");
        this.title = Objects.requireNonNull(b.title, "title");
        this.instrument = Objects.requireNonNull(b.instrument, "instrument");
        this.provenance = Objects.requireNonNull(b.provenance, "provenance");
        this.parts = List.copyOf(Objects.requireNonNull(b.parts, "parts"));
        this.starRanking = Objects.requireNonNull(b.starRanking, "starRanking");
        this.interpretations = List.copyOf(Objects.requireNonNull(b.interpretations, "interpretations"));
        this.errata = List.copyOf(Objects.requireNonNull(b.errata, "errata"));
        this.taxonomy = Objects.requireNonNull(b.taxonomy, "taxonomy");
        List<String> ids;
        if (b.sheetsLater != null) {
            this.sheets = b.sheetsLater;
            ids = b.sheetsLater.ids();
        } else {
            this.sheets = List.copyOf(Objects.requireNonNull(b.sheets, "sheets"));
            ids = sheets.stream().map(ScoringSheet::id).toList();
        }
        this.process = b.processLater != null ? new ProcessHolder(null, b.processLater)
                : new ProcessHolder(Objects.requireNonNull(b.process, "process"), null);
        this.digest = b.digest;
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            if (m.putIfAbsent(ids.get(i), i) != null) {
                throw CoreMessages.refusal("model.duplicateSheet", id, ids.get(i));
            }
        }
        this.sheetIndex = Map.copyOf(m);
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the rule set id, as its file names it ({@code "id"}: lower-case letters, digits and dashes)} */
    public String id() {
        return id;
    }

    /** {@return the title} */
    public String title() {
        return title;
    }

    /** {@return the decision it encodes} */
    public LegalInstrument instrument() {
        return instrument;
    }

    /** {@return where its data comes from} */
    public Provenance provenance() {
        return provenance;
    }

    /** {@return the part maxima the decision sets} */
    public List<PartDefinition> parts() {
        return parts;
    }

    /**
     * {@return the part definition, if defined}
     *
     * @param code A, B or C
     */
    public Optional<PartDefinition> part(PartCode code) {
        Objects.requireNonNull(code, "code");
        return parts.stream().filter(p -> p.code() == code).findFirst();
    }

    /** {@return the star bands} */
    public StarRanking starRanking() {
        return starRanking;
    }

    /** {@return the named interpretations used} */
    public List<Interpretation> interpretations() {
        return interpretations;
    }

    /**
     * {@return the interpretation, if recorded}
     *
     * @param id an interpretation id
     */
    public Optional<Interpretation> interpretation(String id) {
        Objects.requireNonNull(id, "id");
        return interpretations.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** {@return the errata applied} */
    public List<Erratum> errata() {
        return errata;
    }

    /** {@return the product taxonomy} */
    public ProductTaxonomy taxonomy() {
        return taxonomy;
    }

    /** {@return the scoring sheets in annex order} */
    public List<ScoringSheet> sheets() {
        return sheets;
    }

    /**
     * {@return the sheet, if the rule set has it}
     *
     * @param sheetId a sheet id
     */
    public Optional<ScoringSheet> sheet(String sheetId) {
        Integer i = sheetIndex.get(Objects.requireNonNull(sheetId, "sheetId"));
        return i == null ? Optional.empty() : Optional.of(sheets.get(i));
    }

    /** {@return the process facts of the decision (levels, certificates, dossiers, rounds, transition)} */
    public ProcessRules process() {
        return process.get();
    }

    /** The process facts, known or computed once on first use (thread-safe: double-checked on a volatile field). */
    private static final class ProcessHolder {
        private volatile ProcessRules value;
        private Supplier<ProcessRules> later;

        ProcessHolder(ProcessRules value, Supplier<ProcessRules> later) {
            this.value = value;
            this.later = later;
        }

        ProcessRules get() {
            ProcessRules p = value;
            if (p == null) {
                synchronized (this) {
                    p = value;
                    if (p == null) {
                        p = Objects.requireNonNull(later.get(), "process");
                        value = p;
                        later = null;
                    }
                }
            }
            return p;
        }
    }

    /**
     * Returns {@code date} if this rule set is in force on it (its instrument's {@code effectiveFrom} to
     * {@code effectiveUntil}, both included).
     *
     * @param date the date
     * @param what what the date is, for the message (e.g. {@code "issue date"})
     * @return {@code date}
     * @throws io.github.ocop.core.problem.OcopArgumentException (an {@code IllegalArgumentException}) naming the rule
     *     set, the period it is in force and the date; {@code what} is shown as given, in every language
     */
    public LocalDate requireInForce(LocalDate date, String what) {
        Objects.requireNonNull(what, "what");
        return InForce.require(this, date, Message.text(what));
    }

    /** {@return the SHA-256 content digest of the source the rule set was loaded from, if known (hex)} */
    public Optional<String> digest() {
        return Optional.ofNullable(digest);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuleSet r && r.id.equals(id) && r.title.equals(title) && r.instrument.equals(instrument)
                && r.provenance.equals(provenance) && r.parts.equals(parts) && r.starRanking.equals(starRanking)
                && r.interpretations.equals(interpretations) && r.errata.equals(errata)
                && r.taxonomy.equals(taxonomy) && r.sheets.equals(sheets) && r.process().equals(process());
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, instrument, sheetIndex); // the ids, not the sheets: hashing decodes no sheet
    }

    @Override
    public String toString() {
        return "RuleSet[" + id + ", " + sheets.size() + " sheets]";
    }

    /** Builds a {@link RuleSet}; not thread-safe, the built rule set is. */
    public static final class Builder {
        private String id;
        private String title;
        private LegalInstrument instrument;
        private Provenance provenance;
        private List<PartDefinition> parts = List.of();
        private StarRanking starRanking;
        private List<Interpretation> interpretations = List.of();
        private List<Erratum> errata = List.of();
        private ProductTaxonomy taxonomy = ProductTaxonomy.of(List.of());
        private List<ScoringSheet> sheets = List.of();
        private ProcessRules process = ProcessRules.NONE;
        private Supplier<ProcessRules> processLater;
        private LazySheets sheetsLater;
        private String digest;

        static {
            LazyRuleSets.register(new LazyRuleSets.Access() {
                @Override
                public void processLater(Builder b, Supplier<ProcessRules> later) {
                    b.processLater = later;
                    b.process = null;
                }

                @Override
                public void sheetsLater(Builder b, List<String> ids, java.util.function.IntFunction<ScoringSheet> decode) {
                    b.sheetsLater = new LazySheets(ids, decode);
                    b.sheets = null;
                }
            });
        }

        private Builder() {
        }

        /**
         * Sets the id.
         *
         * @param v the id
         * @return this builder
         */
        public Builder id(String v) {
            this.id = v;
            return this;
        }

        /**
         * Sets the title.
         *
         * @param v the title
         * @return this builder
         */
        public Builder title(String v) {
            this.title = v;
            return this;
        }

        /**
         * Sets the instrument.
         *
         * @param v the instrument
         * @return this builder
         */
        public Builder instrument(LegalInstrument v) {
            this.instrument = v;
            return this;
        }

        /**
         * Sets the provenance.
         *
         * @param v the provenance
         * @return this builder
         */
        public Builder provenance(Provenance v) {
            this.provenance = v;
            return this;
        }

        /**
         * Sets the part definitions.
         *
         * @param v the part definitions
         * @return this builder
         */
        public Builder parts(List<PartDefinition> v) {
            this.parts = v;
            return this;
        }

        /**
         * Sets the star ranking.
         *
         * @param v the star ranking
         * @return this builder
         */
        public Builder starRanking(StarRanking v) {
            this.starRanking = v;
            return this;
        }

        /**
         * Sets the interpretations.
         *
         * @param v the interpretations
         * @return this builder
         */
        public Builder interpretations(List<Interpretation> v) {
            this.interpretations = v;
            return this;
        }

        /**
         * Sets the errata.
         *
         * @param v the errata
         * @return this builder
         */
        public Builder errata(List<Erratum> v) {
            this.errata = v;
            return this;
        }

        /**
         * Sets the taxonomy.
         *
         * @param v the taxonomy
         * @return this builder
         */
        public Builder taxonomy(ProductTaxonomy v) {
            this.taxonomy = v;
            return this;
        }

        /**
         * Sets the sheets.
         *
         * @param v the sheets
         * @return this builder
         */
        public Builder sheets(List<ScoringSheet> v) {
            this.sheets = v;
            this.sheetsLater = null;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param v the process facts (default {@link ProcessRules#NONE})
         */
        public Builder process(ProcessRules v) {
            this.process = v;
            this.processLater = null;
            return this;
        }

        /**
         * Sets the SHA-256 digest (hex) of the source, or null.
         *
         * @param v the SHA-256 digest (hex) of the source, or null
         * @return this builder
         */
        public Builder digest(String v) {
            this.digest = v;
            return this;
        }

        /**
         * {@return the rule set}
         *
         * @throws NullPointerException when a required field is missing
         */
        public RuleSet build() {
            return new RuleSet(this);
        }
    }
}
