package org.tahqiq.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import org.tahqiq.pipeline.TextPipeline;

/**
 * The streams a command runs with: stdin for {@code --input -}, stdout for results (bytes: JSON
 * and reports are written as UTF-8 whatever the platform's default charset), stderr for messages
 * and the progress bar, whether stderr is a terminal, and the text pipeline the commands run
 * (the default one; tests give one whose {@link TextPipeline.Builder#check check} injects a fault).
 */
record Io(InputStream in, OutputStream out, PrintWriter err, boolean terminal, TextPipeline pipeline) {
  Io(InputStream in, OutputStream out, PrintWriter err, boolean terminal) {
    this(in, out, err, terminal, TextPipeline.defaults());
  }
}
