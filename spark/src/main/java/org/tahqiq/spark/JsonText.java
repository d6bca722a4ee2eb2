package org.tahqiq.spark;

import java.util.List;
import org.tahqiq.cli.JsonLines;
import org.tahqiq.dedup.DuplicateGroup;
import org.tahqiq.report.ClusterReport;

/**
 * The command line's JSON lines without their line feed, as Spark's text writer wants them (it
 * adds one per row). One writer per JVM: the CLI's writer is stateless and thread-safe.
 */
final class JsonText {
  private static final JsonLines JSON = JsonLines.create();

  private JsonText() {}

  /** One {@code dedup} line. */
  static String group(String representative, List<String> members) {
    return strip(JSON.duplicateGroup(new DuplicateGroup(representative, members)));
  }

  /** One cluster of {@code analyze}. */
  static String cluster(ClusterReport cluster) {
    return strip(JSON.cluster(cluster));
  }

  private static String strip(String line) {
    return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
  }
}
