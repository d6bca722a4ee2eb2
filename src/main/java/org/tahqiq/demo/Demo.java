package org.tahqiq.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.tahqiq.article.Article;
import org.tahqiq.clean.Removal;
import org.tahqiq.clean.RemovalReason;
import org.tahqiq.dedup.DuplicateGroup;
import org.tahqiq.dedup.DuplicateReport;
import org.tahqiq.dedup.NearDuplicateDetector;
import org.tahqiq.pipeline.ProcessedArticle;
import org.tahqiq.pipeline.TextPipeline;
import org.tahqiq.signature.MinHasher;
import org.tahqiq.signature.Signature;
import org.tahqiq.token.Tokenizer;

/**
 * The README's first command: runs the pipeline on a folder of {@code .txt} articles (the seeds by
 * default) and prints, per article, what the cleaner removed and what the story became, then the
 * near-duplicate groups and the pairwise similarity of the articles.
 *
 * <p>Usage: {@code Demo [folder]}; exit status 2 when the folder cannot be read.
 */
public final class Demo {
  private static final int PREVIEW_CHARS = 160;

  private Demo() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "seeds");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (!Files.isDirectory(dir)) {
      System.err.println("demo: not a folder: " + dir.toAbsolutePath());
      System.exit(2);
    }
    List<Article> articles = readFolder(dir);
    out.printf("Tahqiq demo: %d articles from %s%n%n", articles.size(), dir);

    TextPipeline pipeline = TextPipeline.defaults();
    Tokenizer tokenizer = Tokenizer.defaults();
    List<ProcessedArticle> processed = new ArrayList<>();
    out.printf("%-24s %9s %9s %7s %9s  %s%n", "article", "raw chars", "kept", "tokens", "shingles", "removed");
    for (Article a : articles) {
      ProcessedArticle p = pipeline.process(a);
      processed.add(p);
      Map<RemovalReason, Integer> reasons = new TreeMap<>();
      for (Removal r : p.cleaned().removals()) {
        reasons.merge(r.reason(), 1, Integer::sum);
      }
      out.printf("%-24s %9d %9d %7d %9d  %s%n",
          a.id(), a.text().length(), p.normalized().length(), tokenizer.tokenize(p.normalized()).size(),
          p.shingles().size(), reasons.isEmpty() ? "-" : reasons);
    }

    out.println();
    out.println("Cleaned, normalized story (first " + PREVIEW_CHARS + " chars):");
    for (ProcessedArticle p : processed) {
      String text = p.normalized().text().replace('\n', ' ');
      out.printf("  %s: %s%s%n", p.id(), text.substring(0, Math.min(PREVIEW_CHARS, text.length())),
          text.length() > PREVIEW_CHARS ? " …" : "");
    }

    NearDuplicateDetector detector = NearDuplicateDetector.defaults();
    DuplicateReport report = detector.detect(articles);
    out.println();
    out.printf("Near-duplicate groups (Jaccard >= %.2f, %s k=%d): %s%n",
        detector.threshold(), detector.policy().scheme(), detector.policy().k(),
        report.groups().isEmpty() ? "none" : report.groups().size());
    for (DuplicateGroup g : report.groups()) {
      out.printf("  %s <- %s%n", g.representative(), g.members().subList(1, g.size()));
    }

    out.println();
    out.println("Estimated Jaccard similarity of the shingle sets (MinHash):");
    MinHasher hasher = detector.policy().newHasher();
    List<Signature> sigs = processed.stream().map(p -> hasher.sign(p.shingles().toArray())).toList();
    out.printf("%-8s", "");
    for (ProcessedArticle p : processed) {
      out.printf(" %6s", shortId(p.id()));
    }
    out.println();
    for (int i = 0; i < processed.size(); i++) {
      out.printf("%-8s", shortId(processed.get(i).id()));
      for (int j = 0; j < processed.size(); j++) {
        out.printf(" %6.3f", sigs.get(i).estimateJaccard(sigs.get(j)));
      }
      out.println();
    }
  }

  private static String shortId(String id) {
    int cut = id.indexOf('_');
    return cut > 0 ? id.substring(0, cut) : id.length() > 6 ? id.substring(0, 6) : id;
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
