package io.github.ocop.core.model;

import io.github.ocop.core.internal.CoreMessages;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How a council re-evaluates a product whose certificate ends (đánh giá, phân hạng lại, e.g. QĐ 26/2026 Điều 7 khoản
 * 6 điểm c-e): the council's mode and the facts that call for a site visit, per level
 * ({@code process.reEvaluation}). Immutable and thread-safe.
 *
 * @param levels one entry per level that re-evaluates, lowest first
 */
public record ReEvaluationRules(List<Level> levels) {

    /** How a council decides. */
    public enum CouncilMode {
        /** By written opinions of its members (lấy ý kiến bằng văn bản). */
        WRITTEN_OPINION,
        /** In a meeting (họp trực tiếp). */
        MEETING
    }

    /** A fact that calls for a site visit at a re-evaluation. */
    public enum SiteVisitGround {
        /** A major change in the scale of production (thay đổi lớn về quy mô sản xuất). */
        MAJOR_SCALE_CHANGE,
        /** Evidence in the dossier that is unclear (hồ sơ minh chứng không rõ ràng). */
        UNCLEAR_EVIDENCE
    }

    /**
     * One level's re-evaluation.
     *
     * @param level the level
     * @param mode how its council decides by default
     * @param meetingWhen when the council meets instead, in the decision's words, if the decision says
     * @param siteVisitBy who organises the site visit
     * @param siteVisitGrounds the facts that call for a site visit; none of them: no site visit
     * @param citations where the mode and the site visit are written
     */
    public record Level(EvaluationLevel level, CouncilMode mode, Optional<CitedStatement> meetingWhen,
            Decider siteVisitBy, Set<SiteVisitGround> siteVisitGrounds, List<String> citations) {
        /**
         * Validates and copies.
         *
         * @param level the level
         * @param mode the council's default mode
         * @param meetingWhen when it meets instead
         * @param siteVisitBy who organises the site visit
         * @param siteVisitGrounds the facts that call for one
         * @param citations where it is written, not empty
         */
        public Level {
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(mode, "mode");
            Objects.requireNonNull(meetingWhen, "meetingWhen");
            Objects.requireNonNull(siteVisitBy, "siteVisitBy");
            siteVisitGrounds = Set.copyOf(Objects.requireNonNull(siteVisitGrounds, "siteVisitGrounds"));
            citations = List.copyOf(Objects.requireNonNull(citations, "citations"));
            if (citations.isEmpty()) {
                throw CoreMessages.refusal("model.reEvaluationCitation", level);
            }
        }
    }

    /**
     * Validates and copies.
     *
     * @param levels one entry per level, not empty, each level once
     */
    public ReEvaluationRules {
        levels = List.copyOf(Objects.requireNonNull(levels, "levels"));
        if (levels.isEmpty()) {
            throw CoreMessages.refusal("model.reEvaluationLevels");
        }
        if (levels.stream().map(Level::level).distinct().count() != levels.size()) {
            throw CoreMessages.refusal("model.reEvaluationLevelTwice");
        }
    }

    /**
     * {@return the re-evaluation at one level, if the rules state it}
     *
     * @param level the level
     */
    public Optional<Level> level(EvaluationLevel level) {
        Objects.requireNonNull(level, "level");
        return levels.stream().filter(l -> l.level() == level).findFirst();
    }
}
