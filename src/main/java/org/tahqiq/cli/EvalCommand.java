package org.tahqiq.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tahqiq.article.Article;
import org.tahqiq.cluster.ClusterEvaluation;
import org.tahqiq.cluster.ClusterEvaluator;
import org.tahqiq.cluster.ClusteringResult;
import org.tahqiq.cluster.EventClusterer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tahqiq eval}: event clustering quality against gold labels. */
@Command(name = "eval", sortOptions = false, mixinStandardHelpOptions = true,
    description = {
      "Clusters the articles by event and scores the clustering against gold event labels:"
          + " pairwise precision, recall and F1, and B-cubed precision, recall and F1.",
      "The gold file has one 'article-id<TAB>event-id' per line; blank lines and lines starting"
          + " with # are skipped. Articles are scored where both a gold label and an article exist;"
          + " the others are reported as input errors."},
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
      "0:success",
      "1:input errors skipped (reported on stderr with file:line); --strict: stopped, no output",
      "2:usage error", "3:the output could not be written", "4:internal error (a bug)"})
final class EvalCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format { json, text }

  private static final int EXAMPLES = 5;

  private final Io io;

  @Mixin Commands.InputOptions input;
  @Mixin Commands.OutputOptions output;

  @Option(names = "--gold", required = true, paramLabel = "FILE",
      description = "Gold labels: article-id<TAB>event-id per line.")
  Path gold;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "json",
      description = "json (default) or text.")
  Format format;

  EvalCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    Problems problems = new Problems(io.err(), input.strict);
    ArticleReader reader = new ArticleReader(problems, Optional.empty(), io.in());
    List<Article> articles = new ArrayList<>();
    Map<String, String> labels;
    Map<String, Long> labelLines;
    try {
      reader.read(input.paths, a -> articles.add(a.article()));
      labelLines = new LinkedHashMap<>();
      labels = readGold(problems, labelLines);
    } catch (Problems.StrictStop stop) {
      return Commands.stopped(io);
    }

    Map<String, String> predicted = new HashMap<>();
    Map<String, String> goldLabels = new HashMap<>();
    try {
      ClusteringResult clustering = EventClusterer.defaults().cluster(articles);
      Map<String, String> assigned = clustering.assignments();
      List<String> unlabelled = new ArrayList<>();
      for (Article a : articles) {
        String label = labels.get(a.id());
        if (label == null) {
          unlabelled.add(a.id());
        } else {
          predicted.put(a.id(), assigned.get(a.id()));
          goldLabels.put(a.id(), label);
        }
      }
      if (!unlabelled.isEmpty()) {
        problems.report(gold.toString(), unlabelled.size() + " input article" + (unlabelled.size() == 1 ? " has" : "s have")
            + " no gold label and " + (unlabelled.size() == 1 ? "is" : "are") + " not scored: "
            + String.join(", ", unlabelled.subList(0, Math.min(EXAMPLES, unlabelled.size())))
            + (unlabelled.size() > EXAMPLES ? ", ..." : ""));
      }
      for (Map.Entry<String, Long> e : labelLines.entrySet()) {
        if (!assigned.containsKey(e.getKey())) {
          problems.report(gold + ":" + e.getValue(), "no valid input article has id \"" + e.getKey() + "\"");
        }
      }
    } catch (Problems.StrictStop stop) {
      return Commands.stopped(io);
    }
    if (goldLabels.isEmpty()) {
      io.err().println("tahqiq: nothing to evaluate: no article has both a gold label and valid input");
      io.err().flush();
      return ExitCode.INPUT_ERRORS;
    }
    ClusterEvaluation evaluation = ClusterEvaluator.evaluate(predicted, goldLabels);
    return Commands.finish(io, output, problems, goldLabels.size(), out -> {
      if (format == Format.json) {
        new JsonOutput(false).evaluation(evaluation, out);
      } else {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(evaluation + System.lineSeparator());
        w.flush();
      }
    });
  }

  /** Reads the gold file; bad lines are reported and skipped. Keeps the line of each label. */
  private Map<String, String> readGold(Problems problems, Map<String, Long> lineOf) {
    Map<String, String> labels = new HashMap<>();
    try (InputStream in = Files.newInputStream(gold)) {
      Utf8Lines lines = new Utf8Lines(in);
      for (Utf8Lines.Line line = lines.next(); line != null; line = lines.next()) {
        String location = gold + ":" + line.number();
        if (!line.valid()) {
          problems.report(location, "invalid UTF-8 at byte " + line.invalidByteColumn() + "; line skipped");
          continue;
        }
        String text = line.text().strip();
        if (text.isEmpty() || text.startsWith("#")) {
          continue;
        }
        int tab = text.indexOf('\t');
        String id = tab < 0 ? "" : text.substring(0, tab).strip();
        String label = tab < 0 ? "" : text.substring(tab + 1).strip();
        if (id.isEmpty() || label.isEmpty() || label.indexOf('\t') >= 0) {
          problems.report(location, "expected 'article-id<TAB>event-id'; line skipped");
          continue;
        }
        String before = labels.putIfAbsent(id, label);
        if (before != null) {
          problems.report(location, "article \"" + id + "\" already labelled (line " + lineOf.get(id)
              + "); line skipped");
          continue;
        }
        lineOf.put(id, line.number());
      }
    } catch (IOException e) {
      problems.report(gold.toString(), "cannot read gold labels: " + e);
    }
    return labels;
  }
}
