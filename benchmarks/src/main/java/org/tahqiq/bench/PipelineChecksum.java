package org.tahqiq.bench;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.tahqiq.article.Article;
import org.tahqiq.clean.CleanedArticle;
import org.tahqiq.cluster.IdfTable;
import org.tahqiq.facts.EntityMention;
import org.tahqiq.facts.ExtractedFacts;
import org.tahqiq.facts.FactExtractor;
import org.tahqiq.facts.QuantityMention;
import org.tahqiq.facts.Sentence;
import org.tahqiq.facts.TimeMention;
import org.tahqiq.clean.Removal;
import org.tahqiq.pipeline.ProcessedArticle;
import org.tahqiq.pipeline.TextPipeline;
import org.tahqiq.shingle.ShingleSet;
import org.tahqiq.shingle.Shingler;
import org.tahqiq.text.MappedText;
import org.tahqiq.text.TextSpan;
import org.tahqiq.token.AnalyzedText;
import org.tahqiq.token.Token;
import org.tahqiq.token.Tokenizer;

/**
 * One SHA-256 over everything the default text pipeline produces for the first {@code n} corpus
 * articles: cleaned text, removals, the raw offsets of every cleaned and normalized char, tokens
 * with their offsets, and shingle hashes. Speed work on the pipeline must leave it unchanged;
 * a changed digest means changed output, which needs a new shingle format version.
 *
 * <p>The shingles are those of word shingle format {@code version} (default 1, the format the
 * first recorded digests used; 2 is {@link Shingler#FORMAT_VERSION}).
 *
 * <p>A second digest covers what clustering reads of the same processed text: each article's
 * distinct terms (stemmed, stopwords dropped, hashed as {@link IdfTable} defines), as the bytes of
 * its one-article {@link IdfTable}. It does not depend on the shingle format.
 *
 * <p>A third digest covers what the fact extractor finds in the normalized text: every sentence,
 * time, quantity and entity mention of {@link FactExtractor#defaults()}, once anchored at the
 * article's publication time and once without anchor (each mention's record text, its flags in
 * declaration order, its normalized value). Speed work on the extractor must leave it unchanged.
 * The extractor reads the article's {@link ProcessedArticle#analysis() analysis}, as clustering and
 * the diff do.
 *
 * <p>A fourth digest covers that analysis, the text core's reading of each article that every stage
 * after the shingler shares: each token's offsets, type, word and stem, and each sentence's span.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.tahqiq.bench.PipelineChecksum CORPUS [n [version]]</pre>
 */
public final class PipelineChecksum {

  private PipelineChecksum() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: PipelineChecksum CORPUS.jsonl.gz [n [shingleFormatVersion]]");
      System.exit(2);
    }
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    int version = args.length > 2 ? Integer.parseInt(args[2]) : Shingler.FORMAT_VERSION_1;
    List<Article> articles = Corpus.jsonl(Path.of(args[0]), n);
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    MessageDigest termsSha = MessageDigest.getInstance("SHA-256");
    ByteArrayOutputStream termBytes = new ByteArrayOutputStream();
    ByteBuffer ints = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
    TextPipeline pipeline = TextPipeline.builder()
        .shingler(Shingler.builder().formatVersion(version).build())
        .build();
    Tokenizer tokenizer = Tokenizer.defaults();
    MessageDigest factsSha = MessageDigest.getInstance("SHA-256");
    FactExtractor extractor = FactExtractor.defaults();
    MessageDigest analysisSha = MessageDigest.getInstance("SHA-256");
    for (Article a : articles) {
      ProcessedArticle p = pipeline.process(a);
      CleanedArticle c = p.cleaned();
      MappedText cleaned = c.text();
      string(sha, cleaned.text());
      offsets(sha, ints, cleaned);
      for (Removal r : c.removals()) {
        string(sha, r.reason().name());
        putInt(sha, ints, r.raw().start());
        putInt(sha, ints, r.raw().end());
        string(sha, r.marker().map(Object::toString).orElse("-"));
      }
      MappedText normalized = p.normalized();
      string(sha, normalized.text());
      offsets(sha, ints, normalized);
      for (Token t : tokenizer.tokenize(normalized)) {
        string(sha, t.text());
        string(sha, t.type().name());
        putInt(sha, ints, t.start());
        putInt(sha, ints, t.end());
        putInt(sha, ints, t.raw().start());
        putInt(sha, ints, t.raw().end());
      }
      facts(factsSha, extractor.extract(p.analysis(), a.published()));
      facts(factsSha, extractor.extract(p.analysis(), Optional.empty()));
      analysis(analysisSha, ints, p.analysis());
      termBytes.reset();
      IdfTable.of(List.of(a), pipeline).writeTo(termBytes);
      termsSha.update(termBytes.toByteArray());
      ShingleSet s = p.shingles();
      putInt(sha, ints, s.size());
      for (int i = 0; i < s.size(); i++) {
        ints.clear();
        ints.putLong(s.hash(i));
        sha.update(ints.array(), 0, 8);
      }
    }
    System.out.println(articles.size() + " articles, shingle format " + version + ", SHA-256 " + HexFormat.of().formatHex(sha.digest()));
    System.out.println(articles.size() + " articles, clustering terms, SHA-256 " + HexFormat.of().formatHex(termsSha.digest()));
    System.out.println(articles.size() + " articles, extracted facts, SHA-256 " + HexFormat.of().formatHex(factsSha.digest()));
    System.out.println(articles.size() + " articles, analysed text, SHA-256 " + HexFormat.of().formatHex(analysisSha.digest()));
  }

  /** The tokens (offsets, type, word, stem) and sentence spans of one analysis. */
  private static void analysis(MessageDigest sha, ByteBuffer ints, AnalyzedText a) {
    putInt(sha, ints, a.size());
    for (int i = 0; i < a.size(); i++) {
      putInt(sha, ints, a.start(i));
      putInt(sha, ints, a.end(i));
      string(sha, a.type(i).name());
      string(sha, a.word(i));
      string(sha, a.stem(i));
    }
    putInt(sha, ints, a.sentences().size());
    for (TextSpan span : a.sentences()) {
      putInt(sha, ints, span.start());
      putInt(sha, ints, span.end());
    }
  }

  /** The mentions of one extraction; flags sorted, since an unmodifiable set has no fixed order. */
  private static void facts(MessageDigest sha, ExtractedFacts f) {
    for (Sentence s : f.sentences()) {
      string(sha, s.toString());
    }
    for (TimeMention m : f.times()) {
      string(sha, m.value() + "|" + m.span() + m.raw() + m.sentence() + m.surface() + m.calendar()
          + m.hijri() + new TreeSet<>(m.flags()) + m.normalized());
    }
    for (QuantityMention m : f.quantities()) {
      string(sha, m.value() + "|" + m.noun() + m.span() + m.raw() + m.sentence() + m.surface()
          + new TreeSet<>(m.flags()) + m.normalized());
    }
    for (EntityMention m : f.entities()) {
      string(sha, m.toString());
    }
    string(sha, f.sentences().size() + "/" + f.times().size() + "/" + f.quantities().size() + "/"
        + f.entities().size());
  }

  private static void offsets(MessageDigest sha, ByteBuffer ints, MappedText t) {
    putInt(sha, ints, t.length());
    for (int i = 0; i < t.length(); i++) {
      putInt(sha, ints, t.rawStart(i));
      putInt(sha, ints, t.rawEnd(i));
    }
  }

  private static void string(MessageDigest sha, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    sha.update(b);
    sha.update((byte) 0);
  }

  private static void putInt(MessageDigest sha, ByteBuffer ints, int v) {
    ints.clear();
    ints.putInt(v);
    sha.update(ints.array(), 0, 4);
  }
}
