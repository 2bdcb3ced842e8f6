package dev.datawarden.analyzer.report;

import com.google.errorprone.annotations.Immutable;
import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.api.PathStep;
import dev.datawarden.analyzer.fact.Declaration;
import dev.datawarden.analyzer.fact.DeclaredData;
import dev.datawarden.analyzer.fact.Role;
import dev.datawarden.analyzer.fact.ThirdPartyTransfer;
import dev.datawarden.analyzer.flow.Flow;
import dev.datawarden.analyzer.flow.Flows;
import dev.datawarden.analyzer.flow.Sink;
import dev.datawarden.analyzer.flow.Source;
import dev.datawarden.analyzer.frameworks.FrameworkModel;
import dev.datawarden.analyzer.frameworks.Frameworks;
import dev.datawarden.analyzer.model.SourceModel;
import dev.datawarden.analyzer.rule.DataHandling;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import spoon.reflect.declaration.CtExecutable;
import spoon.reflect.declaration.CtMethod;
import spoon.reflect.declaration.CtType;

/**
 * The two lists Art. 21 asks for, worked out from the data flows the analysis verified: the
 * personal information collected (by category: the fields that hold it, the collection points that
 * take it with their HTTP method and URL path, purposes, retention, necessity, and whether a consent
 * check guards each point) and the personal information provided to others (by recipient: the
 * categories that actually reach it, purposes, agreement, transfer record, domestic or abroad,
 * destination, basis, assessment reference, and the code that sends it). An entry that rests on a
 * finding names it by {@link #reference}, the id of its card in the HTML report.
 */
@Immutable
@SuppressWarnings("Immutable") // every list is an unmodifiable copy
public record DataLists(List<Collected> collected, List<Provided> provided) {
  /** No lists: an analysis without the engine, or a result read back from a report. */
  public static final DataLists EMPTY = new DataLists(List.of(), List.of());

  /** The rules whose findings at a transfer's sink call concern what it provides. */
  private static final Set<String> TRANSFER_RULES = Set.of("UnloggedTransfer", "TransferWithoutAgreement",
      "CrossBorderWithoutBasis", "CrossBorderScopeExceeded", "PurposeExceeded", "MissingConsentCheck",
      "MissingSeparateConsent", "MissingGuardianConsent");

  public DataLists {
    collected = List.copyOf(collected);
    provided = List.copyOf(provided);
  }

  /** A collection point: the method, where it is, its HTTP method and URL path when it is an endpoint. */
  public record CollectionPoint(String method, String location, String httpMethod, String urlPath,
      boolean consentGuarded, List<String> findings) {
    public CollectionPoint {
      findings = List.copyOf(findings);
    }
  }

  /** One category of personal information collected. */
  public record Collected(String category, boolean sensitive, List<String> fields, List<CollectionPoint> points,
      List<String> purposes, List<String> retentions, boolean necessary) {
    public Collected {
      fields = List.copyOf(fields);
      points = List.copyOf(points);
      purposes = List.copyOf(purposes);
      retentions = List.copyOf(retentions);
    }

    /** The retentions that are no ISO-8601 duration ("3 years"): the lists mark them invalid. */
    public List<String> invalidRetentions() {
      return retentions.stream().filter(r -> !DeclaredData.isDuration(r)).toList();
    }
  }

  /** One recipient of personal information, and what reaches it. */
  public record Provided(String recipient, List<String> categories, List<String> purposes, String agreement,
      boolean recorded, boolean abroad, String destination, String basis, String assessmentRef, List<String> code,
      List<String> findings) {
    public Provided {
      categories = List.copyOf(categories);
      purposes = List.copyOf(purposes);
      code = List.copyOf(code);
      findings = List.copyOf(findings);
    }
  }

  /** The lists of an analysis: its flows, its model (for endpoints' mappings) and its final findings. */
  public static DataLists of(Flows flows, DataHandling handling, SourceModel model, List<Finding> findings) {
    if (flows.callGraph() == null) {
      return EMPTY;
    }
    return new DataLists(collected(flows, handling, model, findings), provided(flows, handling, model, findings));
  }

  /**
   * The lists of several modules as one, as the aggregate report of a multi-module build shows them:
   * each category and each recipient once, with what every module found of it (fields, collection
   * points, purposes, code... each once); a category is sensitive when a module saw it so and necessary
   * when every module did, a recipient recorded when every module records and abroad when one sends
   * it abroad.
   */
  public static DataLists merge(List<DataLists> parts) {
    Map<String, List<Collected>> collected = new TreeMap<>();
    Map<String, List<Provided>> provided = new TreeMap<>();
    for (DataLists part : parts) {
      part.collected().forEach(c -> collected.computeIfAbsent(c.category(), k -> new ArrayList<>()).add(c));
      part.provided().forEach(p -> provided.computeIfAbsent(p.recipient(), k -> new ArrayList<>()).add(p));
    }
    List<Collected> mergedCollected = new ArrayList<>();
    collected.forEach((category, list) -> {
      Map<String, CollectionPoint> points = new TreeMap<>();
      for (Collected c : list) {
        for (CollectionPoint p : c.points()) {
          points.merge(sortKey(p.location()) + "\u0000" + p.method(), p, (a, b) -> new CollectionPoint(a.method(),
              a.location(), a.httpMethod(), a.urlPath(), a.consentGuarded() && b.consentGuarded(),
              union(a.findings(), b.findings())));
        }
      }
      mergedCollected.add(new Collected(category, list.stream().anyMatch(Collected::sensitive),
          sorted(list.stream().flatMap(c -> c.fields().stream())), List.copyOf(points.values()),
          sorted(list.stream().flatMap(c -> c.purposes().stream())),
          sorted(list.stream().flatMap(c -> c.retentions().stream())), list.stream().allMatch(Collected::necessary)));
    });
    List<Provided> mergedProvided = new ArrayList<>();
    provided.forEach((recipient, list) -> mergedProvided.add(new Provided(recipient,
        sorted(list.stream().flatMap(p -> p.categories().stream())),
        sorted(list.stream().flatMap(p -> p.purposes().stream())), joined(list, Provided::agreement),
        list.stream().allMatch(Provided::recorded), list.stream().anyMatch(Provided::abroad),
        joined(list, Provided::destination), joined(list, Provided::basis), joined(list, Provided::assessmentRef),
        sorted(list.stream().flatMap(p -> p.code().stream())),
        list.stream().flatMap(p -> p.findings().stream()).distinct().toList())));
    return new DataLists(mergedCollected, mergedProvided);
  }

  /**
   * These lists with every file name they hold (in collection points' locations and in the code that
   * sends) passed through {@code file}, and every finding reference through {@code references} (a
   * reference not in it is kept): a module's lists made relative to the top of its build.
   */
  public DataLists relocated(UnaryOperator<String> file, Map<String, String> references) {
    UnaryOperator<List<String>> refs = list -> list.stream().map(r -> references.getOrDefault(r, r)).toList();
    return new DataLists(
        collected.stream().map(c -> new Collected(c.category(), c.sensitive(), c.fields(), c.points().stream()
            .map(p -> new CollectionPoint(p.method(), relocate(p.location(), file), p.httpMethod(), p.urlPath(),
                p.consentGuarded(), refs.apply(p.findings())))
            .toList(), c.purposes(), c.retentions(), c.necessary())).toList(),
        provided.stream().map(p -> new Provided(p.recipient(), p.categories(), p.purposes(), p.agreement(),
            p.recorded(), p.abroad(), p.destination(), p.basis(), p.assessmentRef(),
            p.code().stream().map(code -> {
              int space = code.lastIndexOf(' '); // "<location> <sink method>": a sink's name holds no space
              return space < 0 ? relocate(code, file) : relocate(code.substring(0, space), file) + code.substring(space);
            }).toList(), refs.apply(p.findings()))).toList());
  }

  /** A location as {@link Location#toString} writes it ({@code file:line}, or the file alone) with its file relocated. */
  private static String relocate(String location, UnaryOperator<String> file) {
    int colon = location.lastIndexOf(':');
    if (colon > 0 && colon + 1 < location.length() && location.substring(colon + 1).chars().allMatch(Character::isDigit)) {
      return file.apply(location.substring(0, colon)) + location.substring(colon);
    }
    return file.apply(location);
  }

  /** How the lists order collection points: by file, then line, as {@link #collected} does. */
  private static String sortKey(String location) {
    int colon = location.lastIndexOf(':');
    if (colon > 0 && colon + 1 < location.length() && location.substring(colon + 1).chars().allMatch(Character::isDigit)) {
      return location.substring(0, colon) + "\u0000" + String.format("%08d", Integer.parseInt(location.substring(colon + 1)));
    }
    return location + "\u0000";
  }

  private static List<String> sorted(java.util.stream.Stream<String> values) {
    return List.copyOf(values.collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
  }

  private static List<String> union(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).distinct().toList();
  }

  /** The distinct values the parts give, as one text: {@code DPA-1, DPA-2}. */
  private static String joined(List<Provided> parts, java.util.function.Function<Provided, String> value) {
    return String.join(", ", sorted(parts.stream().flatMap(p -> java.util.Arrays.stream(value.apply(p).split(", ")))
        .filter(v -> !v.isBlank())));
  }

  private static List<Collected> collected(Flows flows, DataHandling handling, SourceModel model,
      List<Finding> findings) {
    record Point(CtExecutable<?> method, Source source) {}
    Map<String, List<Point>> byCategory = new TreeMap<>();
    Map<Finding, Set<CtExecutable<?>>> consentGaps = new java.util.LinkedHashMap<>();
    for (Finding f : findings) {
      handling.consentGap(f).ifPresent(entries -> consentGaps.put(f, entries));
    }
    for (CtExecutable<?> m : flows.executables()) {
      // the lists are what the team declared: data discovery only inferred is not on them
      List<Source> collected = handling.collectedAt(m).stream().filter(s -> !s.declaration().isInferred()).toList();
      if (collected.isEmpty() || model.isContext(model.locate(m).file())) {
        continue;
      }
      for (Source s : collected) {
        byCategory.computeIfAbsent(category(s), k -> new ArrayList<>()).add(new Point(m, s));
      }
    }
    List<Collected> lists = new ArrayList<>();
    Gaps gaps = new Gaps(consentGaps);
    byCategory.forEach((category, points) -> {
      TreeSet<String> fields = new TreeSet<>();
      TreeSet<String> purposes = new TreeSet<>();
      TreeSet<String> retentions = new TreeSet<>();
      boolean necessary = true;
      boolean sensitive = false;
      Map<String, CollectionPoint> byMethod = new TreeMap<>();
      for (Point p : points) {
        Source s = p.source();
        fields.add(s.name());
        purposes.addAll(s.purposes());
        sensitive |= s.kind() == Source.Kind.SENSITIVE;
        Declaration d = s.declaration();
        if (d != null && !d.retention().isEmpty()) {
          retentions.add(d.retention());
        }
        if (d != null && d.role() == Role.PERSONAL_INFO && !DeclaredData.of(d).necessary()) {
          necessary = false;
        }
        Location at = model.locate(p.method());
        byMethod.computeIfAbsent(at.file() + "\u0000" + String.format("%08d", at.line()),
            k -> point(p.method(), at, gaps, flows.callGraph().frameworks()));
      }
      lists.add(new Collected(category, sensitive, List.copyOf(fields), List.copyOf(byMethod.values()),
          List.copyOf(purposes), List.copyOf(retentions), necessary));
    });
    return lists;
  }

  /**
   * A collection point; it is not guarded when a consent rule's finding (in {@code gaps}, with the
   * methods its unguarded chains begin at) begins there, or has a path through its body.
   */
  private static CollectionPoint point(CtExecutable<?> method, Location at, Gaps gaps, Frameworks frameworks) {
    int end = method.getPosition().isValidPosition() ? method.getPosition().getEndLine() : at.line();
    List<String> unguarded = gaps.at(method, at.file(), at.line(), end).stream()
        .map(DataLists::reference).distinct().toList();
    Optional<FrameworkModel.Route> route = method instanceof CtMethod<?> m ? frameworks.route(m) : Optional.empty();
    return new CollectionPoint(display(method), at.toString(), route.map(FrameworkModel.Route::httpMethod).orElse(""),
        route.map(FrameworkModel.Route::path).orElse(""), unguarded.isEmpty(), unguarded);
  }

  /**
   * The consent rules' findings with the methods their unguarded chains begin at, indexed once by
   * those methods and by the lines their paths pass: asking each finding about each collection point
   * grew with the square of the code base (a method's hash is a walk of its code in Spoon).
   */
  private static final class Gaps {
    private final List<Finding> findings = new ArrayList<>();
    /**
     * The methods of the findings whose methods are in a hash set, each with its finding, by name
     * and parameter types: the sets find a method by Spoon's equals, under which equal methods have
     * the same name and parameter types, and Spoon's hash of a method is the same for many
     * different ones (generated services' {@code save}), which made one map of them all slow.
     */
    private final Map<List<String>, List<Map.Entry<CtExecutable<?>, Integer>>> byMethod = new java.util.HashMap<>();
    /** The findings whose methods are in a set of another kind: asked one by one. */
    private final Map<Integer, Set<CtExecutable<?>>> otherSets = new TreeMap<>();
    private final Map<String, TreeMap<Integer, List<Integer>>> byLine = new java.util.HashMap<>();

    Gaps(Map<Finding, Set<CtExecutable<?>>> consentGaps) {
      consentGaps.forEach((finding, entries) -> {
        int i = findings.size();
        findings.add(finding);
        if (entries instanceof java.util.HashSet<?>) {
          for (CtExecutable<?> e : entries) {
            byMethod.computeIfAbsent(shape(e), k -> new ArrayList<>()).add(Map.entry(e, i));
          }
        } else {
          otherSets.put(i, entries);
        }
        for (List<PathStep> path : finding.paths()) {
          for (PathStep step : path) {
            Location l = step.location();
            byLine.computeIfAbsent(l.file(), k -> new TreeMap<>()).computeIfAbsent(l.line(), k -> new ArrayList<>()).add(i);
          }
        }
      });
    }

    /** A method's name and the qualified names of its parameters' types. */
    private static List<String> shape(CtExecutable<?> method) {
      List<String> shape = new ArrayList<>();
      shape.add(method.getSimpleName());
      for (spoon.reflect.declaration.CtParameter<?> p : method.getParameters()) {
        shape.add(p.getType() == null ? "" : p.getType().getQualifiedName());
      }
      return shape;
    }

    /** The findings that begin at {@code method} or pass lines {@code from} to {@code to} of {@code file}, in their order. */
    List<Finding> at(CtExecutable<?> method, String file, int from, int to) {
      TreeSet<Integer> found = new TreeSet<>();
      for (Map.Entry<CtExecutable<?>, Integer> e : byMethod.getOrDefault(shape(method), List.of())) {
        if (e.getKey() == method || method.equals(e.getKey())) { // as HashSet.contains asks
          found.add(e.getValue());
        }
      }
      otherSets.forEach((i, entries) -> {
        if (entries.contains(method)) {
          found.add(i);
        }
      });
      TreeMap<Integer, List<Integer>> lines = byLine.get(file);
      if (lines != null && from <= to) {
        lines.subMap(from, true, to, true).values().forEach(found::addAll);
      }
      return found.stream().map(findings::get).toList();
    }
  }

  private static List<Provided> provided(Flows flows, DataHandling handling, SourceModel model,
      List<Finding> findings) {
    Map<String, List<Flow>> byRecipient = new TreeMap<>();
    for (Flow f : flows.all()) {
      Sink.Kind kind = f.sink().kind();
      if ((kind == Sink.Kind.THIRD_PARTY || kind == Sink.Kind.CROSS_BORDER) && f.source().kind().isPersonal()
          && !f.source().declaration().isInferred() && !model.isContext(f.sinkLocation().file())) {
        byRecipient.computeIfAbsent(recipient(f.sink()), k -> new ArrayList<>()).add(f);
      }
    }
    List<Provided> lists = new ArrayList<>();
    byRecipient.forEach((recipient, list) -> {
      TreeSet<String> categories = new TreeSet<>();
      TreeSet<String> purposes = new TreeSet<>();
      TreeSet<String> code = new TreeSet<>();
      TreeSet<String> agreements = new TreeSet<>();
      TreeSet<String> destinations = new TreeSet<>();
      TreeSet<String> bases = new TreeSet<>();
      TreeSet<String> references = new TreeSet<>();
      Set<Location> calls = new java.util.HashSet<>();
      boolean recorded = true;
      boolean abroad = false;
      for (Flow f : list) {
        categories.add(category(f.source()));
        Sink sink = f.sink();
        abroad |= sink.kind() == Sink.Kind.CROSS_BORDER;
        // the purposes the transfer declares (the data's own purposes are in the list of collected data)
        purposes.addAll(sink.purposes());
        sink.thirdParty().map(ThirdPartyTransfer::agreement).filter(a -> !a.isBlank()).ifPresent(agreements::add);
        sink.crossBorder().ifPresent(c -> {
          destinations.addAll(c.destination());
          bases.add(c.basis());
          if (!c.assessmentRef().isBlank()) {
            references.add(c.assessmentRef());
          }
        });
        code.add(f.sinkLocation() + " " + sink.name());
        calls.add(f.sinkLocation());
        recorded &= handling.recorded(f);
      }
      List<String> related = findings.stream()
          .filter(f -> TRANSFER_RULES.contains(f.ruleKey()) && calls.contains(f.location()))
          .map(DataLists::reference).distinct().toList();
      lists.add(new Provided(recipient, List.copyOf(categories), List.copyOf(purposes), String.join(", ", agreements),
          recorded, abroad, String.join(", ", destinations), String.join(", ", bases), String.join(", ", references),
          List.copyOf(code), related));
    });
    return lists;
  }

  /** How the lists and the HTML report name a finding: {@code f-<fingerprint>-<line>}. */
  public static String reference(Finding f) {
    return "f-" + Fingerprints.of(f) + "-" + f.location().line();
  }

  /** A third party by the recipient it names; a transfer abroad by its method, as it names no recipient. */
  private static String recipient(Sink sink) {
    return sink.thirdParty().map(ThirdPartyTransfer::recipient).filter(r -> !r.isBlank()).orElse(sink.name());
  }

  private static String category(Source s) {
    return s.piCategory() != null ? s.piCategory() : s.category();
  }

  private static String display(CtExecutable<?> e) {
    CtType<?> owner = e.getParent(CtType.class);
    return (owner == null ? "" : owner.getSimpleName() + ".") + e.getSimpleName() + "()";
  }
}
