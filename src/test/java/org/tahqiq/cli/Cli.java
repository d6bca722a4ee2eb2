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

  /** Writes {@code articles} to {@code file} as JSON lines (id, text, source, published). */
  static java.nio.file.Path jsonl(java.nio.file.Path file, List<org.tahqiq.article.Article> articles)
      throws java.io.IOException {
    tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
    StringBuilder sb = new StringBuilder();
    for (org.tahqiq.article.Article a : articles) {
      java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
      m.put("id", a.id());
      m.put("text", a.text());
      m.put("source", a.source());
      a.published().ifPresent(t -> m.put("published", java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t)));
      sb.append(json.writeValueAsString(m)).append('\n');
    }
    java.nio.file.Files.writeString(file, sb, StandardCharsets.UTF_8);
    return file;
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
