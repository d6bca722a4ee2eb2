package org.tahqiq.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tahqiq.facts.EntityMention;
import org.tahqiq.facts.ExtractedFacts;
import org.tahqiq.facts.QuantityMention;
import org.tahqiq.facts.Sentence;
import org.tahqiq.facts.TimeMention;
import org.tahqiq.pipeline.ProcessedArticle;
import org.tahqiq.text.MappedText;
import org.tahqiq.text.TextSpan;
import org.tahqiq.token.ArabicLightStemmer;
import org.tahqiq.token.Stopwords;
import org.tahqiq.token.Token;
import org.tahqiq.token.TokenType;
import org.tahqiq.token.Tokenizer;

/**
 * What the diff knows of one article: its extracted value mentions, its content words by
 * sentence (stems, value words excluded), and the entities it names. Built once per diff.
 */
final class ArticleEvidence {
  final int index;
  final ProcessedArticle processed;
  final ExtractedFacts facts;
  /** Content tokens by sentence, in text order. */
  private final List<List<ContentToken>> sentenceTokens = new ArrayList<>();
  final List<Set<String>> sentenceStems = new ArrayList<>();
  final Set<String> allStems = new HashSet<>();
  /** Entity ids (or name keys for unknown names) anywhere in the article. */
  final Set<String> entityKeys = new HashSet<>();

  ArticleEvidence(
      int index,
      ProcessedArticle processed,
      ExtractedFacts facts,
      Tokenizer tokenizer,
      ArabicLightStemmer stemmer,
      Stopwords stopwords,
      SynonymClasses synonyms) {
    this.index = index;
    this.processed = processed;
    this.facts = facts;
    List<TextSpan> valueSpans = new ArrayList<>();
    facts.times().forEach(m -> valueSpans.add(m.span()));
    facts.quantities().forEach(m -> valueSpans.add(m.span()));
    for (int i = 0; i < facts.sentences().size(); i++) {
      sentenceStems.add(new LinkedHashSet<>());
      sentenceTokens.add(new ArrayList<>());
    }
    MappedText text = processed.normalized();
    String raw = text.raw();
    List<Sentence> sentences = facts.sentences();
    int s = 0;
    for (Token t : tokenizer.tokenize(text)) {
      if (t.type() != TokenType.ARABIC_WORD && t.type() != TokenType.LATIN_WORD && t.type() != TokenType.NUMBER) {
        continue;
      }
      while (s < sentences.size() && sentences.get(s).span().end() <= t.start()) {
        s++;
      }
      if (s == sentences.size() || sentences.get(s).span().start() > t.start()) {
        continue; // between sentences
      }
      if (insideAny(valueSpans, t.start(), t.end()) || stopwords.contains(t.text())) {
        continue;
      }
      String stem = synonyms.canonical(t.type() == TokenType.ARABIC_WORD ? stemmer.stem(t.text()) : t.text());
      if (stem.length() < 2 || stopwords.contains(stem)) {
        continue;
      }
      sentenceTokens.get(s).add(
          new ContentToken(stem, t.start(), t.end(), s, raw.substring(t.raw().start(), t.raw().end())));
      sentenceStems.get(s).add(stem);
      allStems.add(stem);
    }
    for (EntityMention e : facts.entities()) {
      entityKeys.add(entityKey(e));
    }
  }

  String id() {
    return processed.id();
  }

  static String entityKey(EntityMention e) {
    return e.entity().map(r -> r.id()).orElse("name:" + e.nameKey());
  }

  /**
   * The stems of the content words around {@code [start, end)} in sentence {@code sentence}: up to
   * {@code before} words before it and {@code after} words after it.
   */
  List<String> window(int sentence, int start, int end, int before, int after) {
    List<ContentToken> tokens = sentenceTokens.get(sentence);
    int first = 0;
    while (first < tokens.size() && tokens.get(first).end() <= start) {
      first++;
    }
    List<String> out = new ArrayList<>();
    for (int i = first - 1, n = 0; i >= 0 && n < before; i--, n++) {
      out.add(tokens.get(i).stem());
    }
    for (int i = first, n = 0; i < tokens.size() && n < after; i++) {
      if (tokens.get(i).start() >= end) {
        out.add(tokens.get(i).stem());
        n++;
      }
    }
    return out;
  }

  /** The content tokens of sentence {@code s}, in text order; read-only. */
  List<ContentToken> tokensOf(int s) {
    return sentenceTokens.get(s);
  }

  /** The raw text of sentence {@code s}. */
  String sentenceText(int s) {
    return facts.sentences().get(s).text();
  }

  private static boolean insideAny(List<TextSpan> spans, int start, int end) {
    for (TextSpan span : spans) {
      if (start < span.end() && span.start() < end) {
        return true;
      }
    }
    return false;
  }

  List<TimeMention> times() {
    return facts.times();
  }

  List<QuantityMention> quantities() {
    return facts.quantities();
  }
}
