package io.github.ocop.samples;

import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.problem.Problem;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.rules.AssessmentReader;
import io.github.ocop.rules.OcopJson;
import io.github.ocop.rules.RuleSets;

import java.io.BufferedOutputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * {@code ocop score --jsonl [FILE|-]}: one assessment per line in (JSON Lines), one compact score card per line out,
 * in the same order. A line that cannot be scored is reported on standard error with the message the single-file path
 * gives, its source being {@code FILE line N}, and the next lines are still scored. Blank lines are skipped. A line is
 * bounded like a file (16 MiB): a longer one is refused without being held in memory.
 */
final class JsonLines {
    /** The longest line read, as the longest assessment file. */
    static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

    private final ScoreCommand.Engines engines;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean debug;
    private final java.util.Locale locale;

    JsonLines(RuleSets registry, PrintWriter out, PrintWriter err, boolean debug) {
        this(registry, out, err, debug, Lang.vi.locale());
    }

    JsonLines(RuleSets registry, PrintWriter out, PrintWriter err, boolean debug, java.util.Locale locale) {
        this.engines = new ScoreCommand.Engines(registry);
        this.out = out;
        this.err = err;
        this.debug = debug;
        this.locale = locale;
        java.io.OutputStream stdout = OcopCli.standardOutput;
        this.raw = stdout == null ? null : new BufferedOutputStream(stdout, 1 << 16);
    }

    /**
     * @param file a file of JSON lines, or {@code -} for standard input
     * @return the exit code: 0 when every line was scored, 1 otherwise
     */
    /** Standard output as bytes, buffered (the same bytes as {@link #out} would write), or null. */
    private final BufferedOutputStream raw;

    private void flush() throws IOException {
        if (raw != null) {
            raw.flush();
        }
        out.flush();
    }

    int score(Path file) {
        boolean stdin = "-".equals(file.toString());
        String name = stdin ? "stdin" : file.toString();
        if (!stdin && !Files.isRegularFile(file)) {
            throw new OcopInputException(name, List.of(new Problem("$", CliMessages.text(locale,
                    Files.isDirectory(file) ? "jsonl.directory" : Files.exists(file) ? "jsonl.notRegular"
                            : "jsonl.noSuchFile"))));
        }
        int failed = 0;
        try (InputStream in = stdin ? System.in : new FileInputStream(file.toFile())) {
            Lines lines = new Lines(in);
            long n = 0;
            while (lines.next()) {
                n++;
                if (!line(CliMessages.text(locale, "jsonl.line", name, n), lines)) {
                    failed++;
                }
            }
        } catch (IOException e) {
            throw new OcopInputException(name, List.of(new Problem("$", CliMessages.text(locale,
                    "jsonl.unreadable", String.valueOf(e.getMessage())))), e);
        } finally {
            try {
                flush();
            } catch (IOException e) {
                // standard output is gone: nothing left to tell
            }
            err.flush();
        }
        return failed == 0 ? 0 : OcopCli.INVALID_INPUT;
    }

    /** Scores one line and writes its card, or reports why not. @return whether it was scored */
    private boolean line(String source, Lines lines) throws IOException {
        if (lines.blank()) {
            return true;
        }
        try {
            if (lines.tooLong > 0) {
                throw new OcopInputException(source, List.of(new Problem("$", CliMessages.text(locale,
                        "jsonl.tooLong", lines.tooLong, MAX_LINE_BYTES))));
            }
            Assessment a = AssessmentReader.parse(lines.bytes(), source);
            ScoreCard card = ScoreCommand.score(engines, a, source);
            if (raw != null) {
                raw.write(OcopJson.scoreCardUtf8(card));
                raw.write('\n');
            } else {
                out.print(OcopJson.scoreCard(card));
                out.print('\n');
            }
            return true;
        } catch (OcopInputException e) {
            flush(); // cards of earlier lines first, when both streams go to one terminal
            if (debug) {
                e.printStackTrace(err);
            } else {
                // one line per problem: a syntax error's copy of the line, with its caret, is the record itself
                String listed = e.getMessage(locale);
                for (Problem p : e.problems()) {
                    String m = p.text(locale);
                    int nl = m.indexOf('\n');
                    if (nl >= 0) {
                        listed = listed.replace(m, m.substring(0, nl));
                    }
                }
                err.println(listed);
            }
            return false;
        }
    }

    /** The lines of a stream as bytes, without their end ({@code \n} or {@code \r\n}). */
    private static final class Lines {
        private final InputStream in;
        private final byte[] chunk = new byte[1 << 16];
        private int at;
        private int end;
        private boolean eof;
        private byte[] buf = new byte[8192];
        private int length;
        /** The length of the current line when it is longer than allowed (its bytes were not kept), else 0. */
        long tooLong;

        Lines(InputStream in) {
            this.in = in;
        }

        /** @return whether a line was read */
        boolean next() throws IOException {
            length = 0;
            tooLong = 0;
            long total = 0;
            boolean any = false;
            while (true) {
                if (at == end) {
                    if (eof || !fill()) {
                        break;
                    }
                }
                any = true;
                int nl = at;
                while (nl < end && chunk[nl] != '\n') {
                    nl++;
                }
                int n = nl - at;
                total += n;
                if (total <= MAX_LINE_BYTES) {
                    if (length + n > buf.length) {
                        buf = Arrays.copyOf(buf, (int) Math.min(Math.max(buf.length * 2L, length + n), MAX_LINE_BYTES));
                    }
                    System.arraycopy(chunk, at, buf, length, n);
                    length += n;
                }
                if (nl < end) {
                    at = nl + 1;
                    break;
                }
                at = end;
            }
            if (!any) {
                return false;
            }
            if (total > MAX_LINE_BYTES) {
                tooLong = total;
                length = 0;
            } else if (length > 0 && buf[length - 1] == '\r') {
                length--;
            }
            return true;
        }

        private boolean fill() throws IOException {
            int r = in.read(chunk, 0, chunk.length);
            if (r <= 0) {
                eof = r < 0;
                at = 0;
                end = 0;
                return !eof && fill();
            }
            at = 0;
            end = r;
            return true;
        }

        boolean blank() {
            if (tooLong > 0) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                byte b = buf[i];
                if (b != ' ' && b != '\t' && b != '\r') {
                    return false;
                }
            }
            return true;
        }

        byte[] bytes() {
            return Arrays.copyOf(buf, length);
        }
    }
}
