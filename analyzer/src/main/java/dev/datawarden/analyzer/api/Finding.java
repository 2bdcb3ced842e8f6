package dev.datawarden.analyzer.api;

import com.google.errorprone.annotations.Immutable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One breach of a rule: the rule's key and severity, a message naming the data and the fix, where
 * it is, and the path that leads there (empty for findings on a single declaration). A finding on
 * data flows stands for every flow of the data it names to one sink call: {@code path} is the first,
 * {@code morePaths} the other distinct ones (at most {@link #MAX_PATHS} in all).
 *
 * <p>The message is in the analysis's language; {@code identity} identifies the finding whatever
 * language it is written in, and its fingerprint hashes it (so that a baseline written in one
 * language matches the findings of a run in the other): the message in English for a finding on a
 * declaration, and for a finding on flows the sink and the method making the call, in English,
 * without the data, so that one more category reaching the same call keeps the finding's identity.
 *
 * <p>An {@code inferred} finding rests only on data nobody declared, which discovery took for
 * personal information: its severity is one step below the rule's, its message says what the data
 * was inferred from (its identity does not, so that it stays the same finding once the data is
 * declared), and it gates a build only when the user asks.
 */
@Immutable
@SuppressWarnings("Immutable") // the lists are unmodifiable copies
public record Finding(
    String ruleKey, Severity severity, String message, Location location, List<PathStep> path, String identity,
    List<List<PathStep>> morePaths, boolean inferred)
    implements Comparable<Finding> {

  /** The most paths a finding carries: past ten, more ways to one call tell a reader nothing new. */
  public static final int MAX_PATHS = 10;

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
    morePaths = morePaths.stream().map(List::copyOf).toList();
  }

  /** A finding on declared data with a single path (or none). */
  public Finding(
      String ruleKey, Severity severity, String message, Location location, List<PathStep> path, String identity) {
    this(ruleKey, severity, message, location, path, identity, List.of(), false);
  }

  /** A finding on declared data with every distinct path of its flows. */
  public Finding(String ruleKey, Severity severity, String message, Location location, List<PathStep> path,
      String identity, List<List<PathStep>> morePaths) {
    this(ruleKey, severity, message, location, path, identity, morePaths, false);
  }

  /** A finding with a single path (or none), on inferred data when {@code inferred}. */
  public Finding(String ruleKey, Severity severity, String message, Location location, List<PathStep> path,
      String identity, boolean inferred) {
    this(ruleKey, severity, message, location, path, identity, List.of(), inferred);
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

  /** Every distinct path of the finding, {@code path} first; empty for a finding on a declaration. */
  public List<List<PathStep>> paths() {
    if (path.isEmpty()) {
      return List.of();
    }
    List<List<PathStep>> all = new ArrayList<>();
    all.add(path);
    all.addAll(morePaths);
    return all;
  }

  @Override
  public int compareTo(Finding other) {
    return ORDER.compare(this, other);
  }
}
