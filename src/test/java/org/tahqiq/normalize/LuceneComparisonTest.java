package org.tahqiq.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tahqiq.Seeds;
import org.tahqiq.article.Article;

/**
 * Our normalizer against Lucene's {@link org.apache.lucene.analysis.ar.ArabicNormalizer} on the
 * words of the seed articles. Lucene folds آ أ إ → ا, ى → ي, ة → ه and deletes tatweel and
 * U+064B–U+0652; within that domain (Arabic letters, tatweel, harakat U+0621–U+0652) both must
 * agree exactly. Outside it we fold more, on purpose: digits, Persian letters, alef wasla, other
 * marks, presentation forms, case; so there we only require that our folds subsume Lucene's.
 */
class LuceneComparisonTest {

  private static final ArabicNormalizer OURS = ArabicNormalizer.defaults();
  private static final org.apache.lucene.analysis.ar.ArabicNormalizer LUCENE =
      new org.apache.lucene.analysis.ar.ArabicNormalizer();

  private static String lucene(String word) {
    char[] buf = word.toCharArray();
    return new String(buf, 0, LUCENE.normalize(buf, buf.length));
  }

  private static boolean inSharedDomain(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c < '\u0621' || c > '\u0652') {
        return false;
      }
    }
    return true;
  }

  /** Maximal runs of letters, digits, marks and tatweel. */
  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean inWord = i < text.length()
          && (Character.isLetterOrDigit(text.charAt(i))
              || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK);
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        out.add(text.substring(start, i));
        start = -1;
      }
    }
    return out;
  }

  @Test
  void agreesWithLuceneOnSeedWordsInTheSharedDomain() {
    int compared = 0;
    int changedByLucene = 0;
    for (Article a : Seeds.all()) {
      for (String word : words(a.text())) {
        String theirs = lucene(word);
        String ours = OURS.normalize(word);
        if (inSharedDomain(word)) {
          assertEquals(theirs, ours, () -> a.id() + ": '" + word + "'");
          compared++;
          if (!theirs.equals(word)) {
            changedByLucene++;
          }
        }
        // Everywhere: what Lucene folds, we fold too.
        assertEquals(ours, OURS.normalize(theirs), () -> a.id() + ": '" + word + "'");
      }
    }
    assertTrue(compared > 1_000, "compared only " + compared + " words");
    assertTrue(changedByLucene > 100, "only " + changedByLucene + " words exercised a fold");
  }

  @Test
  void agreesWithLuceneOnVocalisedText() {
    for (String word : words("إِنَّ الـــرَّئِيسَ أَهْدَى كِيمَ بُنْدُقِيَّةً فِى آخِرِ الزِّيَارَةِ")) {
      assertEquals(lucene(word), OURS.normalize(word), word);
    }
  }

  @Test
  void documentedDifferencesFromLucene() {
    // Lucene keeps Arabic-Indic digits, Persian letters, alef wasla, dagger alef and ligatures.
    for (String word : new String[] {"٢٠٢٣", "۲۰۲۳", "کوریا", "ٱلله", "هٰذا", "\uFEFB", "RT"}) {
      assertEquals(word, lucene(word));
      assertNotEquals(word, OURS.normalize(word));
    }
  }
}
