package org.tahqiq.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.function.Supplier;
import org.tahqiq.pipeline.TextPipeline;

/**
 * The streams a command runs with: stdin for {@code --input -}, stdout for results (bytes: JSON
 * and reports are written as UTF-8 whatever the platform's default charset), stderr for messages
 * and the progress bar, whether stderr is a terminal, and the text pipeline the commands run
 * (the default one; tests give one whose {@link TextPipeline.Builder#check check} injects a fault).
 * The pipeline is asked for only when a command runs, so that building the default one (its
 * lexicons and boilerplate markers, about a tenth of a second of a cold start) can overlap the
 * parsing of the command line ({@link TahqiqCli#main}).
 */
record Io(InputStream in, OutputStream out, PrintWriter err, boolean terminal, Supplier<TextPipeline> pipelines) {
  Io {
    Objects.requireNonNull(pipelines, "pipelines must not be null");
  }

  /** With the default pipeline. */
  Io(InputStream in, OutputStream out, PrintWriter err, boolean terminal) {
    this(in, out, err, terminal, TextPipeline::defaults);
  }

  /** With a given pipeline. */
  Io(InputStream in, OutputStream out, PrintWriter err, boolean terminal, TextPipeline pipeline) {
    this(in, out, err, terminal, constant(pipeline));
  }

  private static Supplier<TextPipeline> constant(TextPipeline pipeline) {
    Objects.requireNonNull(pipeline, "pipeline must not be null");
    return () -> pipeline;
  }

  /** The pipeline the commands run. */
  TextPipeline pipeline() {
    return pipelines.get();
  }
}
