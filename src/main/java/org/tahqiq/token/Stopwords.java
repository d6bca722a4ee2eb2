package org.tahqiq.token;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A set of function words (prepositions, pronouns, particles, auxiliaries) that carry little
 * content, e.g. for dropping them before shingling. Entries are single words in normalized form;
 * entries given in any spelling are normalized on the way in (see {@link
 * org.tahqiq.normalize.ArabicNormalizer}), and combining marks, tatweel and format chars are
 * removed. Lookups are exact and case-sensitive on the normalized form, so look up normalized
 * tokens.
 *
 * <p>The {@linkplain #defaults() default list} is the resource {@code
 * org/tahqiq/token/stopwords-ar.txt} (a few hundred Modern Standard Arabic function words);
 * callers extend or replace it through the {@link #builder()}.
 *
 * <p>Immutable and thread-safe; lookups allocate nothing.
 */
public final class Stopwords {

  /** Name of the default list resource, next to this class. */
  public static final String DEFAULT_RESOURCE = "stopwords-ar.txt";

  private final CharArraySet set;

  private Stopwords(CharArraySet set) {
    this.set = set;
  }

  /** The default Arabic list. */
  public static Stopwords defaults() {
    return Defaults.INSTANCE;
  }

  /** The empty set: nothing is a stopword. */
  public static Stopwords none() {
    return Defaults.NONE;
  }

  /**
   * A builder starting from the default list; call {@link Builder#withoutDefaults()} to start
   * from an empty set instead.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether {@code buf[off, off + len)} is a stopword. */
  public boolean contains(char[] buf, int off, int len) {
    Objects.requireNonNull(buf, "buf must not be null");
    Objects.checkFromIndexSize(off, len, buf.length);
    return set.contains(buf, off, len);
  }

  /** Whether {@code word} is a stopword. */
  public boolean contains(CharSequence word) {
    Objects.requireNonNull(word, "word must not be null");
    return set.contains(word);
  }

  /** Number of distinct entries. */
  public int size() {
    return set.size();
  }

  /** The entries, sorted; a new list each call. */
  public List<String> toList() {
    return List.of(set.toArray());
  }

  @Override
  public String toString() {
    return "Stopwords[" + set.size() + " entries]";
  }

  /** Lazily loaded defaults: the resource is read on first use only. */
  private static final class Defaults {
    static final Stopwords INSTANCE = new Builder().build();
    static final Stopwords NONE = new Builder().withoutDefaults().build();
  }

  /** Collects entries; not thread-safe. Invalid entries fail at once with a message naming them. */
  public static final class Builder {
    private final List<String> entries = new ArrayList<>();
    private boolean defaults = true;

    private Builder() {}

    /** Leaves the default list out; only the words added to this builder are stopwords. */
    public Builder withoutDefaults() {
      defaults = false;
      return this;
    }

    /**
     * Adds words.
     *
     * @throws IllegalArgumentException for a blank word or one containing white space
     */
    public Builder add(CharSequence... words) {
      Objects.requireNonNull(words, "words must not be null");
      return addAll(Arrays.asList(words));
    }

    /** Adds all {@code words}; see {@link #add(CharSequence...)}. */
    public Builder addAll(Collection<? extends CharSequence> words) {
      Objects.requireNonNull(words, "words must not be null");
      for (CharSequence w : words) {
        entries.add(Lexicon.normalizeEntry(w, "stopword"));
      }
      return this;
    }

    /**
     * Adds the entries of a list in the resource format (one word a line, {@code #} comments);
     * does not close {@code reader}.
     *
     * @throws IllegalArgumentException naming the line of an invalid entry
     */
    public Builder addFrom(Reader reader) throws IOException {
      entries.addAll(Lexicon.read(reader, "stopword list"));
      return this;
    }

    public Stopwords build() {
      if (!defaults) {
        return new Stopwords(new CharArraySet(entries));
      }
      List<String> all = new ArrayList<>(Lexicon.readResource(DEFAULT_RESOURCE));
      all.addAll(entries);
      return new Stopwords(new CharArraySet(all));
    }
  }
}
