package dev.datawarden.analyzer.api;

import com.google.errorprone.annotations.Immutable;
import java.util.Comparator;
import java.util.Objects;

/**
 * Something in the input that kept DataWarden from analysing all of it: a file that does not parse,
 * a class path entry that does not exist, a catalog entry it cannot read. The rest is still analysed.
 */
@Immutable
public record Problem(Kind kind, Location location, String message) implements Comparable<Problem> {

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
