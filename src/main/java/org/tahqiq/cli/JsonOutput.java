package org.tahqiq.cli;

import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.tahqiq.article.ArticleFailure;
import org.tahqiq.clean.Removal;
import org.tahqiq.cluster.ClusterEvaluation;
import org.tahqiq.dedup.DuplicateGroup;
import org.tahqiq.diff.Claim;
import org.tahqiq.diff.Fact;
import org.tahqiq.report.AnalysisReport;
import org.tahqiq.report.ArticleSummary;
import org.tahqiq.report.ClusterReport;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command line's JSON, written field by field so that names and order are exactly those of
 * the schemas in {@code docs/schema/} (a stable interface: fields are only ever added). Text is
 * UTF-8 as is, never {@code \\u}-escaped beyond what JSON requires. Offsets are UTF-16 code units
 * of the article's raw text. Each document ends with a line feed, so that a sequence of them is
 * JSON Lines. Immutable; thread-safe.
 */
final class JsonOutput {
  /**
   * jackson-core's generator factory: the output is written token by token, so databind (whose
   * initialization loads the JDK's locale data, a tenth of a second of a cold start) is loaded only
   * to write a captured JSON value back ({@link Trees}).
   */
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  /** Indents as databind's {@code INDENT_OUTPUT} does: its default pretty printer. */
  private static final class PrettyContext extends ObjectWriteContext.Base {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return new DefaultPrettyPrinter();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  }

  /** The writers for documents that hold a JSON tree from the input; loaded on first use. */
  private static final class Trees {
    static final JsonMapper MAPPER = JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    static final ObjectWriter COMPACT = MAPPER.writer();
    static final ObjectWriter PRETTY = MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT);
  }

  private final boolean pretty;

  JsonOutput(boolean pretty) {
    this.pretty = pretty;
  }

  private JsonGenerator open(OutputStream out) {
    return FACTORY.createGenerator(pretty ? new PrettyContext() : ObjectWriteContext.empty(), out);
  }

  /** A generator that can also write JSON trees (databind's). */
  private JsonGenerator openForTrees(OutputStream out) {
    return (pretty ? Trees.PRETTY : Trees.COMPACT).createGenerator(out);
  }

  private static void end(JsonGenerator g, OutputStream out) {
    g.flush();
    g.close();
    try {
      out.write('\n');
      out.flush();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** {@code {"articles", "duplicates", "clusters"}}: the result of {@code analyze}. */
  void analysis(AnalysisReport report, OutputStream out) {
    analysis(report, Optional.empty(), out);
  }

  /**
   * As {@link #analysis(AnalysisReport, OutputStream)}; with {@code archived} ({@code analyze
   * --archive}: which ids came from the archive), every group and cluster lists its archived
   * members under {@code archived} (possibly none).
   */
  void analysis(AnalysisReport report, Optional<java.util.function.Predicate<String>> archived, OutputStream out) {
    JsonGenerator g = open(out);
    g.writeStartObject();
    articles(g, report.articles());
    g.writeArrayPropertyStart("duplicates");
    for (DuplicateGroup d : report.duplicates()) {
      duplicateGroup(g, d, archived.map(isArchived -> d.members().stream().filter(isArchived).toList()));
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("clusters");
    for (ClusterReport c : report.clusters()) {
      cluster(g, c, archived.isPresent());
    }
    g.writeEndArray();
    skipped(g, report.skipped());
    g.writeEndObject();
    end(g, out);
  }

  /**
   * {@code {"id", "stage", "error"}} of each article whose processing failed: the article appears
   * nowhere else in the output.
   */
  private static void skipped(JsonGenerator g, List<ArticleFailure> skipped) {
    g.writeArrayPropertyStart("skipped");
    for (ArticleFailure f : skipped) {
      g.writeStartObject();
      g.writeStringProperty("id", f.articleId());
      g.writeStringProperty("stage", f.stage());
      g.writeStringProperty("error", f.message());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /**
   * {@code {"group"?, "articles", "facts", "skipped"}}: the result of {@code diff}, the report's only
   * cluster.
   */
  void diff(AnalysisReport report, Optional<JsonNode> group, OutputStream out) {
    JsonGenerator g = group.isPresent() ? openForTrees(out) : open(out);
    g.writeStartObject();
    if (group.isPresent()) {
      g.writeName("group");
      g.writeTree(group.get());
    }
    articles(g, report.articles());
    facts(g, report.clusters().isEmpty() ? List.of() : report.clusters().get(0).facts());
    skipped(g, report.skipped());
    g.writeEndObject();
    end(g, out);
  }

  /** {@code {"representative", "members"}}: one line of {@code dedup}. */
  void duplicateGroup(DuplicateGroup group, OutputStream out) {
    duplicateGroup(group, Optional.empty(), out);
  }

  /**
   * {@code {"representative", "members", "archived"?}}: one line of {@code dedup}; with {@code
   * --archive}, {@code archived} lists the members loaded from the archive (possibly none).
   */
  void duplicateGroup(DuplicateGroup group, Optional<List<String>> archived, OutputStream out) {
    JsonGenerator g = open(out);
    duplicateGroup(g, group, archived);
    end(g, out);
  }

  /** {@code {"id", "articles", "facts"}}: one cluster of {@code analyze}, on its own line. */
  void cluster(ClusterReport cluster, OutputStream out) {
    JsonGenerator g = open(out);
    cluster(g, cluster, false);
    end(g, out);
  }

  /** The result of {@code eval}. */
  void evaluation(ClusterEvaluation e, OutputStream out) {
    JsonGenerator g = open(out);
    g.writeStartObject();
    g.writeNumberProperty("articles", e.articles());
    g.writeObjectPropertyStart("pairwise");
    g.writeNumberProperty("precision", e.pairwisePrecision());
    g.writeNumberProperty("recall", e.pairwiseRecall());
    g.writeNumberProperty("f1", e.pairwiseF1());
    g.writeNumberProperty("predictedPairs", e.predictedPairs());
    g.writeNumberProperty("goldPairs", e.goldPairs());
    g.writeNumberProperty("correctPairs", e.correctPairs());
    g.writeEndObject();
    g.writeObjectPropertyStart("bcubed");
    g.writeNumberProperty("precision", e.bcubedPrecision());
    g.writeNumberProperty("recall", e.bcubedRecall());
    g.writeNumberProperty("f1", e.bcubedF1());
    g.writeEndObject();
    g.writeEndObject();
    end(g, out);
  }

  private static void articles(JsonGenerator g, List<ArticleSummary> articles) {
    g.writeArrayPropertyStart("articles");
    for (ArticleSummary a : articles) {
      g.writeStartObject();
      g.writeStringProperty("id", a.id());
      g.writeStringProperty("source", a.article().source());
      g.writeName("published");
      if (a.article().published().isPresent()) {
        g.writeString(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(a.article().published().get()));
      } else {
        g.writeNull();
      }
      if (a.article().title().isPresent()) {
        g.writeStringProperty("title", a.article().title().get());
      }
      g.writeNumberProperty("chars", a.chars());
      g.writeArrayPropertyStart("removed");
      for (Removal r : a.removals()) {
        g.writeStartObject();
        g.writeStringProperty("reason", r.reason().name());
        g.writeNumberProperty("start", r.raw().start());
        g.writeNumberProperty("end", r.raw().end());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void facts(JsonGenerator g, List<Fact> facts) {
    g.writeArrayPropertyStart("facts");
    for (Fact f : facts) {
      g.writeStartObject();
      g.writeStringProperty("kind", f.kind().name());
      g.writeStringProperty("subject", f.subject());
      g.writeStringProperty("outcome", f.outcome().name());
      if (f.conflictKind().isPresent()) {
        g.writeStringProperty("conflictKind", f.conflictKind().get().name());
      }
      // Four decimals: enough to rank, and stable across platforms' last-digit differences.
      g.writeNumberProperty("confidence", Math.round(f.confidence() * 10_000) / 10_000.0);
      g.writeArrayPropertyStart("claims");
      for (Claim c : f.claims()) {
        g.writeStartObject();
        g.writeStringProperty("article", c.article());
        g.writeStringProperty("value", c.value());
        g.writeStringProperty("normalized", c.normalized());
        g.writeNumberProperty("start", c.start());
        g.writeNumberProperty("end", c.end());
        g.writeStringProperty("sentence", c.sentence());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void cluster(JsonGenerator g, ClusterReport c, boolean archiveMode) {
    g.writeStartObject();
    g.writeStringProperty("id", c.id());
    stringArray(g, "articles", c.articles());
    if (archiveMode) {
      stringArray(g, "archived", c.archived());
    }
    facts(g, c.facts());
    g.writeEndObject();
  }

  private static void duplicateGroup(JsonGenerator g, DuplicateGroup d, Optional<List<String>> archived) {
    g.writeStartObject();
    g.writeStringProperty("representative", d.representative());
    stringArray(g, "members", d.members());
    if (archived.isPresent()) {
      stringArray(g, "archived", archived.get());
    }
    g.writeEndObject();
  }

  private static void stringArray(JsonGenerator g, String name, List<String> values) {
    g.writeArrayPropertyStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
