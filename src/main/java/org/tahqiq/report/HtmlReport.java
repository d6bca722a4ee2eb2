package org.tahqiq.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.tahqiq.clean.Removal;
import org.tahqiq.dedup.DuplicateGroup;
import org.tahqiq.diff.Claim;
import org.tahqiq.diff.Fact;
import org.tahqiq.diff.Outcome;

/**
 * Renders an {@link AnalysisReport} as one self-contained HTML page: right-to-left, inline CSS,
 * no script and no network access, so it can be mailed or archived as is.
 *
 * <p>Layout: a summary and table of contents; the near-duplicate groups; then one {@code <section
 * class="event">} per event reported by several articles, with its fact table (conflicts first and
 * highlighted, single-source facts folded into a {@code <details>}) and the sources' texts side by
 * side. Every claim in the table links ({@code href="#ev-…"}) to a {@code <mark>} around its
 * evidence in the source's raw text; text the cleaner removed is shown struck through. Articles
 * alone in their event are listed at the end. Stable hooks for styling and tests: {@code
 * data-outcome} on fact rows and marks, {@code data-cluster} on event sections, {@code
 * data-article} on sources.
 *
 * <p>Immutable and thread-safe.
 */
public final class HtmlReport {
  private static final String CSS = loadCss();

  private final Labels labels;
  private final String title;

  private HtmlReport(Labels labels, String title) {
    this.labels = labels;
    this.title = title;
  }

  /** A renderer with the default (Arabic) labels and title. */
  public static HtmlReport defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The page as a string. */
  public String render(AnalysisReport report) {
    Objects.requireNonNull(report, "report must not be null");
    StringBuilder out = new StringBuilder(1 << 16);
    new Page(report, out).write();
    return out.toString();
  }

  /** Writes the page to {@code out}; the caller encodes it as UTF-8 (the page says so). */
  public void write(AnalysisReport report, Appendable out) throws IOException {
    Objects.requireNonNull(out, "out must not be null");
    out.append(render(report));
  }

  /** Display priority of an outcome: a mark shared by several facts shows the highest. */
  private static int severity(Outcome o) {
    return switch (o) {
      case CONFLICT -> 4;
      case REFINES -> 3;
      case APPROX_AGREE -> 2;
      case AGREE -> 1;
      case UNIQUE -> 0;
    };
  }

  /** The rendering of one report; single use. */
  private final class Page {
    private final AnalysisReport report;
    private final StringBuilder out;
    private final Map<String, ArticleSummary> byId = new HashMap<>();

    Page(AnalysisReport report, StringBuilder out) {
      this.report = report;
      this.out = out;
      report.articles().forEach(a -> byId.put(a.id(), a));
    }

    void write() {
      List<ClusterReport> events = report.multiArticleClusters();
      out.append("<!DOCTYPE html>\n<html dir=\"rtl\" lang=\"ar\">\n<head>\n<meta charset=\"utf-8\">\n")
          .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
      text(title);
      out.append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<header>\n<h1>");
      text(title);
      out.append("</h1>\n<p class=\"summary\">");
      count(report.articles().size(), "summary.articles");
      out.append(" · ");
      count(report.duplicates().size(), "summary.duplicates");
      out.append(" · ");
      count(events.size(), "summary.events");
      out.append(" · ");
      count(report.count(Outcome.CONFLICT), "summary.conflicts");
      out.append("</p>\n</header>\n");

      if (!events.isEmpty()) {
        out.append("<nav id=\"toc\"><h2>").append(label("toc")).append("</h2>\n<ol>\n");
        for (int k = 0; k < events.size(); k++) {
          ClusterReport c = events.get(k);
          out.append("<li><a href=\"#event-").append(k + 1).append("\">");
          text(eventTitle(c));
          out.append("</a> (").append(c.articles().size()).append(' ').append(label("summary.articles"))
              .append("، ").append(c.withOutcome(Outcome.CONFLICT).size()).append(' ')
              .append(label("summary.conflicts")).append(")</li>\n");
        }
        out.append("</ol>\n</nav>\n");
      }

      duplicates();
      for (int k = 0; k < events.size(); k++) {
        event(k + 1, events.get(k));
      }
      singles();
      out.append("<footer>").append(label("footer")).append("</footer>\n</body>\n</html>\n");
    }

    private void duplicates() {
      out.append("<section id=\"duplicates\">\n<h2>").append(label("duplicates")).append("</h2>\n");
      if (report.duplicates().isEmpty()) {
        out.append("<p>").append(label("duplicates.none")).append("</p>\n");
      } else {
        out.append("<ul>\n");
        for (DuplicateGroup g : report.duplicates()) {
          out.append("<li class=\"duplicate-group\">");
          for (int i = 0; i < g.members().size(); i++) {
            out.append(i == 0 ? "" : i == 1 ? " ← " : "، ");
            articleName(g.members().get(i));
          }
          out.append("</li>\n");
        }
        out.append("</ul>\n");
      }
      out.append("</section>\n");
    }

    private void singles() {
      List<ClusterReport> singles = report.clusters().stream().filter(ClusterReport::isSingleton).toList();
      if (singles.isEmpty()) {
        return;
      }
      out.append("<section id=\"singles\">\n<h2>").append(label("singles")).append("</h2>\n<ul>\n");
      for (ClusterReport c : singles) {
        out.append("<li data-article=\"");
        attribute(c.id());
        out.append("\">");
        articleName(c.id());
        ArticleSummary a = byId.get(c.id());
        out.append(": ");
        text(DisplayWidth.fit(a.article().title().orElseGet(() -> keptText(a)), 140));
        out.append("</li>\n");
      }
      out.append("</ul>\n</section>\n");
    }

    private void event(int k, ClusterReport c) {
      List<String> ids = c.articles();
      Map<String, Integer> column = new HashMap<>();
      for (int i = 0; i < ids.size(); i++) {
        column.put(ids.get(i), i);
      }
      Evidence evidence = new Evidence(k, ids, column, c.facts());

      out.append("<section class=\"event\" id=\"event-").append(k).append("\" data-cluster=\"");
      attribute(c.id());
      out.append("\">\n<h2>").append(label("event")).append(' ').append(k).append(": ");
      text(eventTitle(c));
      out.append("</h2>\n<h3>").append(label("facts")).append("</h3>\n");
      List<Fact> shared = c.facts().stream().filter(f -> f.outcome() != Outcome.UNIQUE).toList();
      List<Fact> unique = c.facts().stream().filter(f -> f.outcome() == Outcome.UNIQUE).toList();
      if (c.facts().isEmpty()) {
        out.append("<p>").append(label("facts.none")).append("</p>\n");
      }
      if (!shared.isEmpty()) {
        factTable(k, ids, shared, evidence, c.facts());
      }
      if (!unique.isEmpty()) {
        out.append("<details class=\"unique\">\n<summary>").append(label("unique")).append(" (")
            .append(unique.size()).append(")</summary>\n");
        factTable(k, ids, unique, evidence, c.facts());
        out.append("</details>\n");
      }

      out.append("<h3>").append(label("sources")).append("</h3>\n")
          .append("<div class=\"sources\" style=\"grid-template-columns: repeat(").append(ids.size())
          .append(", minmax(18rem, 1fr))\">\n");
      for (int i = 0; i < ids.size(); i++) {
        source(k, i, byId.get(ids.get(i)), evidence);
      }
      out.append("</div>\n</section>\n");
    }

    private void factTable(int k, List<String> ids, List<Fact> facts, Evidence evidence, List<Fact> all) {
      out.append("<table class=\"facts\">\n<thead><tr><th>").append(label("column.outcome")).append("</th><th>")
          .append(label("column.kind")).append("</th><th>").append(label("column.subject")).append("</th>");
      for (String id : ids) {
        out.append("<th>");
        articleName(id);
        out.append("</th>");
      }
      out.append("</tr></thead>\n<tbody>\n");
      for (Fact f : facts) {
        int index = indexOf(all, f);
        boolean conflict = f.outcome() == Outcome.CONFLICT;
        out.append("<tr class=\"fact").append(conflict ? " conflict" : "").append("\" id=\"fact-").append(k)
            .append('-').append(index + 1).append("\" data-outcome=\"").append(f.outcome().name()).append('"');
        f.conflictKind().ifPresent(ck -> out.append(" data-conflict-kind=\"").append(ck.name()).append('"'));
        out.append(">\n<td><span class=\"badge ").append(f.outcome().name()).append("\">")
            .append(label("outcome." + f.outcome().name()));
        f.conflictKind().ifPresent(ck -> out.append(": ").append(label("conflict." + ck.name())));
        out.append("</span><br><span class=\"confidence\">").append(label("confidence")).append(' ')
            .append(Math.round(f.confidence() * 100)).append("٪</span></td>\n<td>")
            .append(label("kind." + f.kind().name())).append("</td>\n<td>");
        text(f.subject());
        out.append("</td>\n");
        for (String id : ids) {
          out.append("<td class=\"claims\">");
          for (Claim claim : f.claims()) {
            if (claim.article().equals(id)) {
              claim(claim, evidence, conflict);
            }
          }
          out.append("</td>\n");
        }
        out.append("</tr>\n");
      }
      out.append("</tbody>\n</table>\n");
    }

    private void claim(Claim claim, Evidence evidence, boolean withSentence) {
      out.append("<div class=\"claim\">");
      String anchor = evidence.anchorOf(claim);
      if (anchor != null) {
        out.append("<a href=\"#").append(anchor).append("\">");
        text(claim.value());
        out.append("</a>");
      } else {
        text(claim.value());
      }
      // Normalized values are mostly Latin or digits ("--02", "person:kim-jong-il"): give them
      // their own direction, or "--02" would show as "02--" in a right-to-left page.
      out.append("<bdi class=\"normalized\" dir=\"")
          .append(DisplayWidth.hasRightToLeft(claim.normalized()) ? "rtl" : "ltr").append("\">");
      text(claim.normalized());
      out.append("</bdi>");
      if (withSentence) {
        out.append("<q>");
        text(claim.sentence());
        out.append("</q>");
      }
      out.append("</div>");
    }

    private void source(int k, int column, ArticleSummary a, Evidence evidence) {
      out.append("<article class=\"source\" id=\"source-").append(k).append('-').append(column + 1)
          .append("\" data-article=\"");
      attribute(a.id());
      out.append("\">\n<header><h3>");
      text(a.article().source().equals(org.tahqiq.article.Article.UNKNOWN_SOURCE)
          ? label("source.unknown") : a.article().source());
      out.append("</h3><div class=\"meta\"><bdi class=\"id\">");
      text(a.id());
      out.append("</bdi>");
      a.article().published().ifPresent(p -> {
        out.append(" · ").append(label("published")).append(" <bdi>");
        text(p.toString());
        out.append("</bdi>");
      });
      out.append("</div>");
      a.article().title().ifPresent(t -> {
        out.append("<p><b>");
        text(t);
        out.append("</b></p>");
      });
      out.append("</header>\n<div class=\"text\">");
      sourceText(a, evidence.marks.get(column), k, column);
      out.append("</div>\n</article>\n");
    }

    /**
     * The raw text with removals struck through and marks around evidence. Removals and marks may
     * cross, so the text is cut at every boundary of either and each piece wrapped on its own; a
     * mark's id goes on its first piece.
     */
    private void sourceText(ArticleSummary a, List<Mark> marks, int k, int column) {
      String text = a.article().text();
      List<Removal> removals = new ArrayList<>(a.removals());
      removals.sort(Comparator.comparingInt(x -> x.raw().start()));
      TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
      for (Removal r : removals) {
        cuts.add(clamp(r.raw().start(), text));
        cuts.add(clamp(r.raw().end(), text));
      }
      for (Mark m : marks) {
        cuts.add(m.start);
        cuts.add(m.end);
      }
      Integer[] points = cuts.toArray(new Integer[0]);
      int r = 0;
      int m = 0;
      for (int p = 0; p + 1 < points.length; p++) {
        int from = points[p];
        int to = points[p + 1];
        while (r < removals.size() && removals.get(r).raw().end() <= from) {
          r++;
        }
        while (m < marks.size() && marks.get(m).end <= from) {
          m++;
        }
        boolean removed = r < removals.size() && removals.get(r).raw().start() <= from;
        Mark mark = m < marks.size() && marks.get(m).start <= from ? marks.get(m) : null;
        if (removed) {
          out.append("<del class=\"removed\" title=\"").append(label("removed")).append(": ")
              .append(removals.get(r).reason().name()).append("\">");
        }
        if (mark != null) {
          out.append("<mark class=\"").append(mark.outcome.name()).append("\" data-outcome=\"")
              .append(mark.outcome.name()).append('"');
          if (mark.start == from) {
            out.append(" id=\"").append(anchor(k, column, mark.index)).append('"');
          }
          out.append(" title=\"").append(label("outcome." + mark.outcome.name())).append("\">");
        }
        Html.escape(out, text, from, to);
        if (mark != null) {
          out.append("</mark>");
        }
        if (removed) {
          out.append("</del>");
        }
      }
    }

    private String eventTitle(ClusterReport c) {
      for (String id : c.articles()) {
        var t = byId.get(id).article().title();
        if (t.isPresent()) {
          return DisplayWidth.fit(t.get(), 120);
        }
      }
      return DisplayWidth.fit(keptText(byId.get(c.id())), 120);
    }

    /** The start of the article's text without what the cleaner removed (datelines, credits). */
    private String keptText(ArticleSummary a) {
      String text = a.article().text();
      StringBuilder kept = new StringBuilder(256);
      int at = 0;
      List<Removal> removals = new ArrayList<>(a.removals());
      removals.sort(Comparator.comparingInt(x -> x.raw().start()));
      for (Removal r : removals) {
        if (kept.length() >= 256) {
          break;
        }
        int start = clamp(r.raw().start(), text);
        if (start > at) {
          kept.append(text, at, Math.min(start, at + 256)).append(' ');
        }
        at = Math.max(at, clamp(r.raw().end(), text));
      }
      if (kept.length() < 256 && at < text.length()) {
        kept.append(text, at, Math.min(text.length(), at + 256));
      }
      return kept.toString();
    }

    private void articleName(String id) {
      ArticleSummary a = byId.get(id);
      if (a != null && !a.article().source().equals(org.tahqiq.article.Article.UNKNOWN_SOURCE)) {
        text(a.article().source());
        out.append(' ');
      }
      out.append("<bdi class=\"id\">");
      text(id);
      out.append("</bdi>");
    }

    private void count(long n, String key) {
      out.append("<b>").append(n).append("</b> ").append(label(key));
    }

    private String label(String key) {
      StringBuilder s = new StringBuilder();
      Html.escape(s, labels.get(key));
      return s.toString();
    }

    private void text(String s) {
      Html.escape(out, s);
    }

    private void attribute(String s) {
      Html.escape(out, s);
    }
  }

  private static int indexOf(List<Fact> facts, Fact f) {
    for (int i = 0; i < facts.size(); i++) {
      if (facts.get(i) == f) {
        return i;
      }
    }
    throw new IllegalStateException("fact not in its cluster");
  }

  private static int clamp(int offset, String text) {
    return Math.max(0, Math.min(offset, text.length()));
  }

  private static String anchor(int event, int column, int mark) {
    return "ev-" + event + "-" + (column + 1) + "-" + (mark + 1);
  }

  /** A highlighted range of one source's raw text, the union of overlapping claim ranges. */
  private static final class Mark {
    final int index;
    final int start;
    int end;
    Outcome outcome;

    Mark(int index, int start, int end, Outcome outcome) {
      this.index = index;
      this.start = start;
      this.end = end;
      this.outcome = outcome;
    }
  }

  /** The marks of each source of one event, and which mark holds each claim. */
  private static final class Evidence {
    final int event;
    final Map<String, Integer> column;
    final List<List<Mark>> marks = new ArrayList<>();

    Evidence(int event, List<String> ids, Map<String, Integer> column, List<Fact> facts) {
      this.event = event;
      this.column = column;
      List<List<int[]>> ranges = new ArrayList<>();
      for (int i = 0; i < ids.size(); i++) {
        ranges.add(new ArrayList<>());
      }
      for (Fact f : facts) {
        for (Claim c : f.claims()) {
          Integer col = column.get(c.article());
          if (col != null && c.end() > c.start()) {
            ranges.get(col).add(new int[] {c.start(), c.end(), f.outcome().ordinal()});
          }
        }
      }
      for (List<int[]> r : ranges) {
        r.sort(Comparator.<int[]>comparingInt(x -> x[0]).thenComparingInt(x -> x[1]));
        List<Mark> merged = new ArrayList<>();
        for (int[] x : r) {
          Outcome o = Outcome.values()[x[2]];
          Mark last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
          if (last != null && x[0] < last.end) {
            last.end = Math.max(last.end, x[1]);
            if (severity(o) > severity(last.outcome)) {
              last.outcome = o;
            }
          } else {
            merged.add(new Mark(merged.size(), x[0], x[1], o));
          }
        }
        marks.add(merged);
      }
    }

    /** The id of the mark around {@code claim}'s evidence, or null if it is not in this event. */
    String anchorOf(Claim claim) {
      Integer col = column.get(claim.article());
      if (col == null || claim.end() <= claim.start()) {
        return null;
      }
      List<Mark> list = marks.get(col);
      int[] starts = list.stream().mapToInt(m -> m.start).toArray();
      int i = Arrays.binarySearch(starts, claim.start());
      int at = i >= 0 ? i : -i - 2;
      return at >= 0 ? anchor(event, col, list.get(at).index) : null;
    }
  }

  private static String loadCss() {
    try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/tahqiq/report/report.css");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read org/tahqiq/report/report.css", e);
    }
  }

  /** Builder for {@link HtmlReport}; not thread-safe. */
  public static final class Builder {
    private Labels labels = Labels.defaults();
    private String title;

    private Builder() {}

    /** The page's title; defaults to the {@code title} label. */
    public Builder title(String title) {
      this.title = Objects.requireNonNull(title, "title must not be null");
      return this;
    }

    /**
     * Replaces labels of the page by those of a properties file (keys as in {@code
     * org/tahqiq/report/labels.properties}), e.g. to translate the page.
     */
    public Builder labels(Reader properties) throws IOException {
      this.labels = labels.with(Objects.requireNonNull(properties, "properties must not be null"));
      return this;
    }

    public HtmlReport build() {
      return new HtmlReport(labels, title != null ? title : labels.get("title"));
    }
  }
}
