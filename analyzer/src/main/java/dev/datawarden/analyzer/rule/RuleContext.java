package dev.datawarden.analyzer.rule;

import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.api.PathStep;
import dev.datawarden.analyzer.fact.Facts;
import dev.datawarden.analyzer.flow.Flow;
import dev.datawarden.analyzer.flow.Flows;
import dev.datawarden.analyzer.model.SourceModel;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** What a rule sees while it runs: the facts, the model, and a way to report findings. */
public final class RuleContext {
  private final RuleMetadata metadata;
  private final Facts facts;
  private final SourceModel model;
  private final Flows flows;
  private final Consumer<Finding> sink;
  private final Set<String> reportedFlows = new HashSet<>();
  private final Map<Class<?>, Object> shared;

  public RuleContext(RuleMetadata metadata, Facts facts, SourceModel model, Flows flows, Consumer<Finding> sink) {
    this(metadata, facts, model, flows, sink, new HashMap<>());
  }

  /**
   * A context whose {@link #shared} results live in {@code shared}: the registry gives every rule of
   * one analysis the same map, so that an analysis two rules need is worked out once.
   */
  public RuleContext(RuleMetadata metadata, Facts facts, SourceModel model, Flows flows, Consumer<Finding> sink,
      Map<Class<?>, Object> shared) {
    this.shared = shared;
    this.metadata = metadata;
    this.facts = facts;
    this.model = model;
    this.flows = flows;
    this.sink = sink;
  }

  /**
   * A context of the facts alone, without a model or flows, for a rule that reads only the facts
   * ({@code InvalidAnnotation}, which the annotation processor runs on every round without building a
   * Spoon model); asking it for the model or the flows is a bug of the caller.
   */
  public static RuleContext ofFacts(Class<? extends Rule> rule, Facts facts, Consumer<Finding> sink) {
    return new RuleContext(RuleMetadata.of(rule), facts, null, null, sink);
  }

  /** The flows the engine found from declared sources to sinks. */
  public Flows flows() {
    if (flows == null) {
      throw new IllegalStateException(metadata.key() + " asked for the flows of a context of the facts alone");
    }
    return flows;
  }

  /**
   * Reports a flow at its sink call with its path; one finding per sink call and source category,
   * whatever the number of paths, so a rule may offer every flow it judges.
   */
  public void report(Flow flow, String message) {
    String key = flow.sinkLocation() + "|" + flow.source().kind() + "|" + flow.source().category();
    if (reportedFlows.add(key)) {
      report(flow.sinkLocation(), message, flow.path());
    }
  }

  public Facts facts() {
    return facts;
  }

  public SourceModel model() {
    if (model == null) {
      throw new IllegalStateException(metadata.key() + " asked for the model of a context of the facts alone");
    }
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

  /**
   * The result of type {@code type} of this analysis, computed by {@code compute} for the first rule
   * that asks and shared with the rules after it (what deletes what, asked by two deletion rules).
   */
  public <T> T shared(Class<T> type, Supplier<T> compute) {
    Object found = shared.get(type);
    if (found == null) {
      found = compute.get();
      shared.put(type, found);
    }
    return type.cast(found);
  }
}
