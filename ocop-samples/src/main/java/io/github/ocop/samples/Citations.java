package io.github.ocop.samples;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

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

    /** A verification marker of the reference notes: [V-LEGAL], [PROV], [V2], [I], [GAP], [PROV, DB/app]. */
    private static final Pattern MARKER = Pattern.compile("\\s*\\[[A-Z0-9][A-Za-z0-9 ,/+-]*]");
    /** A line of our transcription named in a text: "source.txt line 85", "(source.txt lines 39-41)". */
    private static final String LINES = "(?:ocop-rules/src/data/[a-z0-9-]+/)?source\\.txt,? lines? [0-9]+(?:\\s*[-–,]\\s*[0-9]+)*";
    private static final Pattern SOURCE_LINE = Pattern.compile("\\s*\\(" + LINES + "\\)|[,;]?\\s*" + LINES);

    /** A Java name of the library (CouncilPolicy, ReferralBasis.SCORE_ONLY, EvaluationAuthorities.nextStep). */
    private static final String JAVA_NAME = "\\b(?:[A-Z][a-z]+(?:[A-Z][a-z]*)+\\b(?:\\.[A-Za-z_]+)?|[a-z]+[A-Z][A-Za-z]*\\b)";
    /** The id of a reading ("council-band-on-exact-mean"), named in another reading's text. */
    private static final String READING_ID = "\\b[a-z]+(?:-[a-z]+){2,}\\b";
    private static final Pattern JAVA_ASIDE = Pattern.compile("\\s*\\([^()]*(?:" + JAVA_NAME + "|" + READING_ID
            + ")[^()]*\\)");
    private static final Pattern JAVA = Pattern.compile(JAVA_NAME);
    private static final Pattern READING = Pattern.compile(READING_ID);
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z\"])");

    /**
     * A reading of the rule set (cách hiểu) as a person reads it: its text without the sentences and asides that name
     * the library's Java classes and options (those are for programmers; the JSON output keeps the reading's id).
     *
     * @param text the text of an interpretation
     * @return the text without Java names
     */
    static String reading(String text) {
        String t = JAVA_ASIDE.matcher(Objects.requireNonNull(text, "text")).replaceAll("");
        List<String> kept = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(t)) {
            if (!JAVA.matcher(sentence).find() && !READING.matcher(sentence).find()) {
                kept.add(sentence);
            }
        }
        String r = MARKER.matcher(String.join(" ", kept)).replaceAll("");
        return SOURCE_LINE.matcher(r).replaceAll("").replace(" ()", "");
    }
}
