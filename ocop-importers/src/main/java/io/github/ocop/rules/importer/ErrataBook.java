package io.github.ocop.rules.importer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The curated errata, looked up where a value is read; remembers which were applied. */
final class ErrataBook {

    private final List<Erratum> errata;
    private final Set<String> applied = new LinkedHashSet<>();

    ErrataBook(List<Erratum> errata) {
        this.errata = List.copyOf(errata);
        Set<String> ids = new LinkedHashSet<>();
        for (Erratum e : errata) {
            if (!ids.add(e.id())) {
                throw new IllegalStateException("duplicate erratum id " + e.id());
            }
        }
    }

    /**
     * Returns the value to use for a printed value: the correction when an erratum names this
     * place, the printed value otherwise. Fails when an erratum names this place but its printed
     * value or line no longer matches the source.
     */
    String resolve(String sheet, String criterion, String option, String field, int line, String printed) {
        for (Erratum e : errata) {
            if (!e.sheet().equals(sheet) || !Objects.equals(e.criterion(), criterion)
                    || !Objects.equals(e.option(), option) || !e.field().equals(field)) {
                continue;
            }
            if (criterion == null && e.line() != line) {
                continue;
            }
            if (e.line() != line || !e.printed().equals(printed)) {
                throw new IllegalStateException("erratum " + e.id() + " no longer matches the source: expected '"
                        + e.printed() + "' at line " + e.line() + ", found '" + printed + "' at line " + line);
            }
            applied.add(e.id());
            return e.corrected();
        }
        return printed;
    }

    /** Fails when some erratum was never applied (its place is no longer in the source). */
    void verifyAllApplied() {
        List<String> unused = new ArrayList<>();
        for (Erratum e : errata) {
            if (!applied.contains(e.id())) {
                unused.add(e.id() + " (sheet " + e.sheet() + ", " + e.criterion() + "/" + e.option() + " "
                        + e.field() + ", line " + e.line() + ")");
            }
        }
        if (!unused.isEmpty()) {
            throw new IllegalStateException("errata no longer match the source (printed value not found): " + unused);
        }
    }
}
