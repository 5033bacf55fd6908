package io.github.ocop.spring;

import io.github.ocop.core.model.RuleSet;
import io.github.ocop.rules.RuleSets;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Adds the rule sets a service scores with to the actuator's {@code /actuator/info}: under {@code ocop.ruleSets},
 * one entry per id with its decision number and the SHA-256 digest of its source (null for a rule set built in
 * code), so that an operator can tell which rules produced a score card.
 */
public final class OcopInfoContributor implements InfoContributor {
    private final RuleSets ruleSets;

    /**
     * A contributor.
     *
     * @param ruleSets the registry the service uses
     */
    public OcopInfoContributor(RuleSets ruleSets) {
        this.ruleSets = Objects.requireNonNull(ruleSets, "ruleSets");
    }

    @Override
    public void contribute(Info.Builder builder) {
        List<Map<String, Object>> list = ruleSets.ids().stream().map(ruleSets::get).map(OcopInfoContributor::entry)
                .toList();
        builder.withDetail("ocop", Map.of("ruleSets", list));
    }

    private static Map<String, Object> entry(RuleSet r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("instrument", r.instrument().number());
        m.put("digest", r.digest().orElse(null));
        return m;
    }
}
