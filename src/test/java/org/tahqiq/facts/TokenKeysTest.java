package org.tahqiq.facts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The token keys kept as slices of one char array ({@link Tokens}, {@link KeyMap}, {@link
 * FirstKeys}) against the plain string rules they stand for, on seeded random words built from
 * the letters the rules treat specially (proclitics, the letters a name key folds, marks, tatweel,
 * digits in both scripts).
 */
class TokenKeysTest {

  private static final String ALPHABET = "وفبكلالمنتسعغگچپڤؤئىةأإآکی" + "\u064E\u0651\u0640\u200C" + "0١٫";

  /** The clitic forms as first written, with strings: the rule the slices must reproduce. */
  private static List<String> cliticFormsByStrings(String key) {
    List<String> out = new ArrayList<>();
    out.add(key);
    String base = key;
    if (key.length() > 2 && (key.charAt(0) == '\u0648' || key.charAt(0) == '\u0641')) {
      base = key.substring(1);
      out.add(base);
    }
    for (String b : base == key ? List.of(key) : List.of(key, base)) {
      if (b.length() > 3 && b.charAt(0) == '\u0644' && b.charAt(1) == '\u0644') {
        out.add("\u0627\u0644" + b.substring(2));
      } else if (b.length() > 2 && "\u0628\u0644\u0643".indexOf(b.charAt(0)) >= 0) {
        out.add(b.substring(1));
      }
    }
    return out;
  }

  private static String randomText(SplittableRandom rnd) {
    StringBuilder b = new StringBuilder();
    int words = 1 + rnd.nextInt(6);
    for (int w = 0; w < words; w++) {
      int len = 1 + rnd.nextInt(8);
      for (int k = 0; k < len; k++) {
        b.append(ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
      }
      b.append(rnd.nextInt(5) == 0 ? ", " : " ");
    }
    return b.toString();
  }

  @Test
  void sliceFormsNameKeysAndHashesAgreeWithTheStringRules() {
    SplittableRandom rnd = new SplittableRandom(20130212L);
    int withArticleForm = 0;
    int withNameFold = 0;
    for (int n = 0; n < 20_000; n++) {
      String text = randomText(rnd);
      Tokens t = Tokens.of(text.toCharArray(), 0, text.length());
      for (int i = 0; i < t.size; i++) {
        String key = t.key(i);
        if (t.type[i] != Tokens.NUMBER) { // a number's key has ASCII digits and separators
          assertEquals(Keys.fold(text, t.start[i], t.end[i]), key, text);
        }
        assertArrayEquals(cliticFormsByStrings(key).toArray(), t.cliticForms(i), text);
        assertArrayEquals(Keys.cliticForms(key), t.cliticForms(i), text);
        String nameKey = Keys.nameKey(key);
        assertEquals(nameKey, t.nameKey(i), text);
        assertArrayEquals(cliticFormsByStrings(nameKey).toArray(), t.nameCliticForms(i), text);
        for (int space : new int[] {Tokens.KEY, Tokens.NAME}) {
          String[] forms = space == Tokens.KEY ? t.cliticForms(i) : t.nameCliticForms(i);
          assertEquals(forms.length, t.formCount(i, space));
          for (int f = 0; f < forms.length; f++) {
            KeyMap<String> one = new KeyMap<>();
            one.put(forms[f], forms[f]);
            assertEquals(forms[f], t.lookup(one, i, space, f), "form " + f + " of " + text);
            withArticleForm += forms[f].startsWith("\u0627\u0644") && !key.startsWith("\u0627\u0644") ? 1 : 0;
          }
        }
        withNameFold += nameKey.equals(key) ? 0 : 1;
      }
    }
    assertTrue(withArticleForm > 100 && withNameFold > 1000, withArticleForm + " / " + withNameFold);
  }

  @Test
  void keyMapAnswersAsAHashMap() {
    SplittableRandom rnd = new SplittableRandom(7L);
    Map<String, Integer> expected = new HashMap<>();
    KeyMap<Integer> map = new KeyMap<>();
    for (int n = 0; n < 5_000; n++) {
      String k = Keys.fold(randomText(rnd).strip());
      expected.put(k, n);
      map.put(k, n);
    }
    assertEquals(expected.size(), map.size());
    SplittableRandom probe = new SplittableRandom(7L);
    for (int n = 0; n < 10_000; n++) {
      String k = n % 2 == 0 ? Keys.fold(randomText(probe).strip()) : Keys.fold(randomText(rnd).strip());
      char[] padded = ("xy" + k + "z").toCharArray();
      assertEquals(expected.get(k), map.get(k), k);
      assertEquals(expected.get(k), map.get(padded, 2, k.length(), Keys.hash(padded, 2, k.length())), k);
    }
  }

  @Test
  void firstKeyBitsNeverHideAPhrase() {
    Lexicons lex = new Lexicons(Lexicons.noExtras());
    Gazetteer gaz = Gazetteer.defaults();
    FirstKeys index = new FirstKeys(lex, gaz);
    List<PhraseTrie<?>> tries = new ArrayList<>(lex.tries());
    tries.add(gaz.aliases);
    String[] texts = {
      "وفي الحادي عشر من رمضان 1434 هـ، الموافق 19 يوليو، قال الرئيس عبد الفتاح السيسي لبوتين",
      "منذ نحو أربعة و عشرين عاما وللمرة الثانية عشرة خلال النصف الأول من 2014 بالقاهرة",
      "الخميس 15 اغسطس وبعد غد الأربعاء الماضي أكثر من ثلاثة ملايين جنيه في المئة",
      "كيم جونغ أون ولكيم جونج اون والمتحدث باسم الوزارة أحمد حافظ صباح أمس",
    };
    int found = 0;
    for (String text : texts) {
      String norm = org.tahqiq.normalize.ArabicNormalizer.defaults().normalize(text);
      Tokens plain = Tokens.of(norm.toCharArray(), 0, norm.length());
      Tokens filtered = Tokens.of(norm.toCharArray(), 0, norm.length(), index);
      for (PhraseTrie<?> trie : tries) {
        for (int i = 0; i < plain.size; i++) {
          for (boolean clitics : new boolean[] {false, true}) {
            PhraseTrie.Match<?> a = trie.longest(plain, i, plain.size, clitics);
            PhraseTrie.Match<?> b = trie.longest(filtered, i, filtered.size, clitics);
            assertTrue(Objects.equals(a, b), trie.slot() + " at " + i + " of " + text);
            found += a == null ? 0 : 1;
          }
        }
      }
    }
    assertTrue(found > 40, "matches " + found);
  }
}
