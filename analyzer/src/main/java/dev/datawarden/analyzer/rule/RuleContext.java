package dev.datawarden.analyzer.rule;

import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.api.Messages;
import dev.datawarden.analyzer.api.PathStep;
import dev.datawarden.analyzer.fact.Declaration;
import dev.datawarden.analyzer.fact.Facts;
import dev.datawarden.analyzer.flow.Flow;
import dev.datawarden.analyzer.flow.Flows;
import dev.datawarden.analyzer.flow.Source;
import dev.datawarden.analyzer.model.SourceModel;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
  private final Map<Location, List<Reported>> flowsBySink = new LinkedHashMap<>();
  private final Map<Class<?>, Object> shared;
  private final Messages messages;
  private final Messages english;
  /**
   * Each text this context wrote in another language than English, with the same text in English:
   * a finding's message is made of texts written earlier (the data's description, a clause), and
   * its English twin, from which the finding's fingerprint is made, of their twins.
   */
  private final Map<String, String> inEnglish = new HashMap<>();

  public RuleContext(RuleMetadata metadata, Facts facts, SourceModel model, Flows flows, Consumer<Finding> sink) {
    this(metadata, facts, model, flows, sink, new HashMap<>(), Locale.ENGLISH);
  }

  /**
   * A context whose {@link #shared} results live in {@code shared} (the registry gives every rule of
   * one analysis the same map, so that an analysis two rules need is worked out once) and whose
   * findings are written in {@code locale} (English or Simplified Chinese).
   */
  public RuleContext(RuleMetadata metadata, Facts facts, SourceModel model, Flows flows, Consumer<Finding> sink,
      Map<Class<?>, Object> shared, Locale locale) {
    this.shared = shared;
    this.messages = Messages.of(RuleMetadata.MESSAGES, locale);
    this.english = messages.chinese() ? Messages.of(RuleMetadata.MESSAGES, Locale.ENGLISH) : messages;
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
    return ofFacts(rule, facts, sink, Locale.ENGLISH);
  }

  public static RuleContext ofFacts(Class<? extends Rule> rule, Facts facts, Consumer<Finding> sink, Locale locale) {
    return new RuleContext(RuleMetadata.of(rule), facts, null, null, sink, new HashMap<>(), locale);
  }

  /**
   * The text {@code key} of the rules' bundle ({@code rules/messages.properties}) in the analysis's
   * language; a key without a dot is the running rule's own ({@code <RuleKey>.<key>}).
   */
  public String text(String key, Object... args) {
    return written(key.indexOf('.') < 0 ? metadata.key() + "." + key : key, args);
  }

  /** The text {@code key} in the analysis's language, its English twin remembered. */
  private String written(String key, Object... args) {
    String text = messages.text(key, args);
    if (english != messages) {
      Object[] twins = new Object[args.length];
      for (int i = 0; i < args.length; i++) {
        twins[i] = args[i] instanceof String s ? english(s) : args[i];
      }
      inEnglish.putIfAbsent(text, english.text(key, twins));
    }
    return text;
  }

  /**
   * The English twin of {@code text}: of a text this context wrote, or of a list of them joined with
   * {@code ", "}; anything else (a name from the code) is the same in every language.
   */
  private String english(String text) {
    String twin = inEnglish.get(text);
    if (twin != null || !text.contains(", ")) {
      return twin != null ? twin : text;
    }
    List<String> parts = new ArrayList<>();
    for (String part : text.split(", ", -1)) {
      parts.add(inEnglish.getOrDefault(part, part));
    }
    return String.join(", ", parts);
  }

  /** How a message names the data, in the analysis's language: {@code Member.mobile (PHONE)}. */
  public String describe(Source source) {
    String kind = switch (source.kind()) {
      case SENSITIVE -> "source.sensitive";
      case IMPORTANT -> "source.important";
      default -> "source.personal";
    };
    return written(kind, source.name(), source.category());
  }

  /** The language findings are written in. */
  public Messages messages() {
    return messages;
  }

  /** The flows the engine found from declared sources to sinks. */
  public Flows flows() {
    if (flows == null) {
      throw new IllegalStateException(metadata.key() + " asked for the flows of a context of the facts alone");
    }
    return flows;
  }

  /**
   * Reports a flow at its sink call. The flows a rule reports at one sink call become one finding
   * when the rule's check ends ({@link #reportFlows}): its message is {@code message}'s of the first
   * flow reported there, given the data of every category that reaches the call (each category once,
   * named by its first flow) and those first flows; its paths are every distinct path reported
   * there, up to {@link Finding#MAX_PATHS}, the first flow's first.
   */
  public void report(Flow flow, FlowMessage message) {
    flowsBySink.computeIfAbsent(flow.sinkLocation(), at -> new ArrayList<>()).add(new Reported(flow, message));
  }

  /** How a rule words its finding on the flows that reach one sink call. */
  @FunctionalInterface
  public interface FlowMessage {
    /**
     * The message naming {@code data}, the description of every category that reaches the call,
     * joined as the language lists ({@code ", "}, {@code "、"}); {@code flows} holds the first flow of
     * each category, in that order.
     */
    String write(String data, List<Flow> flows);
  }

  private record Reported(Flow flow, FlowMessage message) {}

  /**
   * Turns the flows reported with {@link #report(Flow, FlowMessage)} into one finding per sink call;
   * the registry calls it when the rule's check has run. Its identity is the sink and the method that
   * calls it, in English, without the data, so that a finding keeps its fingerprint when one more
   * category reaches the call.
   */
  public void reportFlows() {
    for (Map.Entry<Location, List<Reported>> at : flowsBySink.entrySet()) {
      // flows of declared data make an ordinary finding; inferred data alone, an inferred one
      List<Reported> declared = at.getValue().stream().filter(r -> !r.flow().source().declaration().isInferred())
          .toList();
      boolean inferred = declared.isEmpty();
      List<Reported> reported = inferred ? at.getValue() : declared;
      Map<String, Flow> byCategory = new LinkedHashMap<>();
      Set<List<PathStep>> paths = new LinkedHashSet<>();
      for (Reported r : reported) {
        byCategory.putIfAbsent(r.flow().source().kind() + "|" + r.flow().source().category(), r.flow());
        if (paths.size() < Finding.MAX_PATHS) {
          paths.add(r.flow().path());
        }
      }
      List<Flow> first = List.copyOf(byCategory.values());
      List<String> data = first.stream().map(f -> describe(f.source())).toList();
      String joined = String.join(messages.chinese() ? "、" : ", ", data);
      if (messages.chinese()) {
        inEnglish.putIfAbsent(joined, String.join(", ", data.stream().map(this::english).toList()));
      }
      String message = reported.get(0).message().write(joined, first);
      Flow flow = first.get(0);
      List<List<PathStep>> all = new ArrayList<>(paths);
      String identity = flow.sink().name() + " in " + Flows.describe(List.of(flow.chain().get(flow.chain().size() - 1)));
      if (inferred) {
        List<String> from = first.stream().map(f -> f.source().declaration().inference())
            .map(i -> messages.text("inferred." + i.basis().name(), i.text())).distinct().toList();
        message = messages.text("finding.inferred", message, String.join(messages.text("inferred.separator"), from));
      }
      sink.accept(new Finding(metadata.key(), inferred ? metadata.severity().lower() : metadata.severity(),
          cited(messages, message), at.getKey(), all.get(0), identity, all.subList(1, all.size()), inferred));
    }
    flowsBySink.clear();
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
    sink.accept(new Finding(metadata.key(), metadata.severity(), cited(messages, message), location, path,
        cited(english, english(message))));
  }

  /**
   * Reports a finding about the data {@code restsOn} declares: when every one of those declarations
   * is inferred, the finding is too ({@link Finding#inferred}): one severity step lower, its message
   * saying what the data was inferred from.
   */
  public void report(Location location, String message, List<PathStep> path, List<Declaration> restsOn) {
    if (restsOn.isEmpty() || !restsOn.stream().allMatch(Declaration::isInferred)) {
      report(location, message, path);
      return;
    }
    List<String> from = restsOn.stream()
        .map(d -> messages.text("inferred." + d.inference().basis().name(), d.inference().text()))
        .distinct().toList();
    String inferred = messages.text("finding.inferred", message, String.join(messages.text("inferred.separator"), from));
    sink.accept(new Finding(metadata.key(), metadata.severity().lower(), cited(messages, inferred), location, path,
        cited(english, english(message)), true));
  }

  private String cited(Messages language, String message) {
    return metadata.articles().isEmpty() ? message
        : language.text("finding.cited", message, language.articles(metadata.articles()));
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
