package org.tahqiq.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;

/**
 * The streams a command runs with: stdin for {@code --input -}, stdout for results (bytes: JSON
 * and reports are written as UTF-8 whatever the platform's default charset), stderr for messages
 * and the progress bar, and whether stderr is a terminal.
 */
record Io(InputStream in, OutputStream out, PrintWriter err, boolean terminal) {}
