package org.tahqiq.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The training run behind the command line's class-data-sharing archive: runs {@code dedup},
 * {@code analyze} (JSON, HTML and text) and {@code diff} on the articles of a folder, in one JVM,
 * with their output discarded, so that the JVM that runs it with {@code
 * -XX:ArchiveClassesAtExit} (or {@code -XX:AOTCacheOutput} on JDK 25+) archives every class a short
 * run of any command loads. The build runs it at {@code package} time on the seeds; {@code
 * bin/tahqiq} then starts the JVM with that archive. Not part of the API.
 *
 * <pre>java -Xint -XX:ArchiveClassesAtExit=tahqiq-cli.jsa -cp tahqiq-cli.jar org.tahqiq.cli.CdsTraining seeds [tahqiq-cli.jsa.jvm]</pre>
 *
 * <p>On a JDK before 21 it refuses to run with the JIT on: such a JDK writes each archived
 * method's "queued for compilation" flag as it stands at exit (JDK-8306460), and a method queued
 * then never compiles in a run that uses the archive (the shingler's token callback was one:
 * {@code dedup} of 20,000 articles took 2.4 s instead of 1.6 s). Interpreted, nothing is queued,
 * and the same classes are loaded. From JDK 21 (and for the AOT cache of JDK 25+, which records
 * the training's method profiles) the JIT stays on.
 *
 * <p>With a second argument, writes this JVM's {@code java.home} to that file (UTF-8), so that the
 * launcher uses the archive only with the JVM that made it. Exits with 0 when every command
 * succeeded, else with the first failing command's exit code.
 * Stateless; each run uses its own streams.
 */
public final class CdsTraining {
  private CdsTraining() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: CdsTraining FOLDER_OF_ARTICLES [JVM_MARKER_FILE]");
      System.exit(ExitCode.USAGE);
    }
    Optional<String> refused = refusal(Runtime.version().feature(), System.getProperty("java.vm.info", ""));
    if (refused.isPresent()) {
      System.err.println(refused.get());
      System.exit(ExitCode.USAGE);
    }
    String in = args[0];
    String[][] runs = {
      {"dedup", "--no-progress", "--input", in},
      {"analyze", "--input", in, "--format", "json", "--pretty"},
      {"analyze", "--input", in, "--format", "html"},
      {"analyze", "--input", in, "--format", "text"},
      {"diff", "--input", in},
    };
    for (String[] run : runs) {
      StringWriter err = new StringWriter();
      int status = TahqiqCli.run(run, new Io(new ByteArrayInputStream(new byte[0]),
          OutputStream.nullOutputStream(), new PrintWriter(err), false));
      if (status != ExitCode.OK) {
        System.err.println("training run " + String.join(" ", run) + " failed (" + status + "): " + err);
        System.exit(status);
      }
    }
    if (args.length == 2) {
      Files.writeString(Path.of(args[1]), System.getProperty("java.home"), StandardCharsets.UTF_8);
    }
  }

  /**
   * Why a training run on a JDK of feature version {@code feature}, whose {@code java.vm.info} is
   * {@code vmInfo} ("mixed mode, sharing", or "interpreted mode, …" under {@code -Xint}), must
   * not go on; empty when it may.
   */
  static Optional<String> refusal(int feature, String vmInfo) {
    if (feature >= 21 || vmInfo.contains("interpreted mode")) {
      return Optional.empty();
    }
    return Optional.of("CdsTraining: on JDK " + feature + " run the training interpreted (java -Xint ...):"
        + " the archive keeps the compile queue's marks of its last moment (JDK-8306460), and a"
        + " method marked then never compiles in the runs that use it");
  }
}
