package org.tahqiq.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.time.LocalDate;
import java.util.Set;
import org.tahqiq.facts.EntityMention;
import org.tahqiq.facts.ExtractedFacts;
import org.tahqiq.facts.QuantityMention;
import org.tahqiq.facts.Sentence;
import org.tahqiq.facts.TimeMention;
import org.tahqiq.pipeline.ProcessedArticle;
import org.tahqiq.text.MappedText;
import org.tahqiq.text.TextSpan;
import org.tahqiq.token.AnalyzedText;
import org.tahqiq.token.Stopwords;
import org.tahqiq.token.TokenType;

/**
 * What the diff knows of one article: its extracted value mentions, its content words by
 * sentence (the stems of its analysis, value words excluded), and the entities it names. Built once
 * per diff.
 */
final class ArticleEvidence {
  final int index;
  /** The copy group (see {@link CopyGroups}) of the article. */
  final int copyGroup;
  /** The article's own publication date, and the date its relative times were resolved against. */
  final Optional<LocalDate> published;
  final Optional<LocalDate> anchor;
  final ProcessedArticle processed;
  final ExtractedFacts facts;
  /** Content tokens by sentence, in text order. */
  private final List<List<ContentToken>> sentenceTokens = new ArrayList<>();
  /** The stem ids ({@link StemSets}) of each sentence's content words, without repeats, in text order. */
  final int[][] sentenceIds;
  /** The same ids, ascending, for lookups. */
  final int[][] sortedSentenceIds;
  /** Every stem id of the article, ascending. */
  final int[] allIds;
  /** For each stem id of the article, the ascending sentences that use it. */
  private final Map<Integer, int[]> sentencesOfId = new HashMap<>();
  /** Entity ids (or name keys for unknown names) anywhere in the article. */
  final Set<String> entityKeys = new HashSet<>();
  /** The normalized text of each sentence, spaces folded: equal keys are the same sentence. */
  final List<String> sentenceKeys = new ArrayList<>();
  /** Polarity cues by sentence, in text order. */
  final List<List<PolarityCue>> sentenceCues = new ArrayList<>();

  /**
   * A negation, denial or failure word in a sentence; it negates the content tokens from index
   * {@code scopeStart} (into {@link #tokensOf}) up to, excluding, {@code scopeEnd}.
   */
  record PolarityCue(Vocabulary.Cue kind, int scopeStart, int scopeEnd, int start, int end) {}

  /** Content words a negation particle covers: the word it negates ("لم يعلن", "عدم الانسحاب"). */
  static final int NEGATION_SCOPE = 1;
  /**
   * Content words a denial or failure verb covers, itself included: what is denied follows it
   * ("نفت الحكومة انسحاب القوات").
   */
  static final int VERB_SCOPE = 4;

  ArticleEvidence(
      int index,
      ProcessedArticle processed,
      ExtractedFacts facts,
      Stopwords stopwords,
      SynonymClasses synonyms,
      Vocabulary vocabulary,
      StemSets stemTable,
      int copyGroup,
      Optional<LocalDate> published,
      Optional<LocalDate> anchor) {
    this.index = index;
    this.copyGroup = copyGroup;
    this.published = published;
    this.anchor = anchor;
    this.processed = processed;
    this.facts = facts;
    List<TextSpan> valueSpans = new ArrayList<>();
    facts.times().forEach(m -> valueSpans.add(m.span()));
    facts.quantities().forEach(m -> valueSpans.add(m.span()));
    BitSet valueChars = new BitSet();
    for (TextSpan span : valueSpans) {
      valueChars.set(span.start(), Math.max(span.start(), span.end()));
    }
    MappedText text = processed.normalized();
    String normalizedText = text.text();
    List<Set<Integer>> stemsBySentence = new ArrayList<>();
    for (int i = 0; i < facts.sentences().size(); i++) {
      stemsBySentence.add(new LinkedHashSet<>());
      sentenceTokens.add(new ArrayList<>());
      sentenceCues.add(new ArrayList<>());
      TextSpan span = facts.sentences().get(i).span();
      sentenceKeys.add(sentenceKey(normalizedText.substring(span.start(), span.end())));
    }
    String raw = text.raw();
    List<Sentence> sentences = facts.sentences();
    List<EntityMention> entities = facts.entities();
    // The text core's tokens and stems (the analysis the pipeline made, which clustering and
    // extraction read too): the words, numbers and Latin words, each as its word (without marks
    // and format chars).
    AnalyzedText analysis = processed.analysis();
    int[] kept = new int[analysis.size()];
    int words = 0;
    for (int i = 0; i < analysis.size(); i++) {
      TokenType type = analysis.type(i);
      if (type == TokenType.ARABIC_WORD || type == TokenType.LATIN_WORD || type == TokenType.NUMBER) {
        kept[words++] = i;
      }
    }
    String[] wordOf = new String[words];
    for (int k = 0; k < words; k++) {
      wordOf[k] = analysis.word(kept[k]);
    }
    int s = 0;
    int entity = 0;
    int wordInEntity = 0;
    int skipCue = -1;
    for (int ti = 0; ti < words; ti++) {
      int i = kept[ti];
      int start = analysis.start(i);
      int end = analysis.end(i);
      String w = wordOf[ti];
      boolean arabic = analysis.type(i) == TokenType.ARABIC_WORD;
      while (s < sentences.size() && sentences.get(s).span().end() <= start) {
        s++;
      }
      if (s == sentences.size() || sentences.get(s).span().start() > start) {
        continue; // between sentences
      }
      if (ti > skipCue && arabic) {
        String next = ti + 1 < words ? wordOf[ti + 1] : null;
        // A particle that is itself a content word (عدم, دون) negates the word after it.
        int scopeStart = sentenceTokens.get(s).size() + (stopwords.contains(w) ? 0 : 1);
        int cueWords = cueAt(vocabulary, analysis.stem(i), w, next, s, scopeStart, text.rawSpan(start, end));
        if (cueWords > 0) {
          skipCue = ti + cueWords - 1;
        }
      }
      while (entity < entities.size() && entities.get(entity).span().end() <= start) {
        entity++;
        wordInEntity = 0;
      }
      EntityMention e = entity < entities.size() && entities.get(entity).span().start() <= start
          ? entities.get(entity) : null;
      if (insideValue(valueChars, start, end) || stopwords.contains(w)) {
        if (e != null) {
          wordInEntity++;
        }
        continue;
      }
      String stem;
      if (e != null) {
        // Names are not stemmed (مرسي is no form of مرس): the word of the entity's name key.
        String[] nameWords = e.nameKey().split(" ");
        stem = wordInEntity < nameWords.length ? nameWords[wordInEntity] : analysis.stem(i);
        wordInEntity++;
      } else {
        stem = synonyms.canonical(arabic ? analysis.stem(i) : w);
      }
      if (stem.length() < 2 || stopwords.contains(stem)) {
        continue;
      }
      int id = stemTable.intern(stem);
      TextSpan rawSpan = text.rawSpan(start, end);
      sentenceTokens.get(s).add(new ContentToken(stem, id, start, end, s, raw.substring(rawSpan.start(), rawSpan.end())));
      stemsBySentence.get(s).add(id);
    }
    sentenceIds = new int[stemsBySentence.size()][];
    sortedSentenceIds = new int[stemsBySentence.size()][];
    Map<Integer, List<Integer>> sentencesOf = new HashMap<>();
    for (int i = 0; i < sentenceIds.length; i++) {
      sentenceIds[i] = stemsBySentence.get(i).stream().mapToInt(Integer::intValue).toArray();
      sortedSentenceIds[i] = sentenceIds[i].clone();
      Arrays.sort(sortedSentenceIds[i]);
      for (int id : sentenceIds[i]) {
        sentencesOf.computeIfAbsent(id, k -> new ArrayList<>(1)).add(i);
      }
    }
    sentencesOf.forEach((id, list) -> sentencesOfId.put(id, list.stream().mapToInt(Integer::intValue).toArray()));
    allIds = sentencesOfId.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    for (EntityMention e : facts.entities()) {
      entityKeys.add(entityKey(e));
    }
    for (int i = 0; i < sentenceCues.size(); i++) {
      List<PolarityCue> cues = sentenceCues.get(i);
      int n = sentenceTokens.get(i).size();
      for (int c = 0; c < cues.size(); c++) {
        PolarityCue q = cues.get(c);
        int end = q.scopeEnd();
        // An auxiliary ("لم يتم الإفراج") passes the negation on to the word after it.
        for (int k = q.scopeStart(); k < end && k < n && end < n; k++) {
          ContentToken t = sentenceTokens.get(i).get(k);
          if (vocabulary.cue(normalizedText.substring(t.start(), t.end())) == Vocabulary.Cue.AUXILIARY) {
            end++;
          }
        }
        cues.set(c, new PolarityCue(q.kind(), q.scopeStart(), Math.min(n, end), q.start(), q.end()));
      }
    }
  }

  /**
   * Records the polarity cue that starts with {@code word} (and maybe {@code next}) in sentence
   * {@code s}, whose scope starts at content token {@code scopeStart}; returns the number of words
   * it spans (a NONE phrase too, so that its words are not cues), or 0.
   */
  private int cueAt(
      Vocabulary vocabulary, String stem, String word, String next, int s, int scopeStart, TextSpan raw) {
    for (String w : withoutConjunction(word)) {
      if (next != null) {
        Vocabulary.Cue two = vocabulary.cue(w + " " + next);
        if (two != null) {
          addCue(two, s, scopeStart, raw);
          return 2;
        }
      }
      Vocabulary.Cue one = vocabulary.cue(w);
      if (one != null) {
        addCue(one, s, scopeStart, raw);
        return 1;
      }
    }
    Vocabulary.Cue verb = vocabulary.verbCue(stem);
    if (verb != null) {
      addCue(verb, s, scopeStart, raw); // رفضوا, نفوا: other forms of a denial or failure verb
      return 1;
    }
    return 0;
  }

  private void addCue(Vocabulary.Cue cue, int s, int scopeStart, TextSpan raw) {
    if (cue == Vocabulary.Cue.NONE || cue == Vocabulary.Cue.AUXILIARY) {
      return;
    }
    int width = cue == Vocabulary.Cue.NEGATION ? NEGATION_SCOPE : VERB_SCOPE;
    sentenceCues.get(s).add(new PolarityCue(cue, scopeStart, scopeStart + width, raw.start(), raw.end()));
    // (a verb's scope starts after the verb: what is denied, refused or failed)
  }

  /**
   * The key of a sentence: its letters and digits, words separated by one space; copies that differ
   * only in punctuation or spacing ("13 %" / "13\\%", "الفاو -" / "الفاو،") have one key.
   */
  static String sentenceKey(String normalizedSentence) {
    StringBuilder b = new StringBuilder(normalizedSentence.length());
    boolean space = false;
    for (int i = 0; i < normalizedSentence.length(); i++) {
      char c = normalizedSentence.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (space && b.length() > 0) {
          b.append(' ');
        }
        b.append(c);
        space = false;
      } else {
        space = true;
      }
    }
    return b.toString();
  }

  /** The word, and the word without a leading و or ف (ولم, فلا). */
  private static List<String> withoutConjunction(String word) {
    if (word.length() > 2 && (word.charAt(0) == '\u0648' || word.charAt(0) == '\u0641')) {
      return List.of(word, word.substring(1));
    }
    return List.of(word);
  }

  /** Whether content token {@code token} of sentence {@code s} lies in a cue's scope. */
  boolean negated(int s, int token) {
    for (PolarityCue c : sentenceCues.get(s)) {
      if (token >= c.scopeStart() && token < c.scopeEnd()) {
        return true;
      }
    }
    return false;
  }

  /** Days from the anchor of the relative times to the article's own publication date. */
  long shiftToOwnDate() {
    if (published.isEmpty() || anchor.isEmpty()) {
      return 0;
    }
    return java.time.temporal.ChronoUnit.DAYS.between(anchor.get(), published.get());
  }

  String id() {
    return processed.id();
  }

  static String entityKey(EntityMention e) {
    return e.entity().map(r -> r.id()).orElse("name:" + e.nameKey());
  }

  /**
   * The stem ids of the content words around {@code [start, end)} in sentence {@code sentence}: up
   * to {@code before} words before it (nearest first) and {@code after} words after it; a repeated
   * word counts each time.
   */
  int[] window(int sentence, int start, int end, int before, int after) {
    List<ContentToken> tokens = sentenceTokens.get(sentence);
    int first = 0;
    while (first < tokens.size() && tokens.get(first).end() <= start) {
      first++;
    }
    int[] out = new int[Math.min(tokens.size(), before + after)];
    int k = 0;
    for (int i = first - 1, n = 0; i >= 0 && n < before; i--, n++) {
      out[k++] = tokens.get(i).id();
    }
    for (int i = first, n = 0; i < tokens.size() && n < after; i++) {
      if (tokens.get(i).start() >= end) {
        out[k++] = tokens.get(i).id();
        n++;
      }
    }
    return Arrays.copyOf(out, k);
  }

  /** How many sentences of the article use stem {@code id} or one of its neighbours, up to 2. */
  int sentencesUsing(StemSets table, int id) {
    int[] own = sentencesOfId.get(id);
    int first = own == null ? -1 : own[0];
    if (own != null && own.length > 1) {
      return 2;
    }
    for (int n : table.neighbours(id)) {
      int[] other = sentencesOfId.get(n);
      if (other == null) {
        continue;
      }
      for (int s : other) {
        if (first < 0) {
          first = s;
        } else if (s != first) {
          return 2;
        }
      }
    }
    return first < 0 ? 0 : 1;
  }

  /** How many content words (tokens of {@link #tokensOf}) the article has in all. */
  int contentWords() {
    int n = 0;
    for (List<ContentToken> tokens : sentenceTokens) {
      n += tokens.size();
    }
    return n;
  }

  /** How many sentences the article has. */
  int sentenceCount() {
    return sentenceIds.length;
  }

  /** The content tokens of sentence {@code s}, in text order; read-only. */
  List<ContentToken> tokensOf(int s) {
    return sentenceTokens.get(s);
  }

  /** The raw text of sentence {@code s}. */
  String sentenceText(int s) {
    return facts.sentences().get(s).text();
  }

  /** Whether a char of {@code [start, end)} is covered by a value mention ({@code valueChars}). */
  private static boolean insideValue(BitSet valueChars, int start, int end) {
    int covered = valueChars.nextSetBit(start);
    return covered >= 0 && covered < end;
  }

  /** The light stem of a word token, each distinct word stemmed once per article. */

  List<TimeMention> times() {
    return facts.times();
  }

  List<QuantityMention> quantities() {
    return facts.quantities();
  }
}
