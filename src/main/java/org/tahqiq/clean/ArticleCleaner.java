package org.tahqiq.clean;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tahqiq.article.Article;
import org.tahqiq.normalize.ArabicNormalizer;

/**
 * Finds the main story in an article's raw text and drops what publishers wrap around it: "read
 * also" sections with appended articles, related-article lists, tag and source lines, ad slots,
 * subscription promotions, photo credits, doubled headlines. Every removal is reported, and the
 * kept story is a {@link org.tahqiq.text.MappedText} over the raw text (see {@link CleanedArticle}).
 *
 * <p>The cleaner works on lines in one pass. Each non-blank line is folded once (see
 * {@link BoilerplateMarker}) and compared with the markers that can match it (indexed by core
 * length, first char and anchor word); there is no regex and no backtracking, so time is linear in
 * the text length times the number of markers. Rules, strongest first:
 *
 * <ol>
 *   <li>{@link BoilerplateMarker.Action#CUT_REST_IF_EQUALS} markers cut the rest of the text;
 *   <li>{@link BoilerplateMarker.Action#DROP_LIST_IF_EQUALS} markers drop a header and its list;
 *   <li>the other {@code DROP_LINE_*} markers drop one line, only if it is at most
 *       {@linkplain Builder#maxBoilerplateLineLength(int) a maximum length} long, so a paragraph that
 *       happens to contain a marker phrase is never dropped;
 *   <li>with {@linkplain Builder#dropRepeatedLines(boolean) repeat dropping} on (the default), the
 *       first body line equal to {@link Article#title()} is dropped ({@link
 *       RemovalReason#REPEATED_HEADLINE}), as is a line equal to the previous non-blank line that
 *       no marker dropped ({@link RemovalReason#REPEATED_LINE}); equality is on folded lines
 *       ignoring leading and trailing punctuation.
 * </ol>
 *
 * Among markers of one kind the first in order wins: built-in markers, then added ones in the
 * order they were added. Line breaks are {@code \n}, {@code \r\n}, {@code \r}, U+0085, U+2028 and
 * U+2029. Other control chars, lone surrogates and non-Arabic text are kept verbatim.
 *
 * <p>Immutable and thread-safe; one instance can clean any number of articles concurrently.
 */
public final class ArticleCleaner {

  /** Name of the built-in marker resource, next to this class. */
  static final String DEFAULT_MARKERS_RESOURCE = "boilerplate-markers.tsv";

  /** Default for {@link Builder#maxBoilerplateLineLength(int)}, in chars. */
  public static final int DEFAULT_MAX_BOILERPLATE_LINE_LENGTH = 400;

  private final List<BoilerplateMarker> markers;
  private final MarkerIndex cutMarkers;
  private final MarkerIndex listMarkers;
  private final MarkerIndex lineMarkers;
  private final boolean dropRepeatedLines;
  private final int maxBoilerplateLineLength;
  private final ArabicNormalizer normalizer;
  private final KeyFolder keyFolder;

  private ArticleCleaner(Builder b) {
    this.keyFolder = KeyFolder.defaults();
    this.normalizer = keyFolder.normalizer();
    List<BoilerplateMarker> all = new ArrayList<>();
    if (b.useDefaults) {
      all.addAll(DefaultMarkers.LIST);
    }
    all.addAll(b.added);
    this.markers = List.copyOf(all);
    List<CompiledMarker> cut = new ArrayList<>();
    List<CompiledMarker> list = new ArrayList<>();
    List<CompiledMarker> line = new ArrayList<>();
    StringBuilder scratch = new StringBuilder();
    for (BoilerplateMarker m : markers) {
      CompiledMarker c = CompiledMarker.compile(m, normalizer, scratch);
      switch (m.action()) {
        case CUT_REST_IF_EQUALS -> cut.add(c);
        case DROP_LIST_IF_EQUALS -> list.add(c);
        default -> line.add(c);
      }
    }
    this.cutMarkers = new MarkerIndex(cut.toArray(new CompiledMarker[0]));
    this.listMarkers = new MarkerIndex(list.toArray(new CompiledMarker[0]));
    this.lineMarkers = new MarkerIndex(line.toArray(new CompiledMarker[0]));
    this.dropRepeatedLines = b.dropRepeatedLines;
    this.maxBoilerplateLineLength = b.maxBoilerplateLineLength;
  }

  /** The cleaner with the built-in markers and default options. */
  public static ArticleCleaner defaults() {
    return DefaultMarkers.CLEANER;
  }

  /** Starts a builder with the built-in markers and default options. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every marker this cleaner uses, built-in ones first, in matching order. */
  public List<BoilerplateMarker> markers() {
    return markers;
  }

  /**
   * Cleans {@code article}. Empty, blank and boilerplate-only texts give an empty kept text; the
   * article itself is never changed.
   *
   * @throws NullPointerException if {@code article} is null
   */
  public CleanedArticle clean(Article article) {
    Objects.requireNonNull(article, "article must not be null");
    return new LinePass(this, article).run();
  }

  MarkerIndex cutMarkers() {
    return cutMarkers;
  }

  MarkerIndex listMarkers() {
    return listMarkers;
  }

  MarkerIndex lineMarkers() {
    return lineMarkers;
  }

  boolean dropRepeatedLines() {
    return dropRepeatedLines;
  }

  int maxBoilerplateLineLength() {
    return maxBoilerplateLineLength;
  }

  KeyFolder keyFolder() {
    return keyFolder;
  }

  /**
   * Options for an {@link ArticleCleaner}. Starts with the built-in markers. Not thread-safe;
   * {@link #build()} may be called more than once.
   */
  public static final class Builder {
    private final List<BoilerplateMarker> added = new ArrayList<>();
    private boolean useDefaults = true;
    private boolean dropRepeatedLines = true;
    private int maxBoilerplateLineLength = DEFAULT_MAX_BOILERPLATE_LINE_LENGTH;

    private Builder() {}

    /**
     * Adds the markers of a marker file (format in {@link BoilerplateMarker}); they extend the
     * built-in markers. {@code reader} is read to the end and not closed.
     *
     * @throws IllegalArgumentException if a line is malformed; the message names the line number
     * @throws IOException              if reading fails
     */
    public Builder addMarkers(Reader reader) throws IOException {
      added.addAll(MarkerFile.parse(reader, "marker file"));
      return this;
    }

    /** Adds one marker after those added so far. */
    public Builder addMarker(BoilerplateMarker marker) {
      added.add(Objects.requireNonNull(marker, "marker must not be null"));
      return this;
    }

    /** Leaves out the built-in markers; only added markers are used. */
    public Builder withoutDefaultMarkers() {
      useDefaults = false;
      return this;
    }

    /**
     * Whether to drop a line repeating the previous non-blank line or, as first body line, the
     * article's title. Default {@code true}.
     */
    public Builder dropRepeatedLines(boolean drop) {
      dropRepeatedLines = drop;
      return this;
    }

    /**
     * Lines longer than this many chars (after trimming blanks) are never dropped by
     * {@code DROP_LINE_IF_STARTS_WITH}, {@code _ENDS_WITH} or {@code _CONTAINS} markers, nor taken
     * as list items: boilerplate lines are short, story paragraphs are not. Default
     * {@value #DEFAULT_MAX_BOILERPLATE_LINE_LENGTH}.
     *
     * @throws IllegalArgumentException if {@code chars < 1}
     */
    public Builder maxBoilerplateLineLength(int chars) {
      if (chars < 1) {
        throw new IllegalArgumentException("maxBoilerplateLineLength must be >= 1: " + chars);
      }
      maxBoilerplateLineLength = chars;
      return this;
    }

    /**
     * The cleaner.
     *
     * @throws IllegalArgumentException if an added marker's phrase folds to no letter or digit
     */
    public ArticleCleaner build() {
      return new ArticleCleaner(this);
    }
  }

  /** Lazily loaded built-in markers (holder idiom: loaded once, on first use, thread-safely). */
  private static final class DefaultMarkers {
    static final List<BoilerplateMarker> LIST = load();
    static final ArticleCleaner CLEANER = new Builder().build();

    private static List<BoilerplateMarker> load() {
      try (InputStream in = ArticleCleaner.class.getResourceAsStream(DEFAULT_MARKERS_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(
              "built-in marker resource missing: " + DEFAULT_MARKERS_RESOURCE);
        }
        return List.copyOf(MarkerFile.parse(
            new InputStreamReader(in, StandardCharsets.UTF_8), DEFAULT_MARKERS_RESOURCE));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + DEFAULT_MARKERS_RESOURCE, e);
      }
    }
  }
}
