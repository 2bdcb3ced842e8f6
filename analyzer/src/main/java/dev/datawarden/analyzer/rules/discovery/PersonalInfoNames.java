package dev.datawarden.analyzer.rules.discovery;

import dev.datawarden.annotations.PersonalInfoCategory;
import dev.datawarden.annotations.SensitiveCategory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import spoon.reflect.reference.CtArrayTypeReference;
import spoon.reflect.reference.CtTypeReference;

/**
 * What personal information looks like in names and types, read from {@code pi-names.yml} (whose
 * header explains the matching): a name is split into words, and a pattern of words must match
 * with only value suffixes after it and no non-personal qualifier before it.
 */
public final class PersonalInfoNames {
  private static final String RESOURCE = "/dev/datawarden/analyzer/rules/discovery/pi-names.yml";

  /** A name that looks like personal information: the pattern that matched and what to declare. */
  public record Match(String pattern, SuggestedAnnotation suggestion) {}

  /** A label that looks like personal information: the term that decided and what to declare. */
  public record LabelMatch(String term, SuggestedAnnotation suggestion) {}

  private final Map<String, Match> patterns;
  private final Set<String> valueSuffixes;
  private final List<String> suffixesLongestFirst;
  private final Set<String> qualifiers;
  private final Set<String> valueTypes;
  private final Set<String> containerTypes;
  private final Map<String, SuggestedAnnotation> typeCategories;
  private final Map<String, List<String>> mappingAnnotations;
  private final Set<String> configurationAnnotations;
  private final Set<String> configurationTypeAnnotations;
  private final List<String> ignoredTypeSuffixes;
  private final Map<String, SuggestedAnnotation> labelTerms;
  private final List<String> labelNonPersonalBefore;
  private final List<String> labelFlags;
  private final List<String> labelFlagWords;
  private final Set<String> labelPersonTerms;
  private final List<String> labelPersonNameWords;
  private final Set<String> keyWords;
  private final Set<String> identifierCategories;
  private final Map<String, List<String>> labelAnnotations;
  private final Set<String> roleSuffixes;
  private final Map<TypeKind, Set<String>> typeHeads;
  private final Map<TypeKind, Map<String, Match>> contextPatterns;
  private final Set<String> addressPartSuffixes;
  private final Set<String> organisationPersonWords;
  private final List<String> organisationPersonLabels;
  private final List<String> organisationLabels;
  private final Set<String> componentAnnotations;
  private final List<String> componentSupertypes;
  private final Set<String> linkWords;

  /**
   * What a type's head noun says its fields are: a person's record, an address, an organisation's
   * record, no one's (infrastructure, a file, an animal), or nothing in particular.
   */
  public enum TypeKind { PERSON, ADDRESS, ORGANISATION, INFRASTRUCTURE, OTHER }

  private PersonalInfoNames(Map<String, Object> yaml) {
    Map<String, Match> p = new HashMap<>();
    section(yaml, "personalInfo").forEach((category, words) -> {
      SuggestedAnnotation s = SuggestedAnnotation.personalInfo(PersonalInfoCategory.valueOf(category));
      strings(words, "personalInfo." + category).forEach(w -> addPattern(p, w, s));
    });
    section(yaml, "sensitive").forEach((category, words) -> {
      SuggestedAnnotation s = SuggestedAnnotation.sensitive(SensitiveCategory.valueOf(category));
      strings(words, "sensitive." + category).forEach(w -> addPattern(p, w, s));
    });
    this.patterns = Map.copyOf(p);
    this.valueSuffixes = Set.copyOf(strings(yaml.get("valueSuffixes"), "valueSuffixes"));
    this.suffixesLongestFirst = valueSuffixes.stream()
        .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
        .toList();
    this.qualifiers = Set.copyOf(strings(yaml.get("nonPersonalQualifiers"), "nonPersonalQualifiers"));
    this.valueTypes = Set.copyOf(strings(yaml.get("valueTypes"), "valueTypes"));
    this.containerTypes = Set.copyOf(strings(yaml.get("containerTypes"), "containerTypes"));
    Map<String, SuggestedAnnotation> t = new HashMap<>();
    section(yaml, "typeCategories").forEach((type, category) ->
        t.put(type, SuggestedAnnotation.personalInfo(PersonalInfoCategory.valueOf(String.valueOf(category)))));
    this.typeCategories = Map.copyOf(t);
    Map<String, List<String>> m = new HashMap<>();
    section(yaml, "mappingAnnotations").forEach((a, attributes) ->
        m.put(a, List.copyOf(strings(attributes, "mappingAnnotations." + a))));
    this.mappingAnnotations = Map.copyOf(m);
    this.configurationAnnotations = Set.copyOf(strings(yaml.get("configurationAnnotations"), "configurationAnnotations"));
    this.configurationTypeAnnotations =
        Set.copyOf(strings(yaml.get("configurationTypeAnnotations"), "configurationTypeAnnotations"));
    this.ignoredTypeSuffixes = List.copyOf(strings(yaml.get("ignoredTypeSuffixes"), "ignoredTypeSuffixes"));
    Map<String, Object> labels = section(yaml, "labels");
    Map<String, SuggestedAnnotation> terms = new HashMap<>();
    section(labels, "personalInfo").forEach((category, words) -> {
      SuggestedAnnotation s = SuggestedAnnotation.personalInfo(PersonalInfoCategory.valueOf(category));
      strings(words, "labels.personalInfo." + category).forEach(w -> addTerm(terms, w, s));
    });
    section(labels, "sensitive").forEach((category, words) -> {
      SuggestedAnnotation s = SuggestedAnnotation.sensitive(SensitiveCategory.valueOf(category));
      strings(words, "labels.sensitive." + category).forEach(w -> addTerm(terms, w, s));
    });
    this.labelTerms = Map.copyOf(terms);
    this.labelNonPersonalBefore = lower(strings(labels.get("nonPersonalBefore"), "labels.nonPersonalBefore"));
    this.labelFlags = lower(strings(labels.get("flags"), "labels.flags"));
    this.labelFlagWords = lower(strings(labels.get("flagWords"), "labels.flagWords"));
    this.labelPersonTerms = Set.copyOf(lower(strings(labels.get("personTerms"), "labels.personTerms")));
    this.labelPersonNameWords = lower(strings(labels.get("personNameWords"), "labels.personNameWords"));
    this.keyWords = Set.copyOf(strings(labels.get("keyWords"), "labels.keyWords"));
    this.identifierCategories = Set.copyOf(strings(labels.get("identifierCategories"), "labels.identifierCategories"));
    Map<String, List<String>> la = new HashMap<>();
    section(labels, "annotations").forEach((a, attributes) ->
        la.put(a, List.copyOf(strings(attributes, "labels.annotations." + a))));
    this.labelAnnotations = Map.copyOf(la);
    Map<String, Object> contexts = section(yaml, "typeContexts");
    this.roleSuffixes = Set.copyOf(strings(contexts.get("roleSuffixes"), "typeContexts.roleSuffixes"));
    Map<TypeKind, Set<String>> heads = new java.util.EnumMap<>(TypeKind.class);
    Map<TypeKind, Map<String, Match>> cp = new java.util.EnumMap<>(TypeKind.class);
    for (TypeKind kind : List.of(TypeKind.PERSON, TypeKind.ADDRESS, TypeKind.ORGANISATION, TypeKind.INFRASTRUCTURE)) {
      String key = kind.name().toLowerCase(Locale.ROOT);
      Map<String, Object> c = section(contexts, key);
      heads.put(kind, Set.copyOf(strings(c.get("heads"), "typeContexts." + key + ".heads")));
      Map<String, Match> kp = new HashMap<>();
      section(c, "personalInfo").forEach((category, words) -> {
        SuggestedAnnotation sg = SuggestedAnnotation.personalInfo(PersonalInfoCategory.valueOf(category));
        strings(words, "typeContexts." + key + ".personalInfo." + category).forEach(w -> addPattern(kp, w, sg));
      });
      cp.put(kind, Map.copyOf(kp));
    }
    this.typeHeads = Map.copyOf(heads);
    this.contextPatterns = Map.copyOf(cp);
    Map<String, Object> address = section(contexts, "address");
    this.addressPartSuffixes = Set.copyOf(strings(address.get("partSuffixes"), "typeContexts.address.partSuffixes"));
    Map<String, Object> organisation = section(contexts, "organisation");
    this.organisationPersonWords = Set.copyOf(strings(organisation.get("personWords"), "typeContexts.organisation.personWords"));
    this.organisationPersonLabels = List.copyOf(strings(organisation.get("personLabels"), "typeContexts.organisation.personLabels"));
    this.organisationLabels = List.copyOf(strings(organisation.get("labels"), "typeContexts.organisation.labels"));
    this.componentAnnotations = Set.copyOf(strings(contexts.get("componentAnnotations"), "typeContexts.componentAnnotations"));
    this.componentSupertypes = List.copyOf(strings(contexts.get("componentSupertypes"), "typeContexts.componentSupertypes"));
    this.linkWords = Set.copyOf(strings(yaml.get("linkWords"), "linkWords"));
  }

  /** What a type's simple name says its fields are, by its head noun: the last word that is not a role suffix. */
  public TypeKind typeKind(String simpleName) {
    List<String> words = words(simpleName);
    int last = words.size() - 1;
    while (last > 0 && roleSuffixes.contains(words.get(last))) {
      last--;
    }
    if (last < 0) {
      return TypeKind.OTHER;
    }
    String head = words.get(last);
    for (TypeKind kind : List.of(TypeKind.ADDRESS, TypeKind.PERSON, TypeKind.ORGANISATION, TypeKind.INFRASTRUCTURE)) {
      if (typeHeads.get(kind).contains(head)) {
        return kind == TypeKind.ADDRESS ? whoseAddress(words.subList(0, last)) : kind;
      }
    }
    return TypeKind.OTHER;
  }

  /**
   * Whose address an address type is, by the nearest word before its head that names a person or an
   * organisation: {@code CompanyAddress} and {@code UserCompanyAddress} (the company's) are an
   * organisation's, {@code MemberReceiveAddress} a person's (an address, whose parts are personal
   * information), and so is an address type that says neither.
   */
  private TypeKind whoseAddress(List<String> before) {
    for (int i = before.size() - 1; i >= 0; i--) {
      if (typeHeads.get(TypeKind.PERSON).contains(before.get(i))) {
        return TypeKind.ADDRESS;
      }
      if (typeHeads.get(TypeKind.ORGANISATION).contains(before.get(i))) {
        return TypeKind.ORGANISATION;
      }
    }
    return TypeKind.ADDRESS;
  }

  /** True when a type's label names an organisation ({@code 商家退货地址}, {@code 公司收发货地址}). */
  public boolean namesOrganisation(List<String> typeLabels) {
    return typeLabels.stream().anyMatch(l -> organisationLabels.stream().anyMatch(l::contains));
  }

  /**
   * A name that only says what it holds on a type of this kind ({@code name} on a user or an address,
   * {@code city} on an address): the whole name must be the pattern, with value suffixes after it.
   */
  public Optional<Match> matchInContext(TypeKind kind, String name) {
    Map<String, Match> patterns = contextPatterns.getOrDefault(kind, Map.of());
    if (patterns.isEmpty()) {
      return Optional.empty();
    }
    List<String> words = words(name);
    StringBuilder joined = new StringBuilder();
    Match best = null;
    for (int j = 0; j < words.size(); j++) {
      joined.append(words.get(j));
      Match m = patterns.get(joined.toString());
      if (m != null && restAre(words, j + 1, kind == TypeKind.ADDRESS)) {
        best = m;
      }
    }
    return Optional.ofNullable(best);
  }

  private boolean restAre(List<String> words, int from, boolean addressPart) {
    for (int k = from; k < words.size(); k++) {
      String w = words.get(k);
      if (!valueSuffixes.contains(w) && !(addressPart && addressPartSuffixes.contains(w))
          && !w.chars().allMatch(Character::isDigit)) {
        return false;
      }
    }
    return true;
  }

  /** True when a field of an organisation's record names a person in it by its name or a label (contactPhone, 负责人电话). */
  public boolean namesPerson(String name, List<String> labels) {
    return words(name).stream().anyMatch(organisationPersonWords::contains)
        || labels.stream().anyMatch(l -> organisationPersonLabels.stream().anyMatch(l::contains));
  }

  /** True for a name that says its value is a link or a path ({@code loginUrl}, {@code avatarPath}). */
  public boolean isLink(String name) {
    return words(name).stream().anyMatch(linkWords::contains);
  }

  /** True for an annotation (by simple name) that makes a type a framework component. */
  public boolean isComponentAnnotation(String annotationSimpleName) {
    return componentAnnotations.contains(annotationSimpleName);
  }

  /** True for a supertype (by simple name) that makes a type a framework component: a filter, an interceptor. */
  public boolean isComponentSupertype(String simpleName) {
    return componentSupertypes.stream().anyMatch(simpleName::endsWith);
  }

  private static void addTerm(Map<String, SuggestedAnnotation> terms, String term, SuggestedAnnotation suggestion) {
    SuggestedAnnotation previous = terms.put(term.toLowerCase(Locale.ROOT), suggestion);
    if (previous != null && !previous.equals(suggestion)) {
      throw new IllegalArgumentException("pi-names: label '" + term + "' is both " + previous.label() + " and "
          + suggestion.label());
    }
  }

  private static List<String> lower(List<String> words) {
    return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
  }

  /**
   * What a label (a comment or a label attribute, {@code 手机号码}) says the element holds: of the
   * terms it contains, the one that ends last (Chinese puts the head noun last), and of those the
   * longest; empty when a non-personal term stands before it or a flag term anywhere.
   */
  public Optional<LabelMatch> matchLabel(String label) {
    String outside = label.replaceAll("[（(][^（()）]*[)）]", " ").strip();
    if (!outside.isEmpty() && !outside.equals(label.strip())) {
      return matchLabel(outside);
    }
    String text = label.toLowerCase(Locale.ROOT);
    String best = null;
    int bestEnd = -1;
    int bestStart = -1;
    for (Map.Entry<String, SuggestedAnnotation> term : labelTerms.entrySet()) {
      String t = term.getKey();
      for (int at = text.indexOf(t); at >= 0; at = text.indexOf(t, at + 1)) {
        if (!wholeLatinWord(text, at, at + t.length())) {
          continue;
        }
        int end = at + t.length();
        if (end > bestEnd || (end == bestEnd && t.length() > best.length())) {
          best = t;
          bestEnd = end;
          bestStart = at;
        }
      }
    }
    if (best == null || labelFlags.stream().anyMatch(text::contains)) {
      return Optional.empty();
    }
    String before = text.substring(0, bestStart);
    if (labelNonPersonalBefore.stream().anyMatch(before::contains)) {
      return Optional.empty();
    }
    int after = bestEnd;
    if (labelPersonTerms.contains(best) && after < text.length() && Character.isLetterOrDigit(text.charAt(after))
        && labelPersonNameWords.stream().noneMatch(w -> text.startsWith(w, after))) {
      return Optional.empty(); // 收货人城市: the receiver's city, not their name (收货人名称 is)
    }
    return Optional.of(new LabelMatch(label.substring(bestStart, bestEnd), labelTerms.get(best)));
  }

  /**
   * True for a label that names personal information and says the field is a flag about it
   * ({@code 是否有生日特权}): not the data, whatever the field's name says. What it says in brackets is
   * not read ({@code 手机号（是否必填）} is a phone number).
   */
  public boolean isFlagLabel(String label) {
    String outside = label.replaceAll("[（(][^（()）]*[)）]", " ").strip();
    String text = (outside.isEmpty() ? label : outside).toLowerCase(Locale.ROOT);
    return labelFlagWords.stream().anyMatch(text::contains)
        && labelTerms.keySet().stream().anyMatch(t -> {
          int at = text.indexOf(t);
          return at >= 0 && wholeLatinWord(text, at, at + t.length());
        });
  }

  /**
   * True when a field of that name holds the key of another record ({@code companyAddressId}), so that a
   * label matched as {@code suggestion} names the record, not the field's value; false for a label naming
   * an identifier ({@code wxOpenId} labelled 微信openid).
   */
  public boolean isKeyOfRecord(String name, SuggestedAnnotation suggestion) {
    List<String> w = words(name);
    return w.size() > 1 && keyWords.contains(w.get(w.size() - 1)) && !identifierCategories.contains(suggestion.category());
  }

  /** A term's ends that are Latin letters or digits must not continue a Latin word: ip is not in zip. */
  private static boolean wholeLatinWord(String text, int start, int end) {
    return !(latin(text.charAt(start)) && start > 0 && latin(text.charAt(start - 1)))
        && !(latin(text.charAt(end - 1)) && end < text.length() && latin(text.charAt(end)));
  }

  private static boolean latin(char c) {
    return c < 128 && Character.isLetterOrDigit(c);
  }

  /** The attributes of an annotation (by simple name) that hold a label, empty when it holds none. */
  public List<String> labelAttributes(String annotationSimpleName) {
    return labelAnnotations.getOrDefault(annotationSimpleName, List.of());
  }

  /** The names that ship with DataWarden. */
  public static PersonalInfoNames builtin() {
    return Builtin.NAMES;
  }

  /** Read once, when first asked for: a constant of the product, like the rules' metadata. */
  private static final class Builtin {
    static final PersonalInfoNames NAMES = read();

    private static PersonalInfoNames read() {
      try (InputStream in = PersonalInfoNames.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing " + RESOURCE);
        }
        return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Reads names in the format of {@code pi-names.yml}; a malformed file is an {@link IllegalArgumentException}. */
  @SuppressWarnings("unchecked")
  public static PersonalInfoNames parse(String yaml) {
    Object root = new Load(LoadSettings.builder().build()).loadFromString(yaml);
    if (!(root instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException("pi-names: expected a mapping at the top");
    }
    return new PersonalInfoNames((Map<String, Object>) map);
  }

  /**
   * The best match of a name of the code (field, parameter, column, type): of the patterns that
   * match with only value suffixes after them and no non-personal qualifier before them, the one
   * that starts first, and of those the longest: idCardNumber is an identity card number, not a
   * bank card number, and emailAddress an e-mail address, not a postal one.
   */
  public Optional<Match> match(String name) {
    List<String> words = words(name);
    for (int i = 0; i < words.size(); i++) {
      if (qualifiers.contains(words.get(i))) {
        return Optional.empty(); // every match from here on has this qualifier before it
      }
      Match best = null;
      int bestLength = 0;
      StringBuilder joined = new StringBuilder();
      for (int j = i; j < words.size(); j++) {
        joined.append(words.get(j));
        Optional<Map.Entry<String, Match>> m = onlySuffixes(words, j + 1) ? lookup(joined.toString()) : Optional.empty();
        if (m.isPresent() && m.get().getKey().length() > bestLength) {
          best = m.get().getValue();
          bestLength = m.get().getKey().length();
        }
      }
      if (best != null) {
        return Optional.of(best);
      }
    }
    return Optional.empty();
  }

  /** A pattern spelled by {@code joined}, alone, with a value suffix glued on, or in the plural. */
  private Optional<Map.Entry<String, Match>> lookup(String joined) {
    Match exact = patterns.get(joined);
    if (exact != null) {
      return Optional.of(Map.entry(joined, exact));
    }
    for (String suffix : suffixesLongestFirst) {
      if (joined.length() > suffix.length() && joined.endsWith(suffix)) {
        String stem = joined.substring(0, joined.length() - suffix.length());
        Match m = patterns.get(stem);
        if (m != null) {
          return Optional.of(Map.entry(stem, m));
        }
      }
    }
    for (String plural : List.of("es", "s")) {
      if (joined.endsWith(plural)) {
        String stem = joined.substring(0, joined.length() - plural.length());
        Match m = patterns.get(stem);
        if (m != null) {
          return Optional.of(Map.entry(stem, m));
        }
      }
    }
    return Optional.empty();
  }

  private boolean onlySuffixes(List<String> words, int from) {
    for (int k = from; k < words.size(); k++) {
      String w = words.get(k);
      if (!valueSuffixes.contains(w) && !w.chars().allMatch(Character::isDigit)) {
        return false;
      }
    }
    return true;
  }

  /**
   * True for a type that holds a value itself (a string, a number, a date, an address), an array
   * of one, or one of the containers of one; false for carriers, services and other objects.
   */
  public boolean isValueType(CtTypeReference<?> type) {
    if (type == null) {
      return false;
    }
    if (type instanceof CtArrayTypeReference<?> array) {
      return isValueType(array.getComponentType());
    }
    String name = type.getQualifiedName();
    if (valueTypes.contains(name)) {
      return true;
    }
    if (containerTypes.contains(name) && type.getActualTypeArguments().size() == 1) {
      return isValueType(type.getActualTypeArguments().get(0));
    }
    return false;
  }

  /** The category a value type implies whatever the name, e.g. an {@code InetAddress} is an IP address. */
  public Optional<SuggestedAnnotation> categoryOfType(CtTypeReference<?> type) {
    if (type == null) {
      return Optional.empty();
    }
    if (type instanceof CtArrayTypeReference<?> array) {
      return categoryOfType(array.getComponentType());
    }
    if (containerTypes.contains(type.getQualifiedName()) && type.getActualTypeArguments().size() == 1) {
      return categoryOfType(type.getActualTypeArguments().get(0));
    }
    return Optional.ofNullable(typeCategories.get(type.getQualifiedName()));
  }

  /** The attributes of an annotation (by simple name) that hold a mapped name, empty when it maps none. */
  public List<String> mappingAttributes(String annotationSimpleName) {
    return mappingAnnotations.getOrDefault(annotationSimpleName, List.of());
  }

  /** True for an annotation (by simple name) that makes a field or parameter configuration. */
  public boolean isConfigurationAnnotation(String annotationSimpleName) {
    return configurationAnnotations.contains(annotationSimpleName);
  }

  /** True for an annotation (by simple name) that makes a whole type configuration. */
  public boolean isConfigurationTypeAnnotation(String annotationSimpleName) {
    return configurationTypeAnnotations.contains(annotationSimpleName);
  }

  /** True for a type (by simple name) whose fields are not where personal information is declared. */
  public boolean isIgnoredType(String simpleName) {
    return ignoredTypeSuffixes.stream().anyMatch(simpleName::endsWith);
  }

  /**
   * The lower-case words of a name: split at anything but letters and digits, at camelCase humps
   * ({@code IDCard} is {@code id, card}) and between letters and digits.
   */
  public static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    int n = name.length();
    for (int k = 0; k < n; k++) {
      char c = name.charAt(k);
      if (!Character.isLetterOrDigit(c)) {
        flush(w, words);
        continue;
      }
      if (w.length() > 0) {
        char prev = name.charAt(k - 1);
        boolean hump = Character.isUpperCase(c)
            && (Character.isLowerCase(prev) || Character.isDigit(prev)
                || (Character.isUpperCase(prev) && k + 1 < n && Character.isLowerCase(name.charAt(k + 1))));
        boolean digitBoundary = Character.isDigit(c) != Character.isDigit(prev);
        if (hump || digitBoundary) {
          flush(w, words);
        }
      }
      w.append(c);
    }
    flush(w, words);
    return words;
  }

  private static void flush(StringBuilder w, List<String> words) {
    if (w.length() > 0) {
      words.add(w.toString().toLowerCase(Locale.ROOT));
      w.setLength(0);
    }
  }

  /** Every pattern with what it suggests, for documentation and tests. */
  public Map<String, SuggestedAnnotation> patterns() {
    Map<String, SuggestedAnnotation> all = new LinkedHashMap<>();
    new TreeSet<>(patterns.keySet()).forEach(k -> all.put(patterns.get(k).pattern(), patterns.get(k).suggestion()));
    return all;
  }

  private static void addPattern(Map<String, Match> patterns, String words, SuggestedAnnotation suggestion) {
    String joined = String.join("", words(words));
    Match previous = patterns.put(joined, new Match(words, suggestion));
    if (previous != null && !previous.suggestion().equals(suggestion)) {
      throw new IllegalArgumentException("pi-names: '" + words + "' is both " + previous.suggestion().label()
          + " and " + suggestion.label());
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> section(Map<String, Object> yaml, String key) {
    Object v = yaml.get(key);
    if (v == null) {
      return Map.of();
    }
    if (!(v instanceof Map<?, ?>)) {
      throw new IllegalArgumentException("pi-names: '" + key + "' must be a mapping");
    }
    return (Map<String, Object>) v;
  }

  private static List<String> strings(Object v, String where) {
    if (v == null) {
      return List.of();
    }
    if (!(v instanceof List<?> list)) {
      throw new IllegalArgumentException("pi-names: '" + where + "' must be a list");
    }
    List<String> out = new ArrayList<>();
    for (Object o : list) {
      out.add(String.valueOf(o).trim());
    }
    return out;
  }
}
