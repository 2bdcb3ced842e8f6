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

  /** The consent rules whose findings say a collection point is not guarded. */
  private static final Set<String> CONSENT_RULES =
      Set.of("MissingConsentCheck", "MissingSeparateConsent", "MissingGuardianConsent");
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

  private static List<Collected> collected(Flows flows, DataHandling handling, SourceModel model,
      List<Finding> findings) {
    record Point(CtExecutable<?> method, Source source) {}
    Map<String, List<Point>> byCategory = new TreeMap<>();
    for (CtExecutable<?> m : flows.executables()) {
      List<Source> collected = handling.collectedAt(m);
      if (collected.isEmpty() || model.isContext(model.locate(m).file())) {
        continue;
      }
      for (Source s : collected) {
        byCategory.computeIfAbsent(category(s), k -> new ArrayList<>()).add(new Point(m, s));
      }
    }
    List<Collected> lists = new ArrayList<>();
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
            k -> point(p.method(), at, findings, flows.callGraph().frameworks()));
      }
      lists.add(new Collected(category, sensitive, List.copyOf(fields), List.copyOf(byMethod.values()),
          List.copyOf(purposes), List.copyOf(retentions), necessary));
    });
    return lists;
  }

  /**
   * A collection point; it is not guarded when a consent rule's finding has a path through its body,
   * or names it as the entry point of its unguarded chain ({@code (Controller.place() → ...)}).
   */
  private static CollectionPoint point(CtExecutable<?> method, Location at, List<Finding> findings,
      Frameworks frameworks) {
    int end = method.getPosition().isValidPosition() ? method.getPosition().getEndLine() : at.line();
    String name = display(method);
    List<String> unguarded = findings.stream()
        .filter(f -> CONSENT_RULES.contains(f.ruleKey()))
        .filter(f -> chainStartsAt(f.message(), name)
            || f.path().stream().map(PathStep::location)
                .anyMatch(l -> l.file().equals(at.file()) && l.line() >= at.line() && l.line() <= end))
        .map(DataLists::reference).distinct().toList();
    Optional<FrameworkModel.Route> route = method instanceof CtMethod<?> m ? frameworks.route(m) : Optional.empty();
    return new CollectionPoint(display(method), at.toString(), route.map(FrameworkModel.Route::httpMethod).orElse(""),
        route.map(FrameworkModel.Route::path).orElse(""), unguarded.isEmpty(), unguarded);
  }

  private static List<Provided> provided(Flows flows, DataHandling handling, SourceModel model,
      List<Finding> findings) {
    Map<String, List<Flow>> byRecipient = new TreeMap<>();
    for (Flow f : flows.all()) {
      Sink.Kind kind = f.sink().kind();
      if ((kind == Sink.Kind.THIRD_PARTY || kind == Sink.Kind.CROSS_BORDER) && f.source().kind().isPersonal()
          && !model.isContext(f.sinkLocation().file())) {
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

  /** Whether a message's chain, in parentheses of either width, starts at the method named {@code name}. */
  private static boolean chainStartsAt(String message, String name) {
    for (String open : List.of("(", "（")) {
      if (message.contains(open + name + " → ") || message.contains(open + name + ")")
          || message.contains(open + name + "）")) {
        return true;
      }
    }
    return false;
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
