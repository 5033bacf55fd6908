package io.github.ocop.samples;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A rule set's citations as the law cites them, for text, HTML and spreadsheet outputs (trích dẫn trên giấy): "QĐ
 * 26/2026/QĐ-TTg, Điều 7 khoản 3 điểm e", "QĐ 1048/QĐ-TTg, Phụ lục II, cấp huyện". A citation of the bundled data may
 * also say where the ocop-rules team read it: a line of its source text ("source.txt line 85"), a section of a
 * reference note ("notes 1048 §3.3") and a verification marker ("[V-LEGAL]", "[PROV]"). Those are for programs and
 * reviewers (the JSON outputs keep the citation whole, and the source line as {@code sourceLine}); on paper they are
 * left out here.
 */
final class Citations {
    /** An aside in brackets naming where the team read the citation: a note, a source line, a transcription. */
    private static final Pattern ASIDE = Pattern.compile(
            "\\s*\\((?:[^()]|\\([^()]*\\))*?(?:notes\\b|source\\.txt|\\bline\\b|transcription|inferred|interpretation\\b)"
                    + "(?:[^()]|\\([^()]*\\))*\\)");
    /** An aside in English only (ASCII, no Vietnamese letter): a gloss of the team, e.g. "(certificates only for 3-5 stars)". */
    private static final Pattern GLOSS = Pattern.compile("\\s*\\([\\x20-\\x27\\x2a-\\x7e]*[a-z]{4,}[\\x20-\\x27\\x2a-\\x7e]*\\)");
    /** A verification marker of the reference notes: [V-LEGAL], [PROV], [V2], [I], [GAP], [PROV, DB/app]. */
    private static final Pattern MARKER = Pattern.compile("\\s*\\[[A-Z0-9][A-Za-z0-9 ,/+-]*]");
    /** A decision's number directly followed by the article or annex it cites: a comma goes between them. */
    private static final Pattern NUMBER_THEN_PLACE = Pattern.compile("(QĐ [0-9]+(?:/[0-9]{4})?/QĐ-TTg) (?=Điều|Phụ lục)");

    private Citations() {
    }

    /**
     * @param citation a citation of a rule set
     * @return the citation as printed on paper: the decision, the article or annex, nothing of the team's notes;
     *         empty when it names nothing but notes
     */
    static String onPaper(String citation) {
        Objects.requireNonNull(citation, "citation");
        List<String> kept = new ArrayList<>();
        for (String part : citation.split(";\\s*")) {
            String p = MARKER.matcher(GLOSS.matcher(ASIDE.matcher(part).replaceAll("")).replaceAll("")).replaceAll("").strip();
            if (p.isEmpty() || p.startsWith("notes ") || p.matches(".*\\b[A-Z][A-Za-z]+\\.[A-Z0-9_]+\\b.*")) {
                continue; // a reference note or a Java constant alone is no citation of the law
            }
            kept.add(NUMBER_THEN_PLACE.matcher(p).replaceAll("$1, "));
        }
        return String.join("; ", kept);
    }

    /**
     * @param text a text of the rule set's data a person reads (a deviation, a note)
     * @return the text without the reference notes' verification markers ("[V-LEGAL]", "[3P]") and the lines of our
     *         transcription it names ("source.txt line 11628": JSON {@code sourceLine} is where programs find them)
     */
    static String withoutMarkers(String text) {
        String t = MARKER.matcher(Objects.requireNonNull(text, "text")).replaceAll("");
        return SOURCE_LINE.matcher(t).replaceAll("").replace(" ()", "");
    }

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
        return withoutMarkers(String.join(" ", kept));
    }

    /**
     * @param citations citations of a rule set
     * @return them on paper, joined with "; ", each once
     */
    static String onPaper(Collection<String> citations) {
        Set<String> out = new LinkedHashSet<>();
        for (String c : citations) {
            String p = onPaper(c);
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return String.join("; ", out);
    }
}
