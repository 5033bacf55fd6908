package io.github.ocop.samples;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;

/**
 * A rule set's citations on paper (trích dẫn trên giấy). The rule set files hold each citation as the law cites it
 * ("QĐ 26/2026/QĐ-TTg, Điều 7 khoản 3 điểm e", "QĐ 1048/QĐ-TTg, Phụ lục II, cấp huyện") and where the ocop-rules team
 * read it apart ({@code evidence}, {@code line}: for programs, in the JSON outputs), so text, HTML and spreadsheet
 * outputs print the citations as they are.
 */
final class Citations {

    private Citations() {
    }

    /**
     * @param citations citations of a rule set, as the law cites them
     * @return them joined with "; ", each once, in their order
     */
    static String join(Collection<String> citations) {
        return String.join("; ", new LinkedHashSet<>(Objects.requireNonNull(citations, "citations")));
    }
}
