package org.tahqiq.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tahqiq.article.Article;
import org.tahqiq.dedup.NearDuplicateDetector;
import org.tahqiq.report.AnalysisReport;
import org.tahqiq.report.NewsAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/** {@code tahqiq diff}: the fact diff of articles the caller has grouped, without clustering. */
@Command(name = "diff", sortOptions = false, mixinStandardHelpOptions = true,
    description = {
      "The fact diff of all given articles taken as one event, without clustering: prints one"
          + " {\"articles\": [...], \"facts\": [...]} object (docs/schema/diff.schema.json).",
      "With --group-by FIELD, articles sharing the value of that JSONL field (e.g. an event id of"
          + " another system) are diffed group by group: one JSON line per group, in order of first"
          + " appearance, each with \"group\": <value>. Articles without the field are left out"
          + " (counted on stderr)."},
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
      "0:success",
      "1:input errors skipped (reported on stderr with file:line); --strict: stopped, no output",
      "2:usage error", "3:the output could not be written", "4:internal error (a bug)",
      "5:articles failed in processing: each reported on stderr and skipped, the output covers the"
          + " others (--strict: stopped, no output)"})
final class DiffCommand implements Callable<Integer> {
  private final Io io;

  @Spec CommandSpec spec;
  @Mixin Commands.InputOptions input;
  @Mixin Commands.OutputOptions output;

  @Option(names = {"-g", "--group-by"}, paramLabel = "FIELD",
      description = "Diff the articles group by group, grouped by the value of this JSONL field.")
  String groupBy;

  @Option(names = "--pretty", description = "Indent the JSON (one object per group still).")
  boolean pretty;

  DiffCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    if (groupBy != null && groupBy.isBlank()) {
      throw new ParameterException(spec.commandLine(), "--group-by needs a field name");
    }
    Optional<String> bad = output.check();
    if (bad.isPresent()) {
      throw new ParameterException(spec.commandLine(), bad.get());
    }
    Problems problems = new Problems(io.err(), input.strict);
    ArticleReader reader = new ArticleReader(problems, Optional.ofNullable(groupBy), io.in());
    List<InputArticle> read = new ArrayList<>();
    try {
      reader.read(input.paths, a -> read.add(input.capped(a, problems)));
    } catch (Problems.StrictStop stop) {
      return Commands.stopped(io);
    }
    NewsAnalysis analysis = Stages.analysis(io.pipeline(), NearDuplicateDetector.builder().pipeline(io.pipeline()).build());
    Map<String, String> locations = new HashMap<>();
    read.forEach(a -> locations.put(a.article().id(), a.location()));
    JsonOutput json = new JsonOutput(pretty);
    if (groupBy == null) {
      if (read.isEmpty()) {
        io.err().println("tahqiq: no valid articles to diff");
        io.err().flush();
        return problems.count() > 0 ? Commands.summary(io, problems, 0) : ExitCode.INPUT_ERRORS;
      }
      AnalysisReport report = analysis.diff(read.stream().map(InputArticle::article).toList());
      try {
        Stages.reportFailures(problems, report.skipped(), locations);
      } catch (Problems.StrictStop stop) {
        return Commands.stopped(io, problems);
      }
      return Commands.finish(io, output, problems, report.articles().size(), out -> json.diff(report, Optional.empty(), out));
    }

    // Grouped by the field's JSON text, so that "7" and 7 stay apart, in order of first appearance.
    Map<String, List<Article>> groups = new LinkedHashMap<>();
    Map<String, JsonNode> values = new LinkedHashMap<>();
    int ungrouped = 0;
    String firstUngrouped = null;
    for (InputArticle a : read) {
      if (a.field().isEmpty()) {
        ungrouped++;
        firstUngrouped = firstUngrouped == null ? a.location() : firstUngrouped;
        continue;
      }
      String key = a.field().get().toString();
      values.putIfAbsent(key, a.field().get());
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(a.article());
    }
    if (ungrouped > 0) {
      problems.note(ungrouped + " article" + (ungrouped == 1 ? " has" : "s have") + " no \"" + groupBy
          + "\" field and " + (ungrouped == 1 ? "is" : "are") + " left out (first: " + firstUngrouped + ")");
    }
    List<Map.Entry<String, List<Article>>> entries = new ArrayList<>(groups.entrySet());
    List<AnalysisReport> reports = entries.parallelStream().map(e -> analysis.diff(e.getValue())).toList();
    int failed = 0;
    try {
      for (AnalysisReport r : reports) {
        Stages.reportFailures(problems, r.skipped(), locations);
        failed += r.skipped().size();
      }
    } catch (Problems.StrictStop stop) {
      return Commands.stopped(io, problems);
    }
    return Commands.finish(io, output, problems, read.size() - ungrouped - failed, out -> {
      for (int i = 0; i < entries.size(); i++) {
        json.diff(reports.get(i), Optional.of(values.get(entries.get(i).getKey())), out);
      }
    });
  }
}
