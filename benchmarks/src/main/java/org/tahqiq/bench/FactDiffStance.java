package org.tahqiq.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tahqiq.article.Article;
import org.tahqiq.diff.Claim;
import org.tahqiq.diff.ConflictKind;
import org.tahqiq.diff.Fact;
import org.tahqiq.diff.FactDiff;
import org.tahqiq.diff.FactDiffReport;
import org.tahqiq.diff.Outcome;

/**
 * One-shot evaluation of the fact diff on headline pairs: the ANS stance corpus ({@code s1,s2,stance}
 * CSV, stance {@code agree}, {@code disagree} or {@code other}). Each pair is diffed as one
 * two-article group with {@link FactDiff#defaults()}.
 *
 * <p>{@code FactDiffStance ans-stance-train.csv [--list]} prints:
 * <ul>
 *   <li>number contradictions caught: {@code disagree} pairs in which a number was changed (each
 *       headline has a number, in digits of either script, that the other lacks), caught when a
 *       conflict's claims name one of those numbers;
 *   <li>other contradictions caught: the remaining {@code disagree} pairs with any conflict;
 *   <li>paraphrases ({@code agree}) with any conflict;
 *   <li>precision and recall by conflict kind and by confidence band (a pair counts for a kind or
 *       band when it has a conflict of that kind or of a confidence in that band; precision is
 *       the share of those pairs that are {@code disagree}).
 * </ul>
 * With {@code --list} it also prints the missed and the false pairs. Skips cleanly (exit 0) when
 * the file is absent. Benchmark-only code; not part of the library.
 */
public final class FactDiffStance {
  private static final Pattern NUMBER = Pattern.compile("[0-9٠-٩۰-۹]+(?:[.,٫][0-9٠-٩۰-۹]+)?");
  private static final double[] BANDS = {0, 0.25, 0.5, 0.75, 1.0001};

  private FactDiffStance() {}

  /** One labelled pair. */
  record Pair(String s1, String s2, String stance) {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "../shared/dev-data/ans-stance-train.csv");
    boolean list = List.of(args).contains("--list");
    if (!Files.isRegularFile(file)) {
      System.out.println("FactDiffStance: " + file + " absent; skipped");
      return;
    }
    List<Pair> pairs = read(file);
    FactDiff diff = FactDiff.defaults();
    int numberPairs = 0;
    int numberCaught = 0;
    int otherPairs = 0;
    int otherCaught = 0;
    int agreePairs = 0;
    int agreeFlagged = 0;
    Map<ConflictKind, int[]> byKind = new EnumMap<>(ConflictKind.class); // {disagree, agree}
    int[][] byBand = new int[BANDS.length - 1][2];
    List<String> missed = new ArrayList<>();
    List<String> falses = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < pairs.size(); i++) {
      Pair p = pairs.get(i);
      if (p.stance.equals("other")) {
        continue;
      }
      FactDiffReport report = diff.diff(List.of(Article.of("s1-" + i, p.s1), Article.of("s2-" + i, p.s2)));
      List<Fact> conflicts = report.facts().stream().filter(f -> f.outcome() == Outcome.CONFLICT).toList();
      boolean disagree = p.stance.equals("disagree");
      Set<ConflictKind> kinds = new HashSet<>();
      boolean[] bands = new boolean[BANDS.length - 1];
      for (Fact f : conflicts) {
        kinds.add(f.conflictKind().orElseThrow());
        bands[band(f.confidence())] = true;
      }
      for (ConflictKind k : kinds) {
        byKind.computeIfAbsent(k, x -> new int[2])[disagree ? 0 : 1]++;
      }
      for (int b = 0; b < bands.length; b++) {
        if (bands[b]) {
          byBand[b][disagree ? 0 : 1]++;
        }
      }
      if (!disagree) {
        agreePairs++;
        if (!conflicts.isEmpty()) {
          agreeFlagged++;
          falses.add(p.s1 + "  ||  " + p.s2 + "  →  " + describe(conflicts));
        }
        continue;
      }
      Set<String> n1 = numbers(p.s1);
      Set<String> n2 = numbers(p.s2);
      Set<String> only1 = new HashSet<>(n1);
      only1.removeAll(n2);
      Set<String> only2 = new HashSet<>(n2);
      only2.removeAll(n1);
      if (!only1.isEmpty() && !only2.isEmpty()) {
        numberPairs++;
        Set<String> differing = new HashSet<>(only1);
        differing.addAll(only2);
        if (names(conflicts, differing)) {
          numberCaught++;
        } else {
          missed.add("[number] " + p.s1 + "  ||  " + p.s2 + "  →  " + describe(conflicts));
        }
      } else {
        otherPairs++;
        if (!conflicts.isEmpty()) {
          otherCaught++;
        } else {
          missed.add("[other] " + p.s1 + "  ||  " + p.s2);
        }
      }
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    int disagreeTotal = numberPairs + otherPairs;
    System.out.printf(Locale.ROOT, "pairs: %d disagree (%d with a changed number), %d agree; %d ms%n",
        disagreeTotal, numberPairs, agreePairs, ms);
    System.out.printf(Locale.ROOT, "number contradictions caught (changed value named): %d/%d = %.3f%n",
        numberCaught, numberPairs, ratio(numberCaught, numberPairs));
    System.out.printf(Locale.ROOT, "other contradictions caught (any conflict):         %d/%d = %.3f%n",
        otherCaught, otherPairs, ratio(otherCaught, otherPairs));
    System.out.printf(Locale.ROOT, "paraphrases with any conflict:                      %d/%d = %.3f%n",
        agreeFlagged, agreePairs, ratio(agreeFlagged, agreePairs));
    System.out.println();
    System.out.println("| conflict kind | pairs flagged | precision | recall |");
    System.out.println("|---|---|---|---|");
    for (ConflictKind k : ConflictKind.values()) {
      int[] c = byKind.getOrDefault(k, new int[2]);
      System.out.printf(Locale.ROOT, "| %s | %d | %.3f | %.3f |%n", k, c[0] + c[1],
          ratio(c[0], c[0] + c[1]), ratio(c[0], disagreeTotal));
    }
    System.out.println();
    System.out.println("| confidence band | pairs flagged | precision | recall |");
    System.out.println("|---|---|---|---|");
    for (int b = 0; b < byBand.length; b++) {
      int[] c = byBand[b];
      System.out.printf(Locale.ROOT, "| [%.2f, %.2f) | %d | %.3f | %.3f |%n", BANDS[b], Math.min(1, BANDS[b + 1]),
          c[0] + c[1], ratio(c[0], c[0] + c[1]), ratio(c[0], disagreeTotal));
    }
    if (list) {
      System.out.println("\n# missed");
      missed.forEach(System.out::println);
      System.out.println("\n# paraphrases flagged");
      falses.forEach(System.out::println);
    }
  }

  private static int band(double confidence) {
    for (int b = BANDS.length - 2; b >= 0; b--) {
      if (confidence >= BANDS[b]) {
        return b;
      }
    }
    return 0;
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  /** Whether a conflict's claims name one of {@code values} (as digits). */
  static boolean names(List<Fact> conflicts, Set<String> values) {
    for (Fact f : conflicts) {
      for (Claim c : f.claims()) {
        for (String v : numbers(c.value() + " " + c.normalized())) {
          if (values.contains(v)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  static String describe(List<Fact> conflicts) {
    StringBuilder b = new StringBuilder();
    for (Fact f : conflicts) {
      b.append(f.conflictKind().orElseThrow()).append(String.format(Locale.ROOT, "(%.2f)", f.confidence()));
      for (Claim c : f.claims()) {
        b.append(" ").append(c.value()).append("=").append(c.normalized());
      }
      b.append("; ");
    }
    return b.toString();
  }

  /** The numbers of {@code text} with ASCII digits and '.' as the decimal point. */
  static Set<String> numbers(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      StringBuilder b = new StringBuilder();
      for (char c : m.group().toCharArray()) {
        if (c >= '٠' && c <= '٩') {
          b.append((char) ('0' + c - '٠'));
        } else if (c >= '۰' && c <= '۹') {
          b.append((char) ('0' + c - '۰'));
        } else if (c == ',' || c == '٫') {
          b.append('.');
        } else {
          b.append(c);
        }
      }
      String s = b.toString();
      if (s.endsWith(".0")) {
        s = s.substring(0, s.length() - 2);
      }
      out.add(s);
    }
    return out;
  }

  /** The pairs of a {@code s1,s2,stance} CSV with a header line; fields may be double-quoted. */
  static List<Pair> read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.length() == 0) {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        field.append(c);
      }
    }
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    List<Pair> out = new ArrayList<>();
    Map<String, Integer> header = new TreeMap<>();
    for (int i = 0; i < rows.size(); i++) {
      List<String> r = rows.get(i);
      if (i == 0) {
        for (int k = 0; k < r.size(); k++) {
          header.put(r.get(k).strip(), k);
        }
        continue;
      }
      if (r.size() < 3) {
        continue;
      }
      out.add(new Pair(r.get(header.getOrDefault("s1", 0)), r.get(header.getOrDefault("s2", 1)),
          r.get(header.getOrDefault("stance", 2)).strip()));
    }
    return out;
  }
}
