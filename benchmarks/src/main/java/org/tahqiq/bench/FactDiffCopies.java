package org.tahqiq.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tahqiq.article.Article;
import org.tahqiq.diff.Fact;
import org.tahqiq.diff.FactDiff;
import org.tahqiq.diff.FactDiffReport;

/**
 * One-shot evaluation of the fact diff on whole articles that are copies of each other: the pairs
 * of {@code egypt-news-40k-same-title-pairs.jsonl} with {@code content_jaccard_w5 ≥ 0.8}, each
 * diffed as one two-article group with the publication times of the corpus.
 *
 * <p>{@code FactDiffCopies PAIRS.jsonl CORPUS.jsonl.gz [--list]} prints
 * <ul>
 *   <li>the share of pairs with any conflict (copies should have none);
 *   <li>the same pairs after one number or year of the second copy was changed (a standalone digit
 *       run chosen with a fixed seed; see {@link #changed}): the share caught, that is with a
 *       conflict whose claims name the new value.
 * </ul>
 * Skips cleanly (exit 0) when a file is absent. Benchmark-only code; not part of the library.
 */
public final class FactDiffCopies {
  private static final double MIN_JACCARD = 0.8;
  private static final long SEED = 20130612L;
  /** A digit run that is a number of its own: not part of a date, time, phone or decimal. */
  private static final Pattern STANDALONE = Pattern.compile("(?<![0-9٠-٩/:.,\\-])[0-9٠-٩]{1,4}(?![0-9٠-٩/:.,\\-%])");

  private FactDiffCopies() {}

  public static void main(String[] args) throws IOException {
    Path pairsFile = Path.of(args.length > 0 ? args[0] : "../shared/dev-data/egypt-news-40k-same-title-pairs.jsonl");
    Path corpus = Path.of(args.length > 1 ? args[1] : "../shared/corpora/egypt-news-2013-40k.jsonl.gz");
    boolean list = List.of(args).contains("--list");
    if (!Files.isRegularFile(pairsFile) || !Files.isRegularFile(corpus)) {
      System.out.println("FactDiffCopies: " + pairsFile + " or " + corpus + " absent; skipped");
      return;
    }
    ObjectMapper json = new ObjectMapper();
    List<String[]> pairs = new ArrayList<>();
    Set<String> wanted = new HashSet<>();
    try (BufferedReader r = Files.newBufferedReader(pairsFile, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = json.readTree(line);
        if (n.path("content_jaccard_w5").asDouble() >= MIN_JACCARD) {
          pairs.add(new String[] {n.path("id1").asText(), n.path("id2").asText()});
          wanted.add(n.path("id1").asText());
          wanted.add(n.path("id2").asText());
        }
      }
    }
    Map<String, Article> byId = new HashMap<>();
    Corpus.jsonl(corpus, Integer.MAX_VALUE, a -> {
      if (wanted.contains(a.id())) {
        byId.put(a.id(), a);
      }
    });
    FactDiff diff = FactDiff.defaults();
    Random random = new Random(SEED);
    int evaluated = 0;
    int flagged = 0;
    int changed = 0;
    int caught = 0;
    List<String> falses = new ArrayList<>();
    List<String> missed = new ArrayList<>();
    long start = System.nanoTime();
    for (String[] p : pairs) {
      Article a = byId.get(p[0]);
      Article b = byId.get(p[1]);
      if (a == null || b == null) {
        continue;
      }
      evaluated++;
      FactDiffReport report = diff.diff(List.of(a, b));
      if (!report.conflicts().isEmpty()) {
        flagged++;
        falses.add(a.id() + " / " + b.id() + " → " + FactDiffStance.describe(report.conflicts()));
      }
      List<int[]> numbers = new ArrayList<>();
      Matcher m = STANDALONE.matcher(b.text());
      while (m.find()) {
        numbers.add(new int[] {m.start(), m.end()});
      }
      if (numbers.isEmpty()) {
        continue;
      }
      int[] at = numbers.get(random.nextInt(numbers.size()));
      String old = b.text().substring(at[0], at[1]);
      long value = Long.parseLong(ascii(old));
      long now = changed(value);
      String text = b.text().substring(0, at[0]) + now + b.text().substring(at[1]);
      Article edited = Article.builder(b.id(), text).source(b.source()).title(b.title().orElse(null))
          .published(b.published().orElse(null)).build();
      changed++;
      List<Fact> conflicts = diff.diff(List.of(a, edited)).conflicts();
      if (FactDiffStance.names(conflicts, Set.of(String.valueOf(now)))) {
        caught++;
      } else {
        int from = Math.max(0, at[0] - 60);
        int to = Math.min(text.length(), at[1] + 60);
        missed.add(b.id() + ": " + old + " → " + now + " in «" + text.substring(from, to).replace('\n', ' ') + "»");
      }
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(Locale.ROOT, "copy pairs (content_jaccard_w5 >= %.1f) found in the corpus: %d; %d ms%n",
        MIN_JACCARD, evaluated, ms);
    System.out.printf(Locale.ROOT, "pairs with any conflict:                        %d/%d = %.3f%n",
        flagged, evaluated, evaluated == 0 ? 0.0 : (double) flagged / evaluated);
    System.out.printf(Locale.ROOT, "one number or year changed, caught and named:   %d/%d = %.3f%n",
        caught, changed, changed == 0 ? 0.0 : (double) caught / changed);
    if (list) {
      System.out.println("\n# copies with a conflict");
      falses.forEach(System.out::println);
      System.out.println("\n# changed numbers missed");
      missed.forEach(System.out::println);
    }
  }

  /**
   * The changed value: a year moves back two years; a small number (a day of the month, a count)
   * by two or three, so that dates stay valid; another number n becomes 2n + 3.
   */
  static long changed(long value) {
    if (value >= 1900 && value <= 2100) {
      return value - 2;
    }
    if (value <= 27) {
      return value + 2;
    }
    return value <= 31 ? value - 3 : 2 * value + 3;
  }

  private static String ascii(String digits) {
    StringBuilder b = new StringBuilder();
    for (char c : digits.toCharArray()) {
      b.append(c >= '٠' && c <= '٩' ? (char) ('0' + c - '٠') : c);
    }
    return b.toString();
  }
}
