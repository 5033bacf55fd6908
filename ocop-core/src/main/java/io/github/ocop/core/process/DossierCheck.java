package io.github.ocop.core.process;

import io.github.ocop.core.internal.CoreMessages;

import java.util.ArrayList;
import io.github.ocop.core.model.DocumentKind;
import io.github.ocop.core.model.DocumentRequirement;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The result of checking a dossier's completeness (kiểm tra thành phần hồ sơ): what is missing, what a person
 * must verify, which supporting evidence is absent, and which documents are not expected, each with its citation.
 *
 * <p>Immutable and thread-safe.
 *
 * @param requirements the requirements checked against
 * @param status the verdict
 * @param missing mandatory lines not satisfied
 * @param toVerify conditional lines not satisfied (required only if a condition holds)
 * @param supplementaryAbsent supplementary lines not satisfied (never make the dossier incomplete)
 * @param unexpected documents present that no line asks for
 */
public record DossierCheck(DossierRequirements requirements, Status status, List<DocumentRequirement> missing,
        List<DocumentRequirement> toVerify, List<DocumentRequirement> supplementaryAbsent, Set<DocumentKind> unexpected) {

    /** The verdict of a check. */
    public enum Status {
        /** Every mandatory line is satisfied. */
        COMPLETE,
        /** At least one mandatory line is missing. */
        INCOMPLETE,
        /** The sources hold no requirements for this dossier (see {@link DossierRequirements#gap()}). */
        UNDETERMINED
    }

    /**
     * Validates and copies.
     *
     * @param requirements the requirements checked against
     * @param status the verdict
     * @param missing mandatory lines not satisfied
     * @param toVerify conditional lines not satisfied (required only if a condition holds)
     * @param supplementaryAbsent supplementary lines not satisfied (never make the dossier incomplete)
     * @param unexpected documents present that no line asks for
     */
    public DossierCheck {
        Objects.requireNonNull(requirements, "requirements");
        Objects.requireNonNull(status, "status");
        missing = List.copyOf(Objects.requireNonNull(missing, "missing"));
        toVerify = List.copyOf(Objects.requireNonNull(toVerify, "toVerify"));
        supplementaryAbsent = List.copyOf(Objects.requireNonNull(supplementaryAbsent, "supplementaryAbsent"));
        unexpected = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(
                Objects.requireNonNull(unexpected, "unexpected")));
    }

    /**
     * Checks a dossier against its requirements.
     *
     * @param dossier the dossier
     * @return the findings
     */
    public static DossierCheck of(Dossier dossier) {
        Objects.requireNonNull(dossier, "dossier");
        DossierRequirements req = dossier.requirements();
        if (req.gap().isPresent()) {
            return new DossierCheck(req, Status.UNDETERMINED, List.of(), List.of(), List.of(), Set.of());
        }
        List<DocumentRequirement> missing = new ArrayList<>();
        List<DocumentRequirement> verify = new ArrayList<>();
        List<DocumentRequirement> supplementary = new ArrayList<>();
        Set<DocumentKind> expected = new java.util.LinkedHashSet<>();
        for (DocumentRequirement r : req.requirements()) {
            expected.addAll(r.anyOf());
            if (r.isSatisfiedBy(dossier.documents())) {
                continue;
            }
            switch (r.necessity()) {
                case MANDATORY:
                    missing.add(r);
                    break;
                case CONDITIONAL:
                    verify.add(r);
                    break;
                default:
                    supplementary.add(r);
            }
        }
        Set<DocumentKind> unexpected = new java.util.LinkedHashSet<>();
        for (DocumentKind k : dossier.documents()) {
            if (!expected.contains(k)) {
                unexpected.add(k);
            }
        }
        return new DossierCheck(req, missing.isEmpty() ? Status.COMPLETE : Status.INCOMPLETE, missing, verify,
                supplementary, unexpected);
    }

    /** {@return whether every mandatory document is present} */
    public boolean isComplete() {
        return status == Status.COMPLETE;
    }

    /**
     * {@return human-readable findings, one per line, each with its citation (Vietnamese names); where the rule set
     * states it, a line gives the paper and electronic copies the level receives}
     */
    public List<String> messages() {
        List<String> out = new ArrayList<>();
        requirements.gap().ifPresent(g -> out.add("không xác định được (undetermined): " + g));
        requirements.copies().ifPresent(c -> out.add(io.github.ocop.core.internal.CoreMessages.BUNDLE.format(
                io.github.ocop.core.text.Messages.VIETNAMESE, "dossier.copies", c.paper(), c.electronic(),
                c.citation())));
        missing.forEach(r -> out.add("thiếu (missing): " + r.describe()));
        toVerify.forEach(r -> out.add("cần xác minh (verify whether required): " + r.describe()));
        unexpected.forEach(k -> out.add("không thuộc danh mục (not expected here): " + k.vietnamese() + " [" + k.citation()
                + "]"));
        return out;
    }
}
