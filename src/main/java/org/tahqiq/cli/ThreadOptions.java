package org.tahqiq.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The {@code --threads} option of the commands that process articles on worker threads. */
final class ThreadOptions {
  /** Largest number of workers accepted: far more than any machine's cores, far less than a crash. */
  static final int MAX_THREADS = 1024;

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads that process the articles while one more thread reads them;"
          + " default: the number of available processors. The output does not depend on it.")
  Integer threads;

  /** The number of workers: the option's value, else the available processors; a bad value is a usage error. */
  int workers(CommandSpec spec) {
    if (threads == null) {
      return Math.max(1, Runtime.getRuntime().availableProcessors());
    }
    if (threads < 1 || threads > MAX_THREADS) {
      throw new ParameterException(spec.commandLine(),
          "Invalid value for option '--threads': " + threads + " is not in [1, " + MAX_THREADS + "]");
    }
    return threads;
  }
}
