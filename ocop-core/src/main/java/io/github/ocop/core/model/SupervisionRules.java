package io.github.ocop.core.model;

import io.github.ocop.core.internal.CoreMessages;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a rule set says of inspecting and supervising certified products (kiểm tra, giám sát sản phẩm OCOP, e.g. QĐ
 * 26/2026 Điều 9): the principles, what is checked, and which body supervises which star ranks
 * ({@code process.supervision}). Immutable and thread-safe.
 *
 * @param principles how supervision is done, in printed order
 * @param contents what is checked, in printed order
 * @param duties who supervises what, in printed order
 */
public record SupervisionRules(List<CitedStatement> principles, List<CitedStatement> contents, List<Duty> duties) {

    /**
     * One body's supervising duty.
     *
     * @param body the body that organises the inspection (through the office it assigns)
     * @param stars the star ranks of the products it supervises as a rule; empty when the duty concerns the
     *     evaluation work rather than products
     * @param whenNeededStars the star ranks it supervises only when needed ("khi cần thiết")
     * @param statement the duty in the decision's words, with its citation
     */
    public record Duty(Decider body, Set<Integer> stars, Set<Integer> whenNeededStars, CitedStatement statement) {
        /**
         * Validates and copies.
         *
         * @param body the supervising body
         * @param stars the ranks it supervises as a rule
         * @param whenNeededStars the ranks it supervises when needed, disjoint from {@code stars}
         * @param statement the duty, cited
         */
        public Duty {
            Objects.requireNonNull(body, "body");
            stars = Set.copyOf(new TreeSet<>(Objects.requireNonNull(stars, "stars")));
            whenNeededStars = Set.copyOf(new TreeSet<>(Objects.requireNonNull(whenNeededStars, "whenNeededStars")));
            Objects.requireNonNull(statement, "statement");
            for (int s : whenNeededStars) {
                if (stars.contains(s)) {
                    throw CoreMessages.refusal("model.supervisedTwice", s, body.id());
                }
            }
        }

        /**
         * {@return whether this body supervises certified products of a rank, as a rule or when needed}
         *
         * @param rank the certified rank
         */
        public boolean covers(int rank) {
            return stars.contains(rank) || whenNeededStars.contains(rank);
        }
    }

    /**
     * Validates and copies.
     *
     * @param principles how supervision is done
     * @param contents what is checked
     * @param duties who supervises what, not empty
     */
    public SupervisionRules {
        principles = List.copyOf(Objects.requireNonNull(principles, "principles"));
        contents = List.copyOf(Objects.requireNonNull(contents, "contents"));
        duties = List.copyOf(Objects.requireNonNull(duties, "duties"));
        if (duties.isEmpty()) {
            throw CoreMessages.refusal("model.supervisionDuties");
        }
    }

    /**
     * {@return the duties that cover certified products of a rank, in printed order}
     *
     * @param rank the certified rank
     */
    public List<Duty> dutiesFor(int rank) {
        return duties.stream().filter(d -> d.covers(rank)).toList();
    }
}
