package org.tahqiq.diff;

import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tahqiq.normalize.ArabicNormalizer;
import org.tahqiq.token.ArabicLightStemmer;
import org.tahqiq.token.LexiconLines;

/**
 * Classes of words that sources use interchangeably (أهدى / أعطى / قدم), mapped to one stem so
 * that sentence alignment sees them as the same word. Built from {@code synonyms.txt} (format in
 * that file) plus the caller's classes; each word goes through the same normalizer and stemmer as
 * article text. Immutable once built; thread-safe.
 */
final class SynonymClasses {
  static final String DEFAULT_RESOURCE = "synonyms.txt";

  /** Tag of a class whose words name one kind of event (first field, before a TAB). */
  static final String EVENT_TAG = "event";

  private final Map<String, String> canonical;
  /** The canonical stems of the classes tagged {@value #EVENT_TAG}. */
  private final Set<String> events;

  private SynonymClasses(Map<String, String> canonical, Set<String> events) {
    this.canonical = Map.copyOf(canonical);
    this.events = Set.copyOf(events);
  }

  /**
   * The canonical stem of the event class {@code stem} belongs to ("توفي", "رحيل" → the death
   * class), or null when it names no event.
   */
  String eventClass(String stem) {
    String c = canonical.get(stem);
    return c != null && events.contains(c) ? c : null;
  }

  /** The stem standing for {@code stem}'s class, or {@code stem} itself. */
  String canonical(String stem) {
    return canonical.getOrDefault(stem, stem);
  }

  /** Accumulates classes; not thread-safe. */
  static final class Loader {
    private final Map<String, String> canonical = new HashMap<>();
    private final Set<String> events = new HashSet<>();
    private final ArabicNormalizer normalizer;
    private final ArabicLightStemmer stemmer;

    Loader(ArabicNormalizer normalizer, ArabicLightStemmer stemmer) {
      this.normalizer = normalizer;
      this.stemmer = stemmer;
    }

    Loader addDefaults() {
      return add(LexiconLines.readResource(SynonymClasses.class, DEFAULT_RESOURCE));
    }

    /**
     * Adds the classes of {@code reader} (not closed); a word already in a class joins the new one
     * only if it is the new class's first word (so later, user classes can extend built-in ones).
     *
     * @throws IllegalArgumentException naming {@code source} and the line for a malformed line
     */
    Loader add(Reader reader, String source) throws IOException {
      return add(LexiconLines.read(reader, source));
    }

    Loader add(List<LexiconLines.Line> lines) {
      for (LexiconLines.Line line : lines) {
        List<String> fields = line.fields();
        boolean event = fields.size() == 2 && fields.get(0).equals(EVENT_TAG);
        String content = event ? fields.get(1) : String.join(" ", fields);
        String[] words = content.split("\\|");
        if (words.length < 2) {
          throw line.error("a class needs at least two words separated by '|': " + content);
        }
        String head = stem(words[0], line.source(), line.number());
        String target = canonical.getOrDefault(head, head);
        for (String w : words) {
          canonical.putIfAbsent(stem(w, line.source(), line.number()), target);
        }
        canonical.put(head, target);
        if (event) {
          events.add(target);
        }
      }
      return this;
    }

    private String stem(String word, String source, int number) {
      String w = normalizer.normalize(word.strip());
      if (w.isEmpty() || w.indexOf(' ') >= 0) {
        throw new IllegalArgumentException(source + " line " + number + ": not a single word: '" + word + "'");
      }
      return stemmer.stem(w);
    }

    SynonymClasses build() {
      return new SynonymClasses(canonical, events);
    }
  }
}
