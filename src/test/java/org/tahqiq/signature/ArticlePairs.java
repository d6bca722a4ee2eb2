package org.tahqiq.signature;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import java.util.ArrayList;
import java.util.List;
import org.tahqiq.Seeds;
import org.tahqiq.article.Article;

/**
 * Test fixture: pairs of word 3-shingle sets built from the real seed articles, the kinds of pairs
 * near-duplicate detection meets (an article and its truncation, an excerpt, a lightly or heavily
 * edited copy, a copy with another story appended, and unrelated articles). A stand-in for the
 * project's shingler, kept minimal on purpose: words are maximal runs of letters or digits.
 */
final class ArticlePairs {

  private static final Hasher64 SHINGLE_HASH = Hashing.komihash5_0();
  private static final int SHINGLE_WORDS = 3;

  private ArticlePairs() {}

  /** Around 40 labelled pairs, with exact Jaccard similarities spread over [0, 1]. */
  static List<Labelled> all() {
    List<Article> seeds = Seeds.all();
    List<Labelled> out = new ArrayList<>();
    for (int i = 0; i < seeds.size(); i++) {
      List<String> a = words(seeds.get(i).text());
      List<String> next = words(seeds.get((i + 1) % seeds.size()).text());
      String id = seeds.get(i).id().substring(0, 3);
      int n = a.size();
      out.add(pair(id + " vs first 70%", a, a.subList(0, n * 7 / 10)));
      out.add(pair(id + " vs last 90%", a, a.subList(n / 10, n)));
      out.add(pair(id + " vs middle 40% dropped", a, concat(a.subList(0, n * 3 / 10), a.subList(n * 7 / 10, n))));
      out.add(pair(id + " vs every 25th word edited", a, edited(a, 25)));
      out.add(pair(id + " vs every 10th word edited", a, edited(a, 10)));
      out.add(pair(id + " vs every 4th word edited", a, edited(a, 4)));
      out.add(pair(id + " vs next article appended", a, concat(a, next)));
      out.add(pair(id + " vs next article", a, next));
    }
    return out;
  }

  /** A pair of shingle sets with its description. */
  record Labelled(String label, SetPair pair) {}

  private static Labelled pair(String label, List<String> a, List<String> b) {
    return new Labelled(label, SetPair.of(shingles(a), shingles(b)));
  }

  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean inWord = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        words.add(text.substring(start, i));
        start = -1;
      }
    }
    return words;
  }

  /** Hashes of all word 3-shingles, duplicates included (the hashers treat input as a set). */
  static long[] shingles(List<String> words) {
    int count = Math.max(0, words.size() - SHINGLE_WORDS + 1);
    long[] out = new long[count];
    for (int i = 0; i < count; i++) {
      out[i] = SHINGLE_HASH.hashCharsToLong(String.join(" ", words.subList(i, i + SHINGLE_WORDS)));
    }
    return out;
  }

  private static List<String> edited(List<String> words, int every) {
    List<String> out = new ArrayList<>(words);
    for (int i = every / 2; i < out.size(); i += every) {
      out.set(i, "تعديل" + i); // "edit" + position: a word the article does not contain
    }
    return out;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
