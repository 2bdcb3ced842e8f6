package dev.datawarden.analyzer.suppression;

import com.google.errorprone.annotations.Immutable;
import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.api.Location;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One {@code @SuppressWarnings("datawarden:RuleKey")} in the analysed code: the rule it silences,
 * where the annotation is, the declaration it is on and the lines that declaration spans, and the
 * findings it silenced in this analysis (empty for an unused one).
 *
 * @param element how users name the declaration, e.g. {@code Member.email} or {@code OrderService.ship()}
 * @param firstLine the first line of the declaration, its annotations included
 * @param lastLine the last line of the declaration
 */
@Immutable
@SuppressWarnings("Immutable") // suppressed is an unmodifiable copy of immutable findings
public record Suppression(
    String ruleKey, Location location, String element, int firstLine, int lastLine, List<Finding> suppressed)
    implements Comparable<Suppression> {

  /** The prefix that marks DataWarden's keys among the other tools' in {@code @SuppressWarnings}. */
  public static final String PREFIX = "datawarden:";

  private static final Comparator<Suppression> ORDER =
      Comparator.comparing(Suppression::location).thenComparing(Suppression::ruleKey)
          .thenComparing(Suppression::element);

  public Suppression {
    Objects.requireNonNull(ruleKey, "ruleKey");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(element, "element");
    suppressed = suppressed.stream().sorted().toList();
  }

  /** True when {@code finding} is of this suppression's rule and lies inside its declaration. */
  public boolean covers(Finding finding) {
    Location at = finding.location();
    return finding.ruleKey().equals(ruleKey) && at.file().equals(location.file())
        && at.line() >= firstLine && at.line() <= lastLine;
  }

  /** The number of lines the declaration spans; the innermost suppression has the fewest. */
  int span() {
    return lastLine - firstLine;
  }

  /** How the annotation is written in the code, for messages. */
  public String annotation() {
    return "@SuppressWarnings(\"" + PREFIX + ruleKey + "\")";
  }

  Suppression withSuppressed(List<Finding> findings) {
    return new Suppression(ruleKey, location, element, firstLine, lastLine, findings);
  }

  @Override
  public int compareTo(Suppression other) {
    return ORDER.compare(this, other);
  }
}
