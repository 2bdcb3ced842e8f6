package dev.datawarden.analyzer.rule;

import dev.datawarden.analyzer.Finding;
import dev.datawarden.analyzer.Location;
import dev.datawarden.analyzer.PathStep;
import dev.datawarden.analyzer.fact.Facts;
import dev.datawarden.analyzer.model.SourceModel;
import java.util.List;
import java.util.function.Consumer;

/** What a rule sees while it runs: the facts, the model, and a way to report findings. */
public final class RuleContext {
  private final RuleMetadata metadata;
  private final Facts facts;
  private final SourceModel model;
  private final Consumer<Finding> sink;

  RuleContext(RuleMetadata metadata, Facts facts, SourceModel model, Consumer<Finding> sink) {
    this.metadata = metadata;
    this.facts = facts;
    this.model = model;
    this.sink = sink;
  }

  public Facts facts() {
    return facts;
  }

  public SourceModel model() {
    return model;
  }

  /** Reports a finding of the running rule; the message gets the rule's article citation appended. */
  public void report(Location location, String message) {
    report(location, message, List.of());
  }

  public void report(Location location, String message, List<PathStep> path) {
    String cited = metadata.articles().isEmpty() ? message : message + " (" + metadata.citation() + ")";
    sink.accept(new Finding(metadata.key(), metadata.severity(), cited, location, path));
  }
}
