package org.tahqiq.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.tahqiq.dedup.DuplicateGroup;
import org.tahqiq.report.ClusterReport;

/**
 * The command line's JSON Lines output for other front ends of the same pipeline (the Spark jobs
 * of {@code tahqiq-spark}): one {@code dedup} group, or one cluster of {@code analyze}, as one line
 * of UTF-8 JSON ending with a line feed, written by the same code as the command line's, so field
 * names, order and number formats are those of {@code docs/schema/}. Stateless; thread-safe.
 */
public final class JsonLines {
  private final JsonOutput json = new JsonOutput(false);

  private JsonLines() {}

  /** A writer of JSON lines. */
  public static JsonLines create() {
    return new JsonLines();
  }

  /** {@code {"representative", "members"}}, as one line of {@code dedup}. */
  public String duplicateGroup(DuplicateGroup group) {
    Objects.requireNonNull(group, "group must not be null");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.duplicateGroup(group, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * {@code {"id", "articles", "facts"}}, as one element of {@code analyze}'s {@code "clusters"}
   * (docs/schema/analysis.schema.json), on one line.
   */
  public String cluster(ClusterReport cluster) {
    Objects.requireNonNull(cluster, "cluster must not be null");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.cluster(cluster, out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
