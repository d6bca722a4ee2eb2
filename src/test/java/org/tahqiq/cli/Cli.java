package org.tahqiq.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.tahqiq.pipeline.TextPipeline;

/** Runs the command line in-process with captured streams. */
final class Cli {
  private Cli() {}

  /** Exit status, stdout and stderr of one run. */
  record Run(int exit, String out, String err) {
    List<String> outLines() {
      return out.lines().filter(l -> !l.isBlank()).toList();
    }

    List<String> errLines() {
      return err.lines().toList();
    }
  }

  static Run run(String... args) {
    return runWithStdin(new byte[0], args);
  }

  static Run runWithStdin(byte[] stdin, String... args) {
    return runWith(TextPipeline.defaults(), new ByteArrayOutputStream(), stdin, args);
  }

  /** A run whose commands use {@code pipeline} (e.g. one whose check injects a fault) and write to {@code out}. */
  static Run runWith(TextPipeline pipeline, OutputStream out, byte[] stdin, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    int exit = TahqiqCli.run(args, new Io(new ByteArrayInputStream(stdin), out, errWriter, false, pipeline));
    errWriter.flush();
    String printed = out instanceof ByteArrayOutputStream b ? b.toString(StandardCharsets.UTF_8) : "";
    return new Run(exit, printed, err.toString(StandardCharsets.UTF_8));
  }
}
