package org.tahqiq.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.tahqiq.article.Article;

/**
 * Test corpora from the project's real Arabic text: the seeds, the core's labelled collection, and
 * a generated corpus of edited copies of them mixed with the originals and with splices of two
 * different articles (partly similar, so verification has something to reject).
 */
final class TestCorpus {
  static final Path SEEDS = Path.of("seeds");
  static final Path COLLECTION = Path.of("src/test/resources/org/tahqiq/cluster/collection");

  private TestCorpus() {}

  /** The {@code .txt} articles of a folder, id = file name without extension, by name. */
  static List<Article> folder(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      List<Article> out = new ArrayList<>();
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String name = p.getFileName().toString();
        out.add(Article.of(name.substring(0, name.length() - 4), Files.readString(p, StandardCharsets.UTF_8)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Originals, 0–4 edited copies of each (words dropped, repeated or swapped, a sentence cut, a
   * "read also" tail added), and splices; about a third undated, the rest on a few days, so that
   * representatives depend on both time and id.
   */
  static List<Article> editedCopies(long seed) {
    Random random = new Random(seed);
    List<Article> bases = new ArrayList<>(folder(SEEDS));
    for (Article a : folder(COLLECTION)) {
      if (bases.stream().noneMatch(b -> b.id().equals(a.id()))) {
        bases.add(a);
      }
    }
    List<Article> out = new ArrayList<>();
    int serial = 0;
    for (Article base : bases) {
      out.add(dated(random, "o" + serial++ + "-" + base.id(), base.text()));
      int copies = random.nextInt(5);
      for (int c = 0; c < copies; c++) {
        out.add(dated(random, "c" + Integer.toHexString(random.nextInt()) + "-" + serial++, edit(random, base.text())));
      }
    }
    for (int s = 0; s < 8; s++) {
      Article a = bases.get(random.nextInt(bases.size()));
      Article b = bases.get(random.nextInt(bases.size()));
      String[] wa = a.text().split(" ");
      String[] wb = b.text().split(" ");
      String spliced = String.join(" ", Arrays.copyOf(wa, wa.length * 2 / 3)) + " "
          + String.join(" ", Arrays.copyOfRange(wb, wb.length / 3, wb.length));
      out.add(dated(random, "s" + serial++, spliced));
    }
    out.add(Article.of("empty-1", ""));
    out.add(Article.of("empty-2", ""));
    out.add(Article.of("short-1", "قال الرئيس"));
    out.add(Article.of("short-2", "قال الرئيس"));
    return out;
  }

  private static Article dated(Random random, String id, String text) {
    Article.Builder b = Article.builder(id, text).source("outlet-" + random.nextInt(4));
    if (random.nextInt(3) != 0) {
      b.published(LocalDateTime.of(2024, 6, 18 + random.nextInt(3), random.nextInt(24), random.nextInt(2) * 30));
    }
    return b.build();
  }

  /** A republisher's edit: each word dropped, doubled or kept; perhaps a sentence cut, a tail. */
  private static String edit(Random random, String text) {
    double rate = random.nextDouble() * 0.07;
    StringBuilder sb = new StringBuilder();
    for (String word : text.split(" ")) {
      double r = random.nextDouble();
      if (r < rate) {
        continue;
      }
      sb.append(word).append(' ');
      if (r > 1 - rate / 2) {
        sb.append(word).append(' ');
      }
    }
    String edited = sb.toString().trim();
    if (random.nextBoolean()) {
      int cut = edited.indexOf('.', edited.length() / 2);
      if (cut > 0) {
        edited = edited.substring(0, cut + 1);
      }
    }
    if (random.nextBoolean()) {
      edited = edited + "\nاقرأ أيضاً: بوتين يصل إلى بيونغ يانغ في زيارة نادرة";
    }
    return edited;
  }
}
