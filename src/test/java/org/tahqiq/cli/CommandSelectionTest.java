package org.tahqiq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/**
 * A command line that names a command builds only that one; one that names none (help, version,
 * a mistyped name) builds all, so that the help lists them and a mistyped name is answered with
 * suggestions.
 */
class CommandSelectionTest {

  private static final Io IO = new Io(System.in, System.out, new java.io.PrintWriter(System.err), false);

  private static List<String> names(String... args) {
    List<String> names = new ArrayList<>();
    for (Function<Io, Object> command : TahqiqCli.commandsFor(args)) {
      names.add(command.apply(IO).getClass().getAnnotation(Command.class).name());
    }
    return names;
  }

  @Test
  void theTableNamesEachCommandAsItsAnnotationDoes() {
    for (var e : TahqiqCli.COMMANDS.entrySet()) {
      Object command = e.getValue().apply(IO);
      assertEquals(e.getKey(), command.getClass().getAnnotation(Command.class).name());
    }
    assertEquals(List.of("analyze", "dedup", "diff", "eval"), List.copyOf(TahqiqCli.COMMANDS.keySet()));
  }

  @Test
  void aNamedCommandIsBuiltAlone() {
    assertEquals(List.of("dedup"), names("dedup", "--threshold", "0.8"));
    assertEquals(List.of("analyze"), names("analyze", "--help"));
  }

  @Test
  void withoutANamedCommandAllAreBuilt() {
    List<String> all = List.of("analyze", "dedup", "diff", "eval");
    assertEquals(all, names());
    assertEquals(all, names("--help"));
    assertEquals(all, names("dedupe"));
    assertEquals(all, names("--version", "dedup"));
  }

  @Test
  void helpListsEveryCommandAndAMistypedNameGetsASuggestion() {
    Cli.Run help = Cli.run("--help");
    for (String name : List.of("analyze", "dedup", "diff", "eval")) {
      assertTrue(help.out().contains(name), help.out());
    }
    Cli.Run typo = Cli.run("dedupe");
    assertEquals(ExitCode.USAGE, typo.exit());
    assertTrue(typo.err().contains("dedup"), typo.err());
  }
}
