package org.tahqiq.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.tahqiq.clean.Removal;
import org.tahqiq.clean.RemovalReason;
import org.tahqiq.dedup.DuplicateGroup;
import org.tahqiq.diff.Claim;
import org.tahqiq.diff.Fact;
import org.tahqiq.diff.Outcome;

/**
 * Renders an {@link AnalysisReport} as plain text for a terminal: the articles with what was
 * cleaned, the near-duplicate groups, and for each event of several articles its facts — conflicts
 * first — with each source's value and an excerpt of its evidence sentence.
 *
 * <p>Arabic stays in logical order; columns are aligned by display width (code points, combining
 * marks counting zero) and a cell with Arabic letters ends with a LEFT-TO-RIGHT MARK (U+200E), so
 * a bidi-aware terminal keeps each cell in its column. Facts only one source states are counted,
 * not listed, unless {@link Builder#listUniqueFacts(boolean)} is on.
 *
 * <p>Immutable and thread-safe.
 */
public final class TextReport {
  private static final String INDENT = "  ";

  private final int sentenceWidth;
  private final boolean listUniqueFacts;

  private TextReport(Builder b) {
    this.sentenceWidth = b.sentenceWidth;
    this.listUniqueFacts = b.listUniqueFacts;
  }

  /** A renderer with the defaults: 72-cell evidence excerpts, single-source facts counted only. */
  public static TextReport defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The report as text, lines ending in {@code \n}. */
  public String render(AnalysisReport report) {
    StringBuilder out = new StringBuilder();
    try {
      write(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not throw
    }
    return out.toString();
  }

  /** Writes the report to {@code out}. */
  public void write(AnalysisReport report, Appendable out) throws IOException {
    Objects.requireNonNull(report, "report must not be null");
    Objects.requireNonNull(out, "out must not be null");
    StringBuilder b = new StringBuilder();
    List<ClusterReport> events = report.multiArticleClusters();
    b.append(String.format(Locale.ROOT,
        "%d articles, %d near-duplicate groups, %d events reported by several articles, %d conflicts%n%n",
        report.articles().size(), report.duplicates().size(), events.size(), report.count(Outcome.CONFLICT)));

    b.append("Articles\n");
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"id", "source", "published", "chars", "removed"});
    for (ArticleSummary a : report.articles()) {
      rows.add(new String[] {
          DisplayWidth.fit(a.id(), 40),
          DisplayWidth.fit(a.article().source(), 24),
          a.article().published().map(Object::toString).orElse("-"),
          Integer.toString(a.chars()),
          removed(a.removals())});
    }
    table(b, rows);

    b.append("\nNear-duplicate groups (copies of one text)");
    if (report.duplicates().isEmpty()) {
      b.append(": none\n");
    } else {
      b.append('\n');
      int n = 0;
      for (DuplicateGroup g : report.duplicates()) {
        b.append(INDENT).append(++n).append(". ").append(g.representative()).append(" <- ")
            .append(String.join(", ", g.members().subList(1, g.size()))).append('\n');
      }
    }

    int n = 0;
    for (ClusterReport c : events) {
      b.append(String.format(Locale.ROOT, "%nEvent %d: %d articles: %s%n", ++n, c.articles().size(),
          String.join(", ", c.articles())));
      b.append(INDENT).append(counts(c)).append('\n');
      for (Fact f : c.facts()) {
        if (f.outcome() != Outcome.UNIQUE || listUniqueFacts) {
          fact(b, f);
        }
      }
    }
    List<String> singles = report.clusters().stream().filter(ClusterReport::isSingleton)
        .map(ClusterReport::id).toList();
    if (!singles.isEmpty()) {
      b.append("\nArticles that no other article reports the same event as: ")
          .append(String.join(", ", singles)).append('\n');
    }
    out.append(b);
  }

  private void fact(StringBuilder b, Fact f) {
    b.append('\n').append(INDENT).append(f.outcome());
    f.conflictKind().ifPresent(k -> b.append(" (").append(k).append(')'));
    b.append(String.format(Locale.ROOT, "  %s fact, confidence %.2f: ", f.kind(), f.confidence()));
    String subject = DisplayWidth.fit(f.subject(), sentenceWidth);
    b.append(subject);
    if (DisplayWidth.hasRightToLeft(subject)) {
      b.append(DisplayWidth.LEFT_TO_RIGHT_MARK);
    }
    b.append('\n');
    List<String[]> rows = new ArrayList<>();
    for (Claim c : f.claims()) {
      rows.add(new String[] {
          DisplayWidth.fit(c.article(), 40),
          DisplayWidth.fit(c.value(), 32),
          DisplayWidth.fit(c.normalized(), 36),
          "\u00AB" + excerpt(c) + "\u00BB"});
    }
    StringBuilder claims = new StringBuilder();
    table(claims, rows);
    claims.toString().lines().forEach(l -> b.append(INDENT).append(INDENT).append(l).append('\n'));
  }

  /** The evidence sentence, cut around the value when it is longer than the excerpt width. */
  private String excerpt(Claim c) {
    String s = c.sentence();
    if (DisplayWidth.of(s) > sentenceWidth) {
      int at = s.indexOf(c.value());
      if (at > sentenceWidth / 3) {
        int from = at - sentenceWidth / 3;
        while (from > 0 && !Character.isWhitespace(s.charAt(from - 1))) {
          from++;
        }
        s = DisplayWidth.HORIZONTAL_ELLIPSIS + s.substring(Math.min(from, at));
      }
    }
    return DisplayWidth.fit(s, sentenceWidth);
  }

  private static String counts(ClusterReport c) {
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    c.facts().forEach(f -> counts.merge(f.outcome(), 1, Integer::sum));
    return String.format(Locale.ROOT,
        "%d conflicts, %d refinements, %d approximate agreements, %d agreements, %d claims by one source only",
        counts.getOrDefault(Outcome.CONFLICT, 0), counts.getOrDefault(Outcome.REFINES, 0),
        counts.getOrDefault(Outcome.APPROX_AGREE, 0), counts.getOrDefault(Outcome.AGREE, 0),
        counts.getOrDefault(Outcome.UNIQUE, 0));
  }

  private static String removed(List<Removal> removals) {
    if (removals.isEmpty()) {
      return "-";
    }
    Map<RemovalReason, Integer> reasons = new TreeMap<>();
    removals.forEach(r -> reasons.merge(r.reason(), 1, Integer::sum));
    StringBuilder s = new StringBuilder();
    reasons.forEach((reason, count) -> s.append(s.length() == 0 ? "" : ", ").append(reason)
        .append(count > 1 ? " x" + count : ""));
    return s.toString();
  }

  /** Appends rows as columns padded to their widest cell; the last column is not padded. */
  private static void table(StringBuilder b, List<String[]> rows) {
    int columns = rows.get(0).length;
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], DisplayWidth.of(row[i]));
      }
    }
    for (String[] row : rows) {
      b.append(INDENT);
      for (int i = 0; i < columns - 1; i++) {
        DisplayWidth.pad(b, row[i], widths[i] + 2);
      }
      b.append(row[columns - 1]);
      if (DisplayWidth.hasRightToLeft(row[columns - 1])) {
        b.append(DisplayWidth.LEFT_TO_RIGHT_MARK);
      }
      b.append('\n');
    }
  }

  /** Builder for {@link TextReport}; not thread-safe. */
  public static final class Builder {
    private int sentenceWidth = 72;
    private boolean listUniqueFacts;

    private Builder() {}

    /** Maximum width in terminal cells of an evidence excerpt or a fact's subject; at least 16. */
    public Builder sentenceWidth(int cells) {
      if (cells < 16) {
        throw new IllegalArgumentException("sentenceWidth must be at least 16 cells: " + cells);
      }
      this.sentenceWidth = cells;
      return this;
    }

    /** Whether facts that only one source states are listed (they are always counted). */
    public Builder listUniqueFacts(boolean on) {
      this.listUniqueFacts = on;
      return this;
    }

    public TextReport build() {
      return new TextReport(this);
    }
  }
}
