package org.tahqiq.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.tahqiq.article.Article;
import org.tahqiq.report.AnalysisReport;
import org.tahqiq.report.HtmlReport;
import org.tahqiq.report.NewsAnalysis;
import org.tahqiq.report.TextReport;

/**
 * The README's first command: runs the whole pipeline ({@link NewsAnalysis}) on a folder of {@code
 * .txt} articles (the seeds by default; id = file name without extension), prints the
 * near-duplicate groups, the event clusters and the fact table of each event ({@link TextReport}),
 * and writes the HTML report ({@link HtmlReport}) to {@code target/tahqiq-demo-report.html},
 * printing where.
 *
 * <p>Usage: {@code Demo [folder]}; exit status 2 when the folder cannot be read. For anything
 * beyond the demo, use the command line ({@code org.tahqiq.cli.TahqiqCli}).
 */
public final class Demo {
  /** Where the HTML report goes, relative to the working directory (the project for {@code mvn exec:java}). */
  static final Path REPORT = Path.of("target", "tahqiq-demo-report.html");

  private Demo() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "seeds");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (!Files.isDirectory(dir)) {
      System.err.println("demo: not a folder: " + dir.toAbsolutePath());
      System.exit(2);
    }
    List<Article> articles = readFolder(dir);
    out.printf("Tahqiq demo on %s: ", dir);
    AnalysisReport report = NewsAnalysis.defaults().analyze(articles);
    out.print(TextReport.defaults().render(report));

    Path html = REPORT.toAbsolutePath();
    Files.createDirectories(html.getParent());
    try (Writer w = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
      HtmlReport.defaults().write(report, w);
    }
    out.println();
    out.println("HTML report (sources side by side, evidence highlighted): " + html.toUri());
  }

  static List<Article> readFolder(Path dir) throws IOException {
    List<Article> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
        String name = p.getFileName().toString();
        out.add(Article.of(name.substring(0, name.length() - 4), Files.readString(p, StandardCharsets.UTF_8)));
      }
    }
    return out;
  }
}
