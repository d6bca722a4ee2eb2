package org.tahqiq.facts;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Known named entities and the spellings by which texts refer to them.
 *
 * <p>Matching works on <em>name keys</em>: each word of an alias and of the text is normalized by
 * the project normalizer, then folded by one documented rule set (see {@link Keys}): the letters
 * that transliterate one foreign sound in different ways (غ/ج as in جونغ/جونج, گ/ك, چ/ج, پ/ب, ڤ/ف),
 * hamza seats, ى/ي, ة/ه, and, on the first word, attached proclitics (و ف ب ل ك, لل = ل + ال). The
 * rule is applied to aliases and text alike, so spelling variants need no alias of their own; it never
 * drops or reorders words, so different names that share words (كيم جونغ إيل, كيم جونغ أون, كيم إيل
 * سونغ) keep different keys. The longest alias starting at a word wins.
 *
 * <p>A one-word alias is a <em>short name</em> (بوتين, كيم) and several entities may share it;
 * {@link FactExtractor} resolves it from the article's context and otherwise leaves it unresolved.
 *
 * <p>TSV format ({@link #defaults()} reads {@code gazetteer.tsv} and {@code gazetteer-news.tsv}):
 * {@code id<TAB>PERSON|PLACE|ORGANIZATION<TAB>canonical name<TAB>alias|alias|...}; '#' comments,
 * further fields ignored. Users add their own entities with {@code
 * Gazetteer.builder().addDefaults().addTsv(reader)} (or {@link Builder#add}) and pass the result
 * to {@code FactExtractor.builder().gazetteer(...)}. Immutable and thread-safe.
 */
public final class Gazetteer {

  private static final class DefaultHolder {
    static final Gazetteer DEFAULTS = new Builder().addDefaults().build();
  }

  private final Map<String, EntityRef> byId;
  final PhraseTrie<List<EntityRef>> aliases = new PhraseTrie<>(FirstKeys.GAZETTEER_SLOT, true);
  /** Name key of the last word of multi-word person aliases → ids; for bare family names. */
  final Map<String, Set<String>> familyNames = new HashMap<>();
  /** The inverse of {@link #familyNames}: id → the family-name keys under which it is filed. */
  final Map<String, List<String>> familyNamesById = new HashMap<>();

  private Gazetteer(Map<String, EntityRef> byId, Map<String, Set<String>> aliasesById) {
    this.byId = Map.copyOf(byId);
    for (Map.Entry<String, Set<String>> e : aliasesById.entrySet()) {
      EntityRef ref = byId.get(e.getKey());
      for (String alias : e.getValue()) {
        String[] keys = Lexicons.phrase(alias);
        if (keys.length == 0) {
          continue;
        }
        aliases.put(keys, List.of(ref), Gazetteer::union);
        if (keys.length > 1 && ref.type() == EntityType.PERSON) {
          String family = Keys.nameKey(keys[keys.length - 1]);
          if (familyNames.computeIfAbsent(family, k -> new HashSet<>()).add(ref.id())) {
            familyNamesById.computeIfAbsent(ref.id(), k -> new ArrayList<>()).add(family);
          }
        }
      }
    }
  }

  private static List<EntityRef> union(List<EntityRef> a, List<EntityRef> b) {
    Set<EntityRef> s = new LinkedHashSet<>(a);
    s.addAll(b);
    return List.copyOf(s);
  }

  /** The gazetteer of the bundled {@code gazetteer.tsv}: world news leaders, places, organizations. */
  public static Gazetteer defaults() {
    return DefaultHolder.DEFAULTS;
  }

  /** An empty builder; call {@link Builder#addDefaults()} to start from the bundled entities. */
  public static Builder builder() {
    return new Builder();
  }

  /** The entity with {@code id}, if known. */
  public Optional<EntityRef> byId(String id) {
    return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id must not be null")));
  }

  /**
   * The entities that have an alias with this name key ({@link EntityMention#nameKey()}: the words'
   * name keys joined by one space), in the order added; empty when none. Tells what an unresolved
   * mention may denote: a short name that several entities share ("كيم") leaves its mention
   * without an entity, yet a caller may still ask whether every candidate is, say, a place.
   */
  public List<EntityRef> entitiesNamed(String nameKey) {
    Objects.requireNonNull(nameKey, "nameKey must not be null");
    String[] words = nameKey.isBlank() ? new String[0] : nameKey.strip().split(" +");
    if (words.length == 0) {
      return List.of();
    }
    List<EntityRef> refs = aliases.get(words);
    return refs == null ? List.of() : refs;
  }

  /** Number of entities. */
  public int size() {
    return byId.size();
  }

  /**
   * Builder for a {@link Gazetteer}; not thread-safe. Adding an id again adds aliases to it; its
   * type and canonical name must then be the same.
   */
  public static final class Builder {
    private final Map<String, EntityRef> byId = new LinkedHashMap<>();
    private final Map<String, Set<String>> aliases = new LinkedHashMap<>();
    /** Name keys of every alias added, to skip duplicates from the CLDR and mined sources. */
    private final Set<String> aliasKeys = new HashSet<>();

    private Builder() {}

    /**
     * Adds the bundled entities: {@code gazetteer.tsv} (world news leaders, places, organizations,
     * capitals), the countries of the JDK's CLDR data ({@link #addCountries}), and {@code
     * gazetteer-news.tsv}, the frequent people, parties and places of Egyptian news mined from a
     * 40,000-article corpus by the {@code MineGazetteer} tool of the benchmarks. Entities of the
     * later sources whose name is already known are skipped.
     */
    public Builder addDefaults() {
      addTsv(Lexicons.readResource("gazetteer.tsv"), "gazetteer.tsv");
      addCountries(Locale.forLanguageTag("ar"));
      return addNewTsv(Lexicons.readResource("gazetteer-news.tsv"), "gazetteer-news.tsv");
    }

    /**
     * Adds every ISO 3166 country under its name in {@code locale} from the JDK's CLDR data
     * ({@link Locale#getDisplayCountry(Locale)}; 249 names in Arabic), as a place with id {@code
     * place:iso-<code>}, unless an entity of that name is already known.
     */
    public Builder addCountries(Locale locale) {
      Objects.requireNonNull(locale, "locale must not be null");
      for (String code : Locale.getISOCountries()) {
        String name = new Locale("", code).getDisplayCountry(locale).strip();
        if (name.isEmpty() || name.equalsIgnoreCase(code) || known(name)) {
          continue;
        }
        add(new EntityRef("place:iso-" + code.toLowerCase(Locale.ROOT), EntityType.PLACE, name), List.of(name));
      }
      return this;
    }

    /** Whether an alias with the name key of {@code name} was added. */
    private boolean known(String name) {
      return aliasKeys.contains(String.join(" ", Lexicons.phrase(name)));
    }

    /** Adds the entities of a TSV text whose canonical name and aliases are all new. */
    private Builder addNewTsv(String text, String source) {
      for (String[] f : Lexicons.lines(text, source, 4)) {
        List<String> aliases = List.of(f[3].split("\\|"));
        if (known(f[2]) || aliases.stream().anyMatch(this::known) || byId.containsKey(f[0])) {
          continue;
        }
        add(new EntityRef(f[0], type(f), f[2]), aliases);
      }
      return this;
    }

    /** Adds {@code entity} with its {@code aliases} (natural spelling; the canonical name is added). */
    public Builder add(EntityRef entity, Collection<String> aliases) {
      Objects.requireNonNull(entity, "entity must not be null");
      Objects.requireNonNull(aliases, "aliases must not be null");
      EntityRef old = byId.putIfAbsent(entity.id(), entity);
      if (old != null && !old.equals(entity)) {
        throw new IllegalArgumentException(
            "entity id " + entity.id() + " already defined as " + old + ", not " + entity);
      }
      Set<String> set = this.aliases.computeIfAbsent(entity.id(), k -> new LinkedHashSet<>());
      set.add(entity.canonicalName());
      aliasKeys.add(String.join(" ", Lexicons.phrase(entity.canonicalName())));
      for (String a : aliases) {
        Objects.requireNonNull(a, "alias of " + entity.id() + " must not be null");
        if (!a.isBlank()) {
          set.add(a.strip());
          aliasKeys.add(String.join(" ", Lexicons.phrase(a)));
        }
      }
      return this;
    }

    /** Adds entities from TSV text read from {@code reader} (see the class comment for the format). */
    public Builder addTsv(Reader reader) {
      Objects.requireNonNull(reader, "reader must not be null");
      return addTsv(Lexicons.readAll(reader, "gazetteer"), "gazetteer reader");
    }

    private Builder addTsv(String text, String source) {
      for (String[] f : Lexicons.lines(text, source, 4)) {
        add(new EntityRef(f[0], type(f), f[2]), List.of(f[3].split("\\|")));
      }
      return this;
    }

    private static EntityType type(String[] f) {
      try {
        return EntityType.valueOf(f[1].toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            f[f.length - 1] + ": type must be PERSON, PLACE or ORGANIZATION: '" + f[1] + "'");
      }
    }

    public Gazetteer build() {
      Map<String, Set<String>> copy = new LinkedHashMap<>();
      aliases.forEach((k, v) -> copy.put(k, new LinkedHashSet<>(v)));
      return new Gazetteer(new LinkedHashMap<>(byId), copy);
    }
  }

  /** All entities, for diagnostics. */
  List<EntityRef> entities() {
    return new ArrayList<>(byId.values());
  }
}
