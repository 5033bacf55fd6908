import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks one printout printed to PDF by headless Chromium, with pdftotext (poppler-utils): the page count, that every
 * page carries the sheet, the product and "Trang N/M" ("Page N of M" in English), that every full text the JSON
 * output holds is printed whole (no "..." truncation), that each criterion and its options are on one page and each
 * part heading on the page of its first criterion (a heading never ends a page alone), and the html lang attribute.
 *
 * <p>Run by check.sh beside it: {@code java -cp ocop.jar PrintoutCheck.java KEY=VALUE...} with
 * pdf=, html=, lang=vi|en, sheet=TEXT, product=TEXT, minPages=N, json=FILE (the JSON output of the same thing),
 * texts=title,text (the keys of criteria[*] whose strings must be printed whole), together=yes (each criterion with
 * its options on one page; needs the sheet JSON). Exits 1 with one line per failure.
 */
public class PrintoutCheck {
    private static final List<String> failures = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        List<String> one = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i <= args.length; i++) {
            if (i == args.length || args[i].equals("--")) {
                if (!one.isEmpty()) {
                    ok &= check(one);
                }
                one.clear();
            } else {
                one.add(args[i]);
            }
        }
        System.exit(ok ? 0 : 1);
    }

    private static boolean check(List<String> args) throws Exception {
        failures.clear();
        java.util.Map<String, String> a = new java.util.HashMap<>();
        for (String s : args) {
            int i = s.indexOf('=');
            a.put(s.substring(0, i), s.substring(i + 1));
        }
        String pdf = a.get("pdf");
        String lang = a.getOrDefault("lang", "vi");
        String html = Files.readString(Path.of(a.get("html")), StandardCharsets.UTF_8);
        if (!html.contains("<html lang=\"" + lang + "\">")) {
            fail("the html element's lang attribute is not \"" + lang + "\"");
        }
        int pages = pages(pdf);
        int min = Integer.parseInt(a.getOrDefault("minPages", "1"));
        if (pages < min) {
            fail("expected at least " + min + " pages, printed " + pages);
        }
        // sheet= and product= may list several products, separated by |: each page carries one of the pairs
        String[] sheets = a.get("sheet").split("\\|");
        String[] products = a.get("product").split("\\|");
        boolean[] seen = new boolean[sheets.length];
        List<String> text = new ArrayList<>();
        for (int p = 1; p <= pages; p++) {
            String t = norm(run("pdftotext", "-raw", "-enc", "UTF-8", "-f", "" + p, "-l", "" + p, pdf, "-"));
            String counter = norm(lang.equals("en") ? "Page " + p + " of " + pages : "Trang " + p + "/" + pages);
            int pair = -1;
            for (int i = 0; i < sheets.length && pair < 0; i++) {
                if (t.contains(norm(sheets[i])) && t.contains(norm(products[i]))) {
                    pair = i;
                }
            }
            if (pair < 0) {
                fail("page " + p + " does not carry the sheet and the product (" + String.join(" / ", products) + ")");
            } else {
                seen[pair] = true;
                t = once(once(t, norm(sheets[pair])), norm(products[pair]));
            }
            if (!t.contains(counter)) {
                fail("page " + p + " does not carry \"" + counter + "\"");
            }
            // what remains once the running header and footer are taken out: the page's body
            t = once(t, counter);
            if (a.containsKey("footer")) {
                t = once(t, norm(a.get("footer")));
            }
            text.add(norm(t));
        }
        for (int i = 0; i < seen.length; i++) {
            if (!seen[i]) {
                fail("no page carries the header of " + products[i]);
            }
        }
        String all = norm(String.join("", text));
        List<String> expected = new ArrayList<>();
        List<JsonNode> jsons = new ArrayList<>();
        for (String f : a.getOrDefault("json", "").split(",")) {
            if (!f.isEmpty()) {
                jsons.add(new ObjectMapper().readTree(Path.of(f).toFile()));
            }
        }
        JsonNode json = jsons.isEmpty() ? null : jsons.get(0);
        if (json != null && a.containsKey("texts")) {
            List<String> keys = List.of(a.get("texts").split(","));
            jsons.forEach(j -> collect(j, keys, expected));
            if (expected.isEmpty()) {
                fail("no texts found in " + a.get("json"));
            }
            for (String e : expected) {
                if (!all.contains(norm(e))) {
                    fail("not printed whole: \"" + e + "\"");
                }
            }
        }
        // every cell of the html printed whole as well (notes and texts the JSON does not hold)
        Matcher cell = Pattern.compile("(?s)<td[^>]*>(.*?)</td>").matcher(html);
        int cells = 0;
        while (cell.find()) {
            String c = norm(cell.group(1).replaceAll("<[^>]+>", " ").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&"));
            if (!c.isEmpty()) {
                cells++;
                if (!all.contains(c)) {
                    fail("a cell of the html is not printed whole: \"" + c + "\"");
                }
                expected.add(c);
            }
        }
        String rest = all;
        expected.sort(java.util.Comparator.comparingInt(String::length).reversed());
        for (String e : expected) {
            rest = rest.replace(norm(e), "|");
        }
        // fill-in lines are runs of two or more "…" (with dots); a single "…" or "..." after a word is a cut text
        rest = rest.replaceAll("…[….]+", "|");
        Matcher m = Pattern.compile(".{0,30}(\\.\\.\\.|…).{0,10}").matcher(rest);
        while (m.find()) {
            fail("truncated text? \"" + m.group() + "\"");
        }
        if (json != null && "yes".equals(a.get("together"))) {
            together(json, text);
        }
        if (!failures.isEmpty()) {
            failures.forEach(f -> System.out.println("FAIL " + pdf + ": " + f));
            return false;
        }
        System.out.println("ok " + pdf + ": " + pages + " pages, each with the sheet, the product and its page"
                + " number; " + expected.size() + " texts (" + cells + " table cells) printed whole");
        return true;
    }

    /** Each criterion's title and all its options on one page; each part's heading on its first criterion's page. */
    private static void together(JsonNode sheet, List<String> pages) {
        java.util.Set<String> partsSeen = new java.util.HashSet<>();
        int from = 0;
        for (JsonNode c : sheet.get("criteria")) {
            String title = norm(c.get("code").asText() + " " + c.get("title").asText());
            String title2 = norm(c.get("code").asText() + ". " + c.get("title").asText());
            int p = find(pages, from, title, title2);
            if (p < 0) {
                fail("criterion " + c.get("code").asText() + " not found after page " + (from + 1));
                continue;
            }
            from = p;
            for (JsonNode o : c.get("options")) {
                if (!pages.get(p).contains(norm(o.get("text").asText()))) {
                    fail("criterion " + c.get("code").asText() + " is on page " + (p + 1) + " but its option "
                            + o.get("key").asText() + " is not");
                }
            }
            String part = c.get("part").asText();
            if (partsSeen.add(part)) {
                String heading = norm("Phần " + part + ":");
                String headingEn = norm("Part " + part + ":");
                if (!pages.get(p).contains(heading) && !pages.get(p).contains(headingEn)) {
                    fail("the heading of part " + part + " is not on page " + (p + 1) + " with its first criterion");
                }
            }
        }
    }

    private static String once(String t, String s) {
        return t.replaceFirst(Pattern.quote(s), "");
    }

    private static int find(List<String> pages, int from, String... any) {
        for (int p = from; p < pages.size(); p++) {
            for (String s : any) {
                if (pages.get(p).contains(s)) {
                    return p;
                }
            }
        }
        return -1;
    }

    private static void collect(JsonNode n, List<String> keys, List<String> out) {
        if (n.isObject()) {
            n.properties().forEach(e -> {
                if (keys.contains(e.getKey()) && e.getValue().isTextual()) {
                    out.add(e.getValue().asText());
                } else {
                    collect(e.getValue(), keys, out);
                }
            });
        } else if (n.isArray()) {
            n.forEach(x -> collect(x, keys, out));
        }
    }

    private static int pages(String pdf) throws IOException, InterruptedException {
        Matcher m = Pattern.compile("(?m)^Pages:\\s+(\\d+)").matcher(run("pdfinfo", pdf));
        if (!m.find()) {
            throw new IllegalStateException("pdfinfo gave no page count for " + pdf);
        }
        return Integer.parseInt(m.group(1));
    }

    private static String norm(String s) {
        // without any white space: a line broken after "/" or "-" by the browser reads the same as the source
        return s.replaceAll("[\\s\u00a0]+", "");
    }

    private static void fail(String s) {
        failures.add(s);
    }

    private static String run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + " failed");
        }
        return out;
    }
}
