package io.github.ocop.core.model;

import io.github.ocop.core.internal.CoreMessages;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a rule set says about the evaluation process (quy trình đánh giá, phân hạng) beyond the scoring sheets:
 * the process versions by date, the documents and deciders they name, certificates, revocation and the transitional
 * provision ({@code process} in the rule set file). The engines of package {@code io.github.ocop.core.process} and
 * {@code io.github.ocop.core.history} interpret it; none of these facts is in Java code.
 *
 * <p>Immutable and thread-safe.
 *
 * @param versions the process versions, oldest first, not overlapping; empty when the sources hold no process
 * @param certificate the certificate rules, if known
 * @param revocation the revocation rules, if the decision has them
 * @param transition the transitional provision towards the previous rule set, if any
 * @param documents the dossier documents the versions refer to
 * @param deciders the bodies and offices the versions refer to
 * @param reEvaluation how councils re-evaluate a product whose certificate ends, if the decision says
 * @param supervision who inspects and supervises certified products, if the decision says
 */
public record ProcessRules(List<ProcessVersion> versions, Optional<CertificateRules> certificate,
        Optional<RevocationRules> revocation, Optional<Transition> transition, List<DocumentKind> documents,
        List<Decider> deciders, Optional<ReEvaluationRules> reEvaluation, Optional<SupervisionRules> supervision) {

    /** No process facts: a rule set that only scores. */
    public static final ProcessRules NONE = new ProcessRules(List.of(), Optional.empty(), Optional.empty(),
            Optional.empty(), List.of(), List.of());

    /**
     * Process facts without re-evaluation or supervision rules.
     *
     * @param versions the process versions, oldest first, not overlapping
     * @param certificate the certificate rules, if known
     * @param revocation the revocation rules, if any
     * @param transition the transitional provision, if any
     * @param documents the documents the versions refer to
     * @param deciders the deciders the versions refer to
     */
    public ProcessRules(List<ProcessVersion> versions, Optional<CertificateRules> certificate,
            Optional<RevocationRules> revocation, Optional<Transition> transition, List<DocumentKind> documents,
            List<Decider> deciders) {
        this(versions, certificate, revocation, transition, documents, deciders, Optional.empty(), Optional.empty());
    }

    /**
     * Validates and copies.
     *
     * @param versions the process versions, oldest first, not overlapping
     * @param certificate the certificate rules, if known
     * @param revocation the revocation rules, if any
     * @param transition the transitional provision, if any
     * @param documents the documents the versions refer to
     * @param deciders the deciders the versions refer to
     * @param reEvaluation the re-evaluation rules, if any
     * @param supervision the supervision rules, if any
     */
    public ProcessRules {
        Objects.requireNonNull(reEvaluation, "reEvaluation");
        Objects.requireNonNull(supervision, "supervision");
        versions = List.copyOf(Objects.requireNonNull(versions, "versions"));
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(revocation, "revocation");
        Objects.requireNonNull(transition, "transition");
        documents = List.copyOf(Objects.requireNonNull(documents, "documents"));
        deciders = List.copyOf(Objects.requireNonNull(deciders, "deciders"));
        for (int i = 1; i < versions.size(); i++) {
            ProcessVersion before = versions.get(i - 1);
            ProcessVersion v = versions.get(i);
            if (before.lastDay().isEmpty() || !before.lastDay().get().isBefore(v.firstDay())) {
                throw CoreMessages.refusal("model.versionsOverlap", before.id(), v.id());
            }
        }
    }

    /**
     * {@return the process version that applies on {@code date}, if any}
     *
     * @param date the date
     */
    public Optional<ProcessVersion> versionOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return versions.stream().filter(v -> v.appliesOn(date)).findFirst();
    }

    /**
     * {@return the process version with the given id, if any}
     *
     * @param id the version id
     */
    public Optional<ProcessVersion> version(String id) {
        Objects.requireNonNull(id, "id");
        return versions.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    /**
     * {@return the document kind with the given id, if defined}
     *
     * @param id the document id
     */
    public Optional<DocumentKind> document(String id) {
        Objects.requireNonNull(id, "id");
        return documents.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /**
     * {@return the decider with the given id, if defined}
     *
     * @param id the decider id
     */
    public Optional<Decider> decider(String id) {
        Objects.requireNonNull(id, "id");
        return deciders.stream().filter(d -> d.id().equals(id)).findFirst();
    }
}
