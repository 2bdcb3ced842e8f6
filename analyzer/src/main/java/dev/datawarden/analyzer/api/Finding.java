package dev.datawarden.analyzer.api;

import com.google.errorprone.annotations.Immutable;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One breach of a rule: the rule's key and severity, a message naming the data and the fix, where
 * it is, and the path that leads there (empty for findings on a single declaration).
 */
@Immutable
@SuppressWarnings("Immutable") // the list is an unmodifiable copy
public record Finding(
    String ruleKey, Severity severity, String message, Location location, List<PathStep> path)
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
  }

  @Override
  public int compareTo(Finding other) {
    return ORDER.compare(this, other);
  }
}
