package io.github.ocop.rules.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A heading or item label of the scoring platform split into its printed code and its title, e.g.
 * {@code " 1.TỔ CHỨC SẢN XUẤT"} into {@code "1"} and {@code "TỔ CHỨC SẢN XUẤT"}, or
 * {@code " 6.2.Hình dang, kích thước"} into {@code "6.2"} and {@code "Hình dang, kích thước"}.
 *
 * @param code  the printed code without its trailing dot, or {@code null} when the label has none
 * @param title the title, trimmed; empty when the label is blank
 */
public record PlatformItemLabel(String code, String title) {

    private static final Pattern LABEL = Pattern.compile("^(\\d+(?:\\.\\d+)*)\\.?\\s*(.*)$", Pattern.DOTALL);

    /**
     * Parses a platform label.
     *
     * @param raw the label as stored (may be {@code null} or blank)
     * @return the parsed label
     */
    public static PlatformItemLabel parse(String raw) {
        String text = raw == null ? "" : raw.strip();
        Matcher m = LABEL.matcher(text);
        if (m.matches()) {
            return new PlatformItemLabel(m.group(1), m.group(2).strip());
        }
        return new PlatformItemLabel(null, text);
    }
}
