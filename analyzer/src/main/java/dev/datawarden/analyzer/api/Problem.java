package dev.datawarden.analyzer.api;

import com.google.errorprone.annotations.Immutable;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Something in the input that kept DataWarden from analysing all of it: a file that does not parse,
 * a class path entry that does not exist, a catalog entry it cannot read. The rest is still analysed.
 * A problem DataWarden finds names its text by {@code key} in the problems' bundle ({@code
 * api/problems.properties}, English and Chinese) with {@code args}; its {@code message} is that text
 * in English until {@link #in} writes it in the analysis's language. A problem read back from a
 * report has no key: its message is the same in every language.
 */
@Immutable
@SuppressWarnings("Immutable") // the list is an unmodifiable copy of strings
public record Problem(Kind kind, Location location, String message, String key, List<String> args)
    implements Comparable<Problem> {
  /** The bundle of the problems' texts. */
  public static final String BUNDLE = "dev.datawarden.analyzer.api.problems";

  /** What went wrong. */
  public enum Kind {
    /** A Java source or a MyBatis mapper XML file that does not parse; it is left out of the analysis. */
    UNPARSEABLE_FILE,
    /** A class path entry that does not exist, or types the class path does not provide. */
    CLASSPATH,
    /** No class path was given: types outside the sources are known by name only. */
    NO_CLASSPATH,
    /** A catalog file that cannot be read, or an entry in it that is malformed; the entry is skipped. */
    CATALOG,
    /** A source or resource root that does not exist, or a source root that holds no Java file. */
    SOURCE,
    /** Code DataWarden failed to analyse, a defect of DataWarden: the rest is analysed. */
    INTERNAL,
    /** A construct the flow engine does not follow (a record pattern): flows through it are not reported. */
    UNSUPPORTED
  }

  private static final Comparator<Problem> ORDER =
      Comparator.comparing(Problem::location).thenComparing(Problem::kind).thenComparing(Problem::message);

  public Problem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(key, "key");
    args = List.copyOf(args);
  }

  /** A problem with a message of its own, the same in every language (read back from a report). */
  public Problem(Kind kind, Location location, String message) {
    this(kind, location, message, "", List.of());
  }

  /** The problem whose text is {@code key} of the problems' bundle with {@code args}, in English. */
  public static Problem of(Kind kind, Location location, String key, Object... args) {
    List<String> texts = Arrays.stream(args).map(String::valueOf).toList();
    return new Problem(kind, location, text(Locale.ENGLISH, key, texts), key, texts);
  }

  /** This problem written in {@code locale}; one without a key stays as it is. */
  public Problem in(Locale locale) {
    return key.isEmpty() ? this : new Problem(kind, location, text(locale, key, args), key, args);
  }

  /** The text {@code key} with {@code args}; an argument that names a phase ({@code phase.rules}) is written too. */
  private static String text(Locale locale, String key, List<String> args) {
    Messages messages = Messages.of(BUNDLE, locale);
    return messages.text(key, args.stream()
        .map(a -> a.startsWith("phase.") && messages.has(a) ? messages.text(a) : a).toArray());
  }

  @Override
  public int compareTo(Problem other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return location + ": " + message;
  }
}
