package io.github.ocop.samples;

import io.github.ocop.core.report.ProgrammeReport;
import io.github.ocop.rules.ProgrammeRoundReader;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A sample program: runs the report of a district evaluation round like the one planned by the Ngọc Hồi (Kon Tum)
 * directive of 2021 (evaluate 21 products, at least 5 reaching 3 stars, proposed to the province) on the
 * ILLUSTRATIVE data of {@code examples/district-round/ngoc-hoi-2021-illustrative.json} and prints it in Vietnamese.
 */
public final class DistrictRoundSample {
    /** The example round file, relative to the ocop-samples module. */
    public static final Path EXAMPLE = Path.of("examples", "district-round", "ngoc-hoi-2021-illustrative.json");

    private DistrictRoundSample() {
    }

    /**
     * @param path a round file
     * @return its report
     */
    public static ProgrammeReport report(Path path) {
        return ProgrammeReport.of(ProgrammeRoundReader.read(path));
    }

    /**
     * Prints the report.
     *
     * @param args optionally the round file (default {@link #EXAMPLE}, or {@code ocop-samples/} + it from the
     *             repository root)
     */
    public static void main(String[] args) {
        Path path = args.length > 0 ? Path.of(args[0])
                : EXAMPLE.toFile().exists() ? EXAMPLE : Path.of("ocop-samples").resolve(EXAMPLE);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        out.println(ReportText.render(report(path)));
        out.flush();
    }
}
