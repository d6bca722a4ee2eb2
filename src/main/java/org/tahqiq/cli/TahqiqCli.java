package org.tahqiq.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.tahqiq.pipeline.TextPipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code tahqiq} command line ({@code java -jar target/tahqiq-cli.jar}): {@code analyze},
 * {@code dedup}, {@code diff} and {@code eval} over folders of {@code .txt} files and JSONL
 * streams. Results go to stdout (or {@code --out}) as UTF-8; messages, input errors with their
 * {@code file:line}, and progress go to stderr. Exit codes: see {@link ExitCode} and {@code --help}.
 *
 * <p>Not part of the library's API: it depends on picocli and Jackson, optional dependencies that
 * the library's users do not get. Use {@link org.tahqiq.report.NewsAnalysis} from code.
 */
@Command(name = "tahqiq", mixinStandardHelpOptions = true, versionProvider = TahqiqCli.Version.class,
    description = {
      "Arabic news verification: near-duplicates, event clusters and cross-source fact diffs.",
      "Input errors (malformed line, missing id or text, duplicate id, invalid UTF-8, unreadable"
          + " file) are reported on stderr with file:line and skipped; the run goes on with the valid"
          + " articles and exits with 1 (--strict: stops at the first)."},
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
      "0:success",
      "1:input errors: bad lines or files were reported on stderr and skipped, the output covers"
          + " the valid articles (with --strict: stopped at the first error, no output)",
      "2:usage error (unknown option, invalid value)",
      "3:I/O failure: the output could not be written",
      "4:internal error (a bug; please report it)",
      "5:articles failed in processing: each was reported on stderr with its id, file:line and the"
          + " exception and skipped, the output covers the others and lists them in \"skipped\""
          + " (with --strict: stopped at the first, no output)"})
public final class TahqiqCli implements Runnable {
  /** Every subcommand by its name (each command's {@code @Command(name)}), in the order of the help. */
  static final Map<String, Function<Io, Object>> COMMANDS = commands();

  private static Map<String, Function<Io, Object>> commands() {
    Map<String, Function<Io, Object>> m = new LinkedHashMap<>();
    m.put("analyze", AnalyzeCommand::new);
    m.put("dedup", DedupCommand::new);
    m.put("diff", DiffCommand::new);
    m.put("eval", EvalCommand::new);
    return Collections.unmodifiableMap(m);
  }

  @Spec CommandSpec spec;

  private TahqiqCli() {}

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    // The default pipeline is built (its classes initialized) on a second thread while this one
    // parses the command line: two independent parts of a cold start, each about 0.1 s on the
    // interpreter (benchmarks/README.md, "Cold start"). A command that needs it waits for it.
    Thread init = new Thread(TextPipeline::defaults, "tahqiq-init");
    init.setDaemon(true);
    // A failure there is met again, and reported, by the command that asks for the pipeline.
    init.setUncaughtExceptionHandler((thread, failure) -> {});
    init.start();
    OutputStream stdout = new FileOutputStream(FileDescriptor.out);
    PrintWriter stderr = new PrintWriter(
        new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    int status = run(args, new Io(System.in, stdout, stderr, Progress.stderrIsTerminal()));
    stderr.flush();
    System.exit(status);
  }

  /** Runs the command line with the given streams; returns the exit status. */
  static int run(String[] args, Io io) {
    CommandLine cli = new CommandLine(new TahqiqCli());
    for (Function<Io, Object> command : commandsFor(args)) {
      cli.addSubcommand(command.apply(io));
    }
    cli.setCaseInsensitiveEnumValuesAllowed(true)
        // "--input a.jsonl --colour": a mistyped option is an error, not a file name.
        .setUnmatchedOptionsAllowedAsOptionParameters(false)
        .setOut(new PrintWriter(new OutputStreamWriter(io.out(), StandardCharsets.UTF_8), true))
        .setErr(io.err());
    cli.setParameterExceptionHandler((e, arguments) -> {
      PrintWriter err = e.getCommandLine().getErr();
      err.println("tahqiq: " + e.getMessage());
      CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
      err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
      err.flush();
      return ExitCode.USAGE;
    });
    cli.setExecutionExceptionHandler((e, command, parsed) -> {
      PrintWriter err = command.getErr();
      err.println("tahqiq: internal error (please report it with this trace):");
      e.printStackTrace(err);
      err.flush();
      return ExitCode.INTERNAL;
    });
    return cli.execute(args);
  }

  /**
   * The subcommands a command line needs: the one it names first, or, when it names none (help,
   * version, a mistyped name, whose suggestions list them all), every one. Picocli builds a
   * command's model by reflection when it is added, and building all four took about a tenth of a
   * second of a cold start on the interpreter (benchmarks/README.md, "Cold start"), while a run
   * of one command never meets the others: its parsing, help and messages are the same.
   */
  static Collection<Function<Io, Object>> commandsFor(String[] args) {
    Function<Io, Object> named = args.length == 0 ? null : COMMANDS.get(args[0]);
    return named != null ? List.of(named) : COMMANDS.values();
  }

  /** {@code tahqiq} alone: prints the usage and exits with the usage-error status. */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "Missing command: analyze, dedup, diff or eval");
  }

  /** The version from the jar's manifest, when run from the shaded jar. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = TahqiqCli.class.getPackage().getImplementationVersion();
      return new String[] {"tahqiq " + (v != null ? v : "(development build)")};
    }
  }
}
