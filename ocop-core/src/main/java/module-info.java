/**
 * The OCOP domain model and engines (mô hình và bộ máy chấm điểm OCOP): rule sets and scoring sheets
 * ({@code io.github.ocop.core.model}), the scoring engine and its input types ({@code io.github.ocop.core.scoring}),
 * the evaluation process: levels, certificates, dossiers, cycle ({@code io.github.ocop.core.process}), councils
 * ({@code .council}), programme reports ({@code .report}), rule set history and resolver ({@code .history}),
 * explanations ({@code .explain}), improvement plans ({@code .advice}), what-if re-scoring ({@code .whatif}) and
 * the comparison of rule sets ({@code .compare}); invalid input and its problems ({@code .problem}) and localised texts
 * ({@code .text}). The helpers of the engines ({@code .internal}) are not API.
 * No JSON library; the only dependency is the Jakarta Validation API (constraint annotations on the input types).
 */
@SuppressWarnings("module") // org.hibernate.validator is not required here: the qualified opens names it for readers
module io.github.ocop.core {
    requires transitive jakarta.validation;

    exports io.github.ocop.core.advice;
    exports io.github.ocop.core.compare;
    exports io.github.ocop.core.council;
    exports io.github.ocop.core.explain;
    exports io.github.ocop.core.history;
    exports io.github.ocop.core.model;
    exports io.github.ocop.core.problem;
    exports io.github.ocop.core.process;
    exports io.github.ocop.core.report;
    exports io.github.ocop.core.scoring;
    exports io.github.ocop.core.text;
    exports io.github.ocop.core.whatif;
    // helpers of the engines (messages, formats, title keys), not API; ocop-rules and its tests may use them
    exports io.github.ocop.core.internal to io.github.ocop.rules;
    // the translations of titles named in messages, provided by ocop-rules when it is there
    uses io.github.ocop.core.internal.TitleTranslations;

    // Bean Validation reads the constrained record components reflectively
    opens io.github.ocop.core.scoring to org.hibernate.validator;
}
