package dev.datawarden.analyzer.rule;

import dev.datawarden.analyzer.Finding;
import dev.datawarden.analyzer.fact.Facts;
import dev.datawarden.analyzer.model.SourceModel;
import dev.datawarden.analyzer.rules.InvalidAnnotation;
import dev.datawarden.analyzer.rules.MissingRetentionPeriod;
import dev.datawarden.analyzer.rules.UnusedSuppression;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The registered rules, in a stable order, with their metadata validated when the class loads. */
public final class RulePack {
  private record Entry(RuleMetadata metadata, Supplier<Rule> factory) {}

  private static final List<Entry> RULES = List.of(
      entry(InvalidAnnotation.class, InvalidAnnotation::new),
      entry(MissingRetentionPeriod.class, MissingRetentionPeriod::new),
      entry(UnusedSuppression.class, UnusedSuppression::new));

  private RulePack() {}

  private static Entry entry(Class<? extends Rule> type, Supplier<Rule> factory) {
    return new Entry(RuleMetadata.of(type), factory);
  }

  /** The metadata of every rule, in registration order. */
  public static List<RuleMetadata> all() {
    return RULES.stream().map(Entry::metadata).toList();
  }

  public static Optional<RuleMetadata> find(String key) {
    return all().stream().filter(m -> m.key().equals(key)).findFirst();
  }

  /** Runs every rule whose key is not in {@code disabled}; each finding goes to {@code findings}. */
  public static void run(Facts facts, SourceModel model, Set<String> disabled, Consumer<Finding> findings) {
    for (Entry e : RULES) {
      if (!disabled.contains(e.metadata().key())) {
        e.factory().get().check(new RuleContext(e.metadata(), facts, model, findings));
      }
    }
  }
}
