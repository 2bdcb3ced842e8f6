package dev.datawarden.analyzer.api;

import com.google.errorprone.annotations.Immutable;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One breach of a rule: the rule's key and severity, a message naming the data and the fix, where
 * it is, and the path that leads there (empty for findings on a single declaration). The message is
 * in the analysis's language; {@code identity} is the same message in English, which identifies the
 * finding whatever language it is written in (its fingerprint hashes it, so that a baseline written
 * in one language matches the findings of a run in the other). An {@code inferred} finding rests only
 * on data nobody declared, which discovery took for personal information: its severity is one step
 * below the rule's, its message says what the data was inferred from (its identity does not, so that
 * it stays the same finding once the data is declared), and it gates a build only when the user asks.
 */
@Immutable
@SuppressWarnings("Immutable") // the list is an unmodifiable copy
public record Finding(
    String ruleKey, Severity severity, String message, Location location, List<PathStep> path, String identity,
    boolean inferred)
    implements Comparable<Finding> {

  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::location)
          .thenComparing(Finding::ruleKey)
          .thenComparing(Finding::message);

  public Finding {
    Objects.requireNonNull(ruleKey, "ruleKey");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(location, "location");
    path = List.copyOf(path);
    Objects.requireNonNull(identity, "identity");
  }

  /** A finding on declared data. */
  public Finding(String ruleKey, Severity severity, String message, Location location, List<PathStep> path,
      String identity) {
    this(ruleKey, severity, message, location, path, identity, false);
  }

  /** A finding written in English, or read back from a report, whose message is its identity. */
  public Finding(String ruleKey, Severity severity, String message, Location location, List<PathStep> path) {
    this(ruleKey, severity, message, location, path, message);
  }

  /**
   * True when this finding fails a build whose threshold is {@code threshold}: at or above it, and,
   * when it rests only on inferred data, only if {@code failOnInferred}.
   */
  public boolean gates(Severity threshold, boolean failOnInferred) {
    return severity.isAtLeast(threshold) && (failOnInferred || !inferred);
  }

  @Override
  public int compareTo(Finding other) {
    return ORDER.compare(this, other);
  }
}
