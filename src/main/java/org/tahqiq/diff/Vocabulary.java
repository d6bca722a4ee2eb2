package org.tahqiq.diff;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tahqiq.normalize.ArabicNormalizer;
import org.tahqiq.token.ArabicLightStemmer;
import org.tahqiq.token.LexiconLines;
import org.tahqiq.token.Proclitics;

/**
 * The diff's word knowledge besides synonyms: the roles of numbers ({@code roles.tsv}), classes of
 * opposite words ({@code antonyms.tsv}), polarity cues ({@code polarity.tsv}) and the places that
 * stand for others ({@code seats.tsv}); formats in those
 * files. Every word is normalized, light-stemmed and mapped through the synonym classes exactly as
 * article words are, so lexicon entries and text meet on the same key. Immutable once built;
 * thread-safe.
 */
final class Vocabulary {
  static final String ROLES = "roles.tsv";
  static final String ANTONYMS = "antonyms.tsv";
  static final String POLARITY = "polarity.tsv";
  static final String SEATS = "seats.tsv";

  /** What a polarity cue does; see {@code polarity.tsv}. */
  enum Cue { NEGATION, DENIAL, FAILURE, NONE, AUXILIARY }

  /** Canonical stem → role name. */
  private final Map<String, String> roles;
  /** Canonical stem → antonym sides it belongs to, coded {@code 2 * class + side}. */
  private final Map<String, int[]> antonyms;
  /** Normalized one- or two-word phrase (words joined by a space) → cue. */
  private final Map<String, Cue> cues;
  /** Entity id of a seat (a capital) → the ids of the places it stands for. */
  private final Map<String, Set<String>> seats;

  private Vocabulary(Loader l) {
    this.roles = Map.copyOf(l.roles);
    Map<String, int[]> a = new HashMap<>();
    l.antonyms.forEach((k, v) -> a.put(k, v.stream().mapToInt(Integer::intValue).distinct().toArray()));
    this.antonyms = Map.copyOf(a);
    this.cues = Map.copyOf(l.cues);
    Map<String, Set<String>> seatCopy = new HashMap<>();
    l.seats.forEach((k, v) -> seatCopy.put(k, Set.copyOf(v)));
    this.seats = Map.copyOf(seatCopy);
    Map<String, Cue> verbs = new HashMap<>();
    l.cues.forEach((phrase, cue) -> {
      if ((cue == Cue.DENIAL || cue == Cue.FAILURE) && phrase.indexOf(' ') < 0) {
        String stem = l.stemmer.stem(phrase);
        if (stem.length() >= 3) {
          verbs.put(stem, cue);
        }
      }
    });
    this.verbStems = Map.copyOf(verbs);
  }

  /**
   * Whether two places may name one actor: one is the seat of the other (a capital and its
   * country), or both are seats of the same place.
   */
  boolean sameActor(String idA, String idB) {
    Set<String> a = seats.getOrDefault(idA, Set.of());
    Set<String> b = seats.getOrDefault(idB, Set.of());
    if (a.contains(idB) || b.contains(idA)) {
      return true;
    }
    for (String x : a) {
      if (b.contains(x)) {
        return true;
      }
    }
    return false;
  }

  /** The role of a canonical stem, or null. */
  String role(String stem) {
    return roles.get(stem);
  }

  /** The antonym sides ({@code 2 * class + side}) of a canonical stem; empty when none. */
  int[] antonymSides(String stem) {
    int[] sides = antonyms.get(stem);
    if (sides != null) {
      return sides;
    }
    // A proclitic the light stemmer left on ("لخفض", "ببراءة"): the word after it, as StemSets#same.
    for (int k = 1; k <= 2 && stem.length() - k >= 3; k++) {
      if (Proclitics.LETTERS.indexOf(stem.charAt(k - 1)) < 0) {
        break;
      }
      sides = antonyms.get(stem.substring(k));
      if (sides != null) {
        return sides;
      }
    }
    return NO_SIDES;
  }


  private static final int[] NO_SIDES = {};

  /** Light stem → cue, for the single-word denial and failure verbs (any inflection). */
  private final Map<String, Cue> verbStems;

  /** The denial or failure cue of a word's light stem ("رفضوا" → رفض), or null. */
  Cue verbCue(String stem) {
    return verbStems.get(stem);
  }

  /** The cue of a normalized word or two-word phrase, or null. */
  Cue cue(String phrase) {
    return cues.get(phrase);
  }

  /** Accumulates the lexicons; not thread-safe. */
  static final class Loader {
    private final ArabicNormalizer normalizer;
    private final ArabicLightStemmer stemmer;
    private final Map<String, String> roles = new HashMap<>();
    private final Map<String, List<Integer>> antonyms = new HashMap<>();
    private final Map<String, Cue> cues = new HashMap<>();
    private final Map<String, Set<String>> seats = new HashMap<>();
    private int antonymClasses;
    private SynonymClasses synonyms;

    Loader(ArabicNormalizer normalizer, ArabicLightStemmer stemmer) {
      this.normalizer = normalizer;
      this.stemmer = stemmer;
    }

    Loader addDefaults() {
      addRoles(LexiconLines.readResource(Vocabulary.class, ROLES));
      addAntonyms(LexiconLines.readResource(Vocabulary.class, ANTONYMS));
      addCues(LexiconLines.readResource(Vocabulary.class, POLARITY));
      addSeats(LexiconLines.readResource(Vocabulary.class, SEATS));
      return this;
    }

    Loader addSeats(Reader r, String source) throws IOException {
      return addSeats(LexiconLines.read(r, source));
    }

    Loader addSeats(List<LexiconLines.Line> lines) {
      for (LexiconLines.Line l : lines) {
        if (l.fields().size() != 2 || l.fields().get(0).indexOf(':') < 0) {
          throw l.error("expected entity id<TAB>ids separated by '|'");
        }
        for (String id : l.fields().get(1).split("\\|")) {
          if (id.isBlank() || id.indexOf(':') < 0) {
            throw l.error("not an entity id: '" + id + "'");
          }
          seats.computeIfAbsent(l.fields().get(0), k -> new java.util.HashSet<>()).add(id.strip());
        }
      }
      return this;
    }

    Loader addRoles(Reader r, String source) throws IOException {
      return addRoles(LexiconLines.read(r, source));
    }

    Loader addAntonyms(Reader r, String source) throws IOException {
      return addAntonyms(LexiconLines.read(r, source));
    }

    Loader addCues(Reader r, String source) throws IOException {
      return addCues(LexiconLines.read(r, source));
    }

    private final List<LexiconLines.Line> roleLines = new ArrayList<>();
    private final List<LexiconLines.Line> antonymLines = new ArrayList<>();

    Loader addRoles(List<LexiconLines.Line> lines) {
      for (LexiconLines.Line l : lines) {
        if (l.fields().size() != 2 || l.fields().get(1).isBlank()) {
          throw l.error("expected word<TAB>ROLE");
        }
        word(l, l.fields().get(0)); // validates now
        roleLines.add(l);
      }
      return this;
    }

    Loader addAntonyms(List<LexiconLines.Line> lines) {
      for (LexiconLines.Line l : lines) {
        if (l.fields().size() != 2) {
          throw l.error("expected two sides separated by a TAB, words separated by '|'");
        }
        for (String side : l.fields()) {
          for (String w : side.split("\\|")) {
            word(l, w);
          }
        }
        antonymLines.add(l);
      }
      return this;
    }

    Loader addCues(List<LexiconLines.Line> lines) {
      for (LexiconLines.Line l : lines) {
        if (l.fields().size() != 2) {
          throw l.error("expected word<TAB>NEGATION|DENIAL|FAILURE|NONE|AUXILIARY");
        }
        Cue cue;
        try {
          cue = Cue.valueOf(l.fields().get(1).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw l.error("kind must be NEGATION, DENIAL, FAILURE, NONE or AUXILIARY: " + l.fields().get(1));
        }
        String phrase = normalizer.normalize(l.fields().get(0)).strip().replaceAll("\\s+", " ");
        if (phrase.isEmpty() || phrase.split(" ").length > 2) {
          throw l.error("a cue is one or two words: '" + l.fields().get(0) + "'");
        }
        cues.put(phrase, cue);
      }
      return this;
    }

    /** Validates {@code w} as one word. */
    private String word(LexiconLines.Line l, String w) {
      String n = normalizer.normalize(w.strip());
      if (n.isEmpty() || n.indexOf(' ') >= 0) {
        throw l.error("not a single word: '" + w + "'");
      }
      return n;
    }

    /** Builds with the stems of {@code synonyms}, the classes the article words are mapped to. */
    Vocabulary build(SynonymClasses synonyms) {
      this.synonyms = synonyms;
      roles.clear();
      antonyms.clear();
      antonymClasses = 0;
      for (LexiconLines.Line l : roleLines) {
        roles.put(key(word(l, l.fields().get(0))), l.fields().get(1).toUpperCase(Locale.ROOT));
      }
      for (LexiconLines.Line l : antonymLines) {
        int c = antonymClasses++;
        for (int side = 0; side < 2; side++) {
          for (String w : l.fields().get(side).split("\\|")) {
            antonyms.computeIfAbsent(key(word(l, w)), k -> new ArrayList<>()).add(2 * c + side);
          }
        }
      }
      return new Vocabulary(this);
    }

    private String key(String normalizedWord) {
      return synonyms.canonical(stemmer.stem(normalizedWord));
    }
  }

  /** Whether the two side codes are the two sides of one class. */
  static boolean opposite(int x, int y) {
    return (x ^ 1) == y;
  }

  /** Whether any side of {@code a} is the opposite of any side of {@code b}. */
  static boolean anyOpposite(int[] a, int[] b) {
    for (int x : a) {
      for (int y : b) {
        if (opposite(x, y)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a stem belongs to a side in {@code sides}. */
  static boolean hasSide(int[] stemSides, Set<Integer> sides) {
    for (int x : stemSides) {
      if (sides.contains(x)) {
        return true;
      }
    }
    return false;
  }
}
