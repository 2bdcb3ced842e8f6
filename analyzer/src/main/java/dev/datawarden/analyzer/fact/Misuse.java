package dev.datawarden.analyzer.fact;

import com.google.errorprone.annotations.Immutable;
import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.api.Messages;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * A use of the vocabulary that could not become a declaration, or only a partial one: an unknown
 * attribute or constant, an annotation where it is not allowed. Reported by {@code InvalidAnnotation},
 * which writes {@code key} of the rules' bundle with {@code args} in the analysis's language; {@code
 * message} is that text in English. An argument made by {@link #text} is itself a text of the bundle
 * ("a list of strings"), written in the same language.
 */
@Immutable
@SuppressWarnings("Immutable") // the list is an unmodifiable copy of strings
public record Misuse(Location location, String message, String key, List<String> args) {
  /** The rules' bundle, where InvalidAnnotation's texts are. */
  private static final String BUNDLE = "dev.datawarden.analyzer.rules.messages";
  /** Marks an argument that is a text of the bundle, not a value from the code. */
  private static final String TEXT = "\u0001";
  /** Marks an argument that is a list of texts of the bundle. */
  private static final String LIST = "\u0002";
  /** Marks an argument that is a whole misuse, its arguments made by {@link #text} and {@link #texts} too. */
  private static final String MISUSE = "\u0003";

  public Misuse {
    args = List.copyOf(args);
  }

  /** A misuse with a message of its own, the same in every language. */
  public Misuse(Location location, String message) {
    this(location, message, "", List.of());
  }

  /** The misuse whose text is {@code key} of the rules' bundle with {@code args}. */
  public static Misuse of(Location location, String key, Object... args) {
    List<String> texts = Arrays.stream(args).map(String::valueOf).toList();
    Messages english = Messages.of(BUNDLE, Locale.ENGLISH);
    return new Misuse(location, write(key, texts, english::text), key, texts);
  }

  /** An argument that is the text {@code key} of the bundle (with {@code args} of its own, values only). */
  public static String text(String key, Object... args) {
    StringBuilder s = new StringBuilder(TEXT).append(key);
    for (Object a : args) {
      s.append(TEXT).append(a);
    }
    return s.toString();
  }

  /** An argument that is the texts {@code keys} of the bundle, in a list ({@code field, method}). */
  public static String texts(List<String> keys) {
    return LIST + String.join(LIST, keys);
  }

  /** This misuse, as an argument of another ({@code misuse.inCatalog}: it, and the entry it is about). */
  public String asArgument() {
    return MISUSE + key + args.stream().map(a -> MISUSE + a).collect(java.util.stream.Collectors.joining());
  }

  /** The same misuse at {@code where}. */
  public Misuse at(Location where) {
    return new Misuse(where, message, key, args);
  }

  /**
   * The text {@code key} with {@code args}, each argument made by {@link #text} written first, all by
   * {@code texts} (a key and its arguments to a text in one language); empty key: the message as it is.
   */
  public String write(BiFunction<String, Object[], String> texts) {
    return key.isEmpty() ? message : write(key, args, texts);
  }

  private static String write(String key, List<String> args, BiFunction<String, Object[], String> texts) {
    Object[] written = args.stream().map(a -> {
      if (a.startsWith(MISUSE)) {
        List<String> parts = Arrays.asList(a.substring(MISUSE.length()).split(MISUSE, -1));
        return write(parts.get(0), parts.subList(1, parts.size()), texts);
      }
      if (a.startsWith(LIST)) { // "a, b, c" as ((a, b), c), each step a text of its own
        String list = null;
        for (String k : a.substring(LIST.length()).split(LIST)) {
          String item = texts.apply(k, new Object[0]);
          list = list == null ? item : texts.apply("misuse.list", new Object[] {list, item});
        }
        return list == null ? "" : list;
      }
      if (!a.startsWith(TEXT)) {
        return a;
      }
      String[] parts = a.substring(TEXT.length()).split(TEXT, -1);
      return texts.apply(parts[0], Arrays.copyOfRange(parts, 1, parts.length, Object[].class));
    }).toArray();
    return texts.apply(key, written);
  }
}
