package io.github.ocop.samples;

import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.problem.Problem;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code --output FILE} of the commands that write spreadsheets: a text output goes to the file instead of the
 * standard output; a spreadsheet (binary) goes only to a file, never to a terminal.
 */
final class OutputFile {
    private OutputFile() {
    }

    /** A writer of binary content. */
    interface Binary {
        void write(OutputStream out) throws IOException;
    }

    /** Refuses {@code --format xlsx} without {@code --output FILE} (a usage error, exit code 2). */
    static void requireFileFor(String command, boolean binary, Path output, Lang lang) {
        if (binary && output == null) {
            throw new OcopCli.UsageException("ocop " + command + ": " + Printout.t(lang, "output.xlsxNeedsFile"));
        }
    }

    /** Writes text to {@code output}, or to the command's standard output when it is null. */
    static void text(PrintWriter stdout, Path output, String text, Lang lang) {
        if (output == null) {
            stdout.print(text);
            stdout.flush();
            return;
        }
        try {
            Files.writeString(output, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw cannotWrite(output, e, lang);
        }
    }

    /** Writes binary content to {@code output}. */
    static void binary(Path output, Binary content, Lang lang) {
        try (OutputStream out = Files.newOutputStream(output)) {
            content.write(out);
        } catch (IOException e) {
            throw cannotWrite(output, e, lang);
        }
    }

    private static OcopInputException cannotWrite(Path output, IOException e, Lang lang) {
        String why = e.getMessage() == null ? "" : " (" + e.getMessage() + ")";
        return new OcopInputException(output.toString(), java.util.List.of(new Problem("$", Printout.t(lang, "output.cannotWrite", why))));
    }
}
