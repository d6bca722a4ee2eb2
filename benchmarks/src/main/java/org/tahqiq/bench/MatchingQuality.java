package org.tahqiq.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.tahqiq.article.Article;
import org.tahqiq.cluster.ClusteringResult;
import org.tahqiq.cluster.EventCluster;
import org.tahqiq.cluster.EventClusterer;
import org.tahqiq.dedup.DuplicatePair;
import org.tahqiq.dedup.DuplicateReport;
import org.tahqiq.dedup.NearDuplicateDetector;
import org.tahqiq.dedup.SimilarityMeasure;

/**
 * One-shot matching quality on real data: the two tables of issue 14.
 *
 * <pre>
 * MatchingQuality CORPUS.jsonl.gz SAME_TITLE_PAIRS.jsonl EXARA_CASES.jsonl [events|copies|all] [sample [SEED]]
 * </pre>
 *
 * <ol>
 *   <li><b>Events.</b> {@code EventClusterer.defaults()} over the whole corpus; of the same-title
 *       pairs, the share whose two articles land in one cluster, overall and for rewrites ({@code
 *       content_jaccard_w5 < 0.5}); wall time and peak heap; with {@code sample}, 50 random
 *       multi-source clusters (fixed seed) printed for reading.
 *   <li><b>Copies.</b> Every ExAra case whose two passages have at least {@value #MIN_PASSAGE}
 *       chars becomes two articles, mixed into the corpus as distractors; the detector (default
 *       mode, then the rewrite mode when this build has it) runs over all of them; recall by kind
 *       of edit is the share of cases whose two passages are reported as one pair or group; found
 *       pairs that are no labelled case are counted, and with {@code sample} 50 of those that the
 *       default mode does not find are printed for reading.
 * </ol>
 *
 * A missing input file is reported and its part skipped. Compiled only against API that the
 * library had before issue 14, so the same source measures the old and the new build; the rewrite
 * mode is looked up by name.
 */
public final class MatchingQuality {
  private static final int MIN_PASSAGE = 300;
  private static final int SAMPLE = 50;
  private static final long SAMPLE_SEED = 20261202L;
  private static final ObjectMapper JSON = new ObjectMapper();

  private MatchingQuality() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: MatchingQuality CORPUS.jsonl.gz SAME_TITLE_PAIRS.jsonl EXARA_CASES.jsonl"
          + " [events|copies|all] [sample [SEED]]");
      System.exit(2);
    }
    Path corpusPath = Path.of(args[0]);
    Path pairsPath = Path.of(args[1]);
    Path exaraPath = Path.of(args[2]);
    String what = args.length > 3 ? args[3] : "all";
    boolean sample = args.length > 4 && args[4].equals("sample");
    // A fresh seed gives an independent sample to read (the default is the recorded one).
    long seed = args.length > 5 ? Long.parseLong(args[5]) : SAMPLE_SEED;
    if (!Files.isRegularFile(corpusPath)) {
      System.out.println("corpus absent (" + corpusPath + "): skipped");
      return;
    }
    System.out.printf("JDK %s, %d cores, max heap %d MiB%n", System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    List<Article> corpus = Corpus.jsonl(corpusPath, Integer.MAX_VALUE);
    if (what.equals("events") || what.equals("all")) {
      if (Files.isRegularFile(pairsPath)) {
        events(corpus, pairsPath, sample, seed);
      } else {
        System.out.println("same-title pairs absent (" + pairsPath + "): events skipped");
      }
    }
    if (what.equals("copies") || what.equals("all")) {
      if (Files.isRegularFile(exaraPath)) {
        copies(corpus, exaraPath, sample, seed);
      } else {
        System.out.println("ExAra cases absent (" + exaraPath + "): copies skipped");
      }
    }
  }

  // ---------------------------------------------------------------- events

  private static void events(List<Article> corpus, Path pairsPath, boolean sample, long seed) throws IOException {
    EventClusterer clusterer = EventClusterer.defaults();
    System.out.println();
    System.out.println("== Events: " + clusterer);
    HeapPeaks.reset();
    long t0 = System.nanoTime();
    ClusteringResult result = clusterer.cluster(corpus);
    double seconds = (System.nanoTime() - t0) / 1e9;
    double peak = HeapPeaks.peakMiB();
    Map<String, String> clusterOf = result.assignments();
    int all = 0;
    int allHit = 0;
    int rewrites = 0;
    int rewritesHit = 0;
    for (JsonNode p : jsonLines(pairsPath)) {
      String a = p.get("id1").asText();
      String b = p.get("id2").asText();
      boolean hit = clusterOf.containsKey(a) && clusterOf.get(a).equals(clusterOf.get(b));
      all++;
      allHit += hit ? 1 : 0;
      if (p.get("content_jaccard_w5").asDouble() < 0.5) {
        rewrites++;
        rewritesHit += hit ? 1 : 0;
      }
    }
    Map<String, Article> byId = new HashMap<>();
    corpus.forEach(a -> byId.put(a.id(), a));
    List<EventCluster> multiSource = new ArrayList<>();
    for (EventCluster c : result.multiArticleClusters()) {
      Set<String> sources = new HashSet<>();
      c.articles().forEach(id -> sources.add(byId.get(id).source()));
      if (sources.size() > 1) {
        multiSource.add(c);
      }
    }
    System.out.printf(Locale.ROOT, "| articles | time | peak heap | clusters 2+ | multi-source | same-title recall"
        + " (%d pairs) | rewrite recall (%d pairs) |%n", all, rewrites);
    System.out.printf(Locale.ROOT, "| %,d | %.1f s | %.0f MiB | %,d | %,d | %.3f | %.3f |%n", corpus.size(), seconds,
        peak, result.multiArticleClusters().size(), multiSource.size(), allHit / (double) all,
        rewritesHit / (double) rewrites);
    if (sample) {
      Collections.shuffle(multiSource, new Random(seed));
      System.out.println("Sample of " + Math.min(SAMPLE, multiSource.size()) + " multi-source clusters:");
      for (int i = 0; i < Math.min(SAMPLE, multiSource.size()); i++) {
        EventCluster c = multiSource.get(i);
        System.out.printf("#%d (%d articles)%n", i + 1, c.size());
        for (String id : c.articles().subList(0, Math.min(6, c.size()))) {
          Article a = byId.get(id);
          System.out.printf("   %s | %s | %s | %s%n", a.published().map(t -> t.toLocalDate().toString()).orElse("-"),
              a.source(), a.title().orElse("-"), head(a.text(), 110));
        }
      }
    }
  }

  // ---------------------------------------------------------------- copies

  /** One labelled case: the two article ids and the kind of edit. */
  private record Case(String source, String copy, String kind) {}

  private static void copies(List<Article> corpus, Path exaraPath, boolean sample, long seed) throws IOException {
    List<Case> cases = new ArrayList<>();
    List<Article> articles = new ArrayList<>(corpus);
    int n = 0;
    for (JsonNode c : jsonLines(exaraPath)) {
      String src = c.get("source_passage").asText();
      String susp = c.get("suspicious_passage").asText();
      n++;
      if (src.length() < MIN_PASSAGE || susp.length() < MIN_PASSAGE) {
        continue;
      }
      String kind = c.get("obfuscation").asText();
      Case k = new Case("exara-" + n + "-source", "exara-" + n + "-copy", kind);
      cases.add(k);
      articles.add(Article.of(k.source(), src));
      articles.add(Article.of(k.copy(), susp));
    }
    System.out.println();
    System.out.printf("== Copies: %d ExAra cases (passages >= %d chars) in %,d corpus articles%n",
        cases.size(), MIN_PASSAGE, corpus.size());
    Map<String, Article> byId = new HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    System.out.println("| mode | time | peak heap | verbatim | phrase-shuffled | word-shuffled | synonyms"
        + " | paraphrase | found pairs | labelled | other |");
    DuplicateReport plain = copiesRow("default", NearDuplicateDetector.defaults(), articles, cases, null);
    SimilarityMeasure rewrites;
    try {
      rewrites = SimilarityMeasure.valueOf("REWRITES");
    } catch (IllegalArgumentException e) {
      System.out.println("(this build has no rewrite mode)");
      return;
    }
    DuplicateReport rewritten = copiesRow("rewrites",
        NearDuplicateDetector.builder().measure(rewrites).build(), articles, cases, plain);
    // The ordered rule (opt-in) is looked up by name too, so that older builds still run.
    DuplicateReport ordered = null;
    NearDuplicateDetector.Builder orderedBuilder = NearDuplicateDetector.builder().measure(rewrites);
    try {
      java.lang.reflect.Method on = NearDuplicateDetector.Builder.class.getMethod("orderedRewrites", double.class);
      double threshold = SimilarityMeasure.class.getField("REWRITE_ORDER_THRESHOLD").getDouble(null);
      on.invoke(orderedBuilder, threshold);
      ordered = copiesRow("rewrites + ordered rule " + threshold, orderedBuilder.build(), articles, cases, plain);
    } catch (ReflectiveOperationException e) {
      System.out.println("(this build has no ordered rule)");
    }
    if (sample) {
      printFreshSample("rewrites", rewritten, plain, cases, byId, seed);
      if (ordered != null) {
        printFreshSample("rewrites + ordered rule", ordered, plain, cases, byId, seed);
      }
    }
  }

  /**
   * The unlabelled pairs of {@code report} that the default mode does not find (those it does are
   * wire copies, see DedupCorpus), and a fixed-seed sample of them for reading.
   */
  private static void printFreshSample(String mode, DuplicateReport report, DuplicateReport plain, List<Case> cases,
      Map<String, Article> byId, long seed) {
    Set<String> labelled = labelledPairs(cases);
    Set<String> plainPairs = new HashSet<>();
    plain.pairs().forEach(p -> plainPairs.add(key(p.first(), p.second())));
    List<DuplicatePair> fresh = new ArrayList<>();
    for (DuplicatePair p : report.pairs()) {
      String k = key(p.first(), p.second());
      if (!labelled.contains(k) && !plainPairs.contains(k)) {
        fresh.add(p);
      }
    }
    System.out.printf("%s: unlabelled pairs that the default mode does not find: %d; a sample of %d:%n", mode,
        fresh.size(), Math.min(SAMPLE, fresh.size()));
    Collections.shuffle(fresh, new Random(seed));
    for (int i = 0; i < Math.min(SAMPLE, fresh.size()); i++) {
      DuplicatePair p = fresh.get(i);
      System.out.printf(Locale.ROOT, "#%d %.3f%n   %s | %s%n   %s | %s%n", i + 1, p.similarity(),
          p.first(), head(body(byId.get(p.first())), 160), p.second(), head(body(byId.get(p.second())), 160));
    }
  }

  private static DuplicateReport copiesRow(String mode, NearDuplicateDetector detector, List<Article> articles,
      List<Case> cases, DuplicateReport baseline) {
    HeapPeaks.reset();
    long t0 = System.nanoTime();
    DuplicateReport report = detector.detect(articles);
    double seconds = (System.nanoTime() - t0) / 1e9;
    double peak = HeapPeaks.peakMiB();
    Map<String, String> groupOf = new HashMap<>();
    report.groups().forEach(g -> g.members().forEach(m -> groupOf.put(m, g.representative())));
    Map<String, int[]> byKind = new LinkedHashMap<>();
    for (String k : List.of("none", "phrase shuffling", "word shuffling", "manual synonym substitution",
        "manual paraphrasing")) {
      byKind.put(k, new int[2]);
    }
    for (Case c : cases) {
      int[] counts = byKind.computeIfAbsent(c.kind(), k -> new int[2]);
      counts[1]++;
      String g = groupOf.get(c.source());
      if (g != null && g.equals(groupOf.get(c.copy()))) {
        counts[0]++;
      }
    }
    Set<String> labelled = labelledPairs(cases);
    int found = report.pairs().size();
    int hits = 0;
    for (DuplicatePair p : report.pairs()) {
      hits += labelled.contains(key(p.first(), p.second())) ? 1 : 0;
    }
    StringBuilder row = new StringBuilder();
    row.append(String.format(Locale.ROOT, "| %s | %.1f s | %.0f MiB |", mode, seconds, peak));
    for (int[] c : byKind.values()) {
      row.append(String.format(Locale.ROOT, " %.3f (%d/%d) |", c[0] / (double) Math.max(1, c[1]), c[0], c[1]));
    }
    row.append(String.format(Locale.ROOT, " %,d | %,d | %,d |", found, hits, found - hits));
    System.out.println(row);
    return report;
  }

  private static Set<String> labelledPairs(List<Case> cases) {
    Set<String> s = new HashSet<>();
    cases.forEach(c -> s.add(key(c.source(), c.copy())));
    return s;
  }

  private static String key(String a, String b) {
    return a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
  }

  private static String body(Article a) {
    return a.title().map(t -> "[" + t + "] ").orElse("") + a.text();
  }

  private static String head(String text, int chars) {
    String t = text.replace('\n', ' ').strip();
    return t.substring(0, Math.min(chars, t.length()));
  }

  private static List<JsonNode> jsonLines(Path file) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.isBlank()) {
          out.add(JSON.readTree(line));
        }
      }
    }
    return out;
  }
}
