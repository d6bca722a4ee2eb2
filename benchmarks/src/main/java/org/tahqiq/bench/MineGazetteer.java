package org.tahqiq.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tahqiq.normalize.ArabicNormalizer;

/**
 * Mines the frequent people, organizations and places of a news corpus for the gazetteer: this is
 * how {@code src/main/resources/org/tahqiq/facts/gazetteer-news.tsv} is made.
 *
 * <p>{@code MineGazetteer CORPUS.jsonl.gz OUT.tsv [minDocs]}: reads every article (title and text),
 * splits it into words at spaces and punctuation, and counts, once per article:
 * <ul>
 *   <li>people: the two words after a title or role word ("الرئيس محمد مرسي", "الدكتور هشام
 *       قنديل"), neither of them a function word, a word with the article ال, or a title itself;
 *   <li>organizations: an organization head word and the one or two words after it ("حزب الحرية
 *       والعدالة", "جماعة الإخوان المسلمين");
 *   <li>places: the word after "محافظة" or "مدينة" ("محافظة الغربية").
 * </ul>
 * People whose last word starts two or more frequent names (a first name: the name was cut short)
 * are dropped. Candidates found in at least {@code minDocs} articles (default 40) are written as gazetteer TSV,
 * most frequent first, with ids derived from the normalized name. Deterministic: the same corpus
 * gives the same file. Skips cleanly when the corpus is absent.
 */
public final class MineGazetteer {
  private static final int DEFAULT_MIN_DOCS = 40;
  private static final Set<String> PERSON_CUES = Set.of(
      "الرئيس", "الدكتور", "د", "المستشار", "اللواء", "الفريق", "المهندس", "الشيخ", "السفير",
      "النائب", "الوزير", "المحافظ", "العميد", "الكاتب", "الفنان", "الفنانة", "المخرج", "الداعية",
      "المرشد", "الرئيس المعزول", "الإعلامي", "المحامي", "الناشط", "القيادي", "الأستاذ", "السيد");
  private static final Set<String> ORG_HEADS = Set.of("حزب", "جماعة", "جبهة", "ائتلاف", "نقابة", "تيار");
  private static final Set<String> PLACE_HEADS = Set.of("محافظة", "مدينة");
  /** Words that never start or continue a name. */
  private static final Set<String> FUNCTION_WORDS = Set.of(
      "في", "من", "على", "إلى", "الى", "عن", "مع", "أن", "إن", "ان", "الذي", "التي", "قال", "أكد",
      "و", "او", "أو", "ثم", "بعد", "قبل", "خلال", "هذا", "هذه", "ذلك", "تلك", "كان", "كانت", "بين",
      "بن", "مصر", "وزير", "رئيس", "الجمهورية", "مدير", "أركان", "أول", "أمن", "عام", "مساعد",
      "السابق", "الحالي", "الأسبق", "المعزول", "المصري", "نائب", "عضو", "حول", "لدى", "عند", "حتى",
      "منذ", "غير", "كل", "بعض", "أي", "لا", "لم", "لن", "قد", "ما", "هو", "هي", "نحو", "أمام");

  private MineGazetteer() {}

  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpora/egypt-news-2013-40k.jsonl.gz");
    Path out = Path.of(args.length > 1 ? args[1] : "gazetteer-news.tsv");
    int minDocs = args.length > 2 ? Integer.parseInt(args[2]) : DEFAULT_MIN_DOCS;
    if (!Corpus.available(corpus.toString())) {
      System.out.println("MineGazetteer: " + corpus + " absent; skipped");
      return;
    }
    Map<String, Integer> people = new HashMap<>();
    Map<String, Integer> orgs = new HashMap<>();
    Map<String, Integer> places = new HashMap<>();
    Corpus.jsonl(corpus, Integer.MAX_VALUE, a -> {
      String[] w = words(a.title().orElse("") + " . " + a.text());
      Set<String> p = new HashSet<>();
      Set<String> o = new HashSet<>();
      Set<String> l = new HashSet<>();
      for (int i = 0; i + 1 < w.length; i++) {
        if (w[i].isEmpty()) {
          continue;
        }
        if (PERSON_CUES.contains(w[i])) {
          // Skip up to two descriptors (الرئيس السابق حسني مبارك), then read two name words,
          // compounds (عبد الفتاح, علم الدين) counting as one.
          int k = i + 1;
          while (k < w.length && k <= i + 2 && w[k].startsWith("ال") && !w[k].equals("الله")) {
            k++;
          }
          List<String> name = new ArrayList<>();
          while (name.size() < 2 && k < w.length) {
            String word = w[k];
            if (k + 1 < w.length && (word.equals("عبد") || word.equals("أبو") || word.equals("ابو"))
                && w[k + 1].startsWith("ال")) {
              word = word + " " + w[++k];
            } else if (!nameWord(word)) {
              break;
            }
            if (k + 1 < w.length && (w[k + 1].equals("الدين") || w[k + 1].equals("الله"))) {
              word = word + " " + w[++k];
            }
            name.add(word);
            k++;
          }
          if (name.size() == 2 && (k >= w.length || !w[k].equals("بن"))) {
            p.add(name.get(0) + " " + name.get(1));
          }
        }
        if (ORG_HEADS.contains(w[i]) && !w[i + 1].isEmpty() && w[i + 1].startsWith("ال")) {
          String two = i + 2 < w.length && w[i + 2].startsWith("ال") || i + 2 < w.length && w[i + 2].startsWith("وال")
              ? " " + w[i + 2] : "";
          o.add(w[i] + " " + w[i + 1] + two);
        }
        if (PLACE_HEADS.contains(w[i]) && w[i + 1].startsWith("ال") && w[i + 1].length() >= 5
            && !FUNCTION_WORDS.contains(w[i + 1]) && (i + 2 >= w.length || !w[i + 2].startsWith("ال"))) {
          l.add(w[i + 1]);
        }
      }
      p.forEach(k -> people.merge(k, 1, Integer::sum));
      o.forEach(k -> orgs.merge(k, 1, Integer::sum));
      l.forEach(k -> places.merge(k, 1, Integer::sum));
    });
    ArabicNormalizer normalizer = ArabicNormalizer.defaults();
    List<String> lines = new ArrayList<>();
    write(lines, "PERSON", "person", people, minDocs, normalizer);
    write(lines, "ORGANIZATION", "org", orgs, minDocs, normalizer);
    write(lines, "PLACE", "place", places, minDocs, normalizer);
    try (Writer wr = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      wr.write("# Frequent people, organizations and places of Egyptian news (2013), mined by\n");
      wr.write("# benchmarks/src/main/java/org/tahqiq/bench/MineGazetteer.java from the 40,000-article corpus,\n");
      wr.write("# minDocs=" + minDocs + ". Regenerate rather than edit; add your own entities with\n");
      wr.write("# Gazetteer.Builder#addTsv. Format: see gazetteer.tsv.\n");
      for (String line : lines) {
        wr.write(line);
        wr.write('\n');
      }
    }
    System.out.println("MineGazetteer: " + lines.size() + " entities written to " + out);
  }

  private static void write(List<String> out, String type, String prefix, Map<String, Integer> counts, int minDocs,
      ArabicNormalizer normalizer) {
    TreeMap<String, Integer> sorted = new TreeMap<>(counts);
    List<Map.Entry<String, Integer>> entries = new ArrayList<>(sorted.entrySet());
    entries.sort((x, y) -> Integer.compare(y.getValue(), x.getValue()));
    // A frequent two-word phrase → its most frequent frequent one-word extension.
    Map<String, String> longer = new TreeMap<>();
    for (Map.Entry<String, Integer> e : entries) {
      String[] words = e.getKey().split(" ");
      if (e.getValue() < minDocs) {
        break;
      }
      if (words.length == 3) {
        String head = words[0] + " " + words[1];
        if (counts.getOrDefault(head, 0) >= minDocs) {
          longer.putIfAbsent(head, e.getKey()); // entries are most frequent first
        }
      }
    }
    // Words that start several frequent names are first names (محمد, أحمد): a name ending in one
    // is cut short ("محمد حسني" for محمد حسني مبارك), and a bare first name must not resolve to it.
    Map<String, Integer> firstWords = new HashMap<>();
    for (Map.Entry<String, Integer> e : entries) {
      if (e.getValue() >= minDocs) {
        firstWords.merge(e.getKey().split(" ")[0], 1, Integer::sum);
      }
    }
    Set<String> ids = new HashSet<>();
    for (Map.Entry<String, Integer> e : entries) {
      String[] nameWords = e.getKey().split(" ");
      String last = nameWords[nameWords.length - 1];
      if (type.equals("PERSON") && (firstWords.getOrDefault(last, 0) >= 2 || last.length() < 3
          || nameWords[0].startsWith("ل"))) {
        continue;
      }
      if (e.getValue() < minDocs) {
        break;
      }
      String id = prefix + ":news-" + normalizer.normalize(e.getKey()).replace(' ', '-').toLowerCase(Locale.ROOT);
      if (!ids.add(id)) {
        continue;
      }
      String aliases = e.getKey();
      String[] words = e.getKey().split(" ");
      if (type.equals("ORGANIZATION") && words.length >= 3) {
        aliases += "|" + e.getKey().substring(words[0].length() + 1); // الإخوان المسلمين, الحرية والعدالة
      }
      if (longer.containsKey(e.getKey())) {
        continue; // "جماعة الإخوان" is "جماعة الإخوان المسلمين" shortened: an alias of it
      }
      for (Map.Entry<String, String> shorter : longer.entrySet()) {
        if (shorter.getValue().equals(e.getKey())) {
          aliases += "|" + shorter.getKey();
        }
      }
      out.add(id + "\t" + type + "\t" + e.getKey() + "\t" + aliases + "\t# " + e.getValue() + " articles");
    }
  }

  private static boolean nameWord(String w) {
    return w.length() >= 2 && !w.startsWith("ال") && !w.startsWith("وال") && !FUNCTION_WORDS.contains(w)
        && !PERSON_CUES.contains(w) && w.chars().allMatch(c -> c >= 0x0621 && c <= 0x064A);
  }

  /** The words of {@code text}: split at anything that is not an Arabic letter or a digit. */
  private static String[] words(String text) {
    return text.replaceAll("[\\u064B-\\u0652\\u0640]", "").split("[^\\u0621-\\u064A0-9]+");
  }
}
