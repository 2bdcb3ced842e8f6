package dev.datawarden.analyzer.report;

import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.api.PathStep;
import dev.datawarden.analyzer.fact.Declaration;
import dev.datawarden.analyzer.fact.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The picture of the data flows in the HTML report, laid out for an inline SVG: the declared data
 * by category on the left, the control points in the middle, the sinks on the right, and an edge for
 * every path of a finding (source category → control points it passes → sink) and for every
 * category a {@code @CrossBorder} declares it may carry. A path that passes no control point goes
 * through a box saying so, which keeps every line in its lane. Reads only the result, so it draws any
 * finding's path, whichever rule raised it.
 */
public final class FlowMap {
  static final int WIDTH = 960;
  static final int NODE_WIDTH = 270;
  static final int NODE_HEIGHT = 40;
  static final int GAP = 14;
  static final int TOP = 46;
  private static final int[] COLUMN_X = {10, 345, 680};
  /** The box in the middle column that paths without a control point pass, drawn last. */
  private static final String NONE = "control:~none";
  private static final Pattern CATEGORY_IN_LABEL = Pattern.compile("\\(([^()]+)\\)\\s*(?:declared)?\\s*$");
  private static final Pattern SINK_VERB = Pattern.compile("^(?:reaches|sent to|written to|logged by|passed to)\\s+");

  /** One box: {@code kind} is source, control or sink; {@code detail} a second, smaller line. */
  public record Node(String id, String kind, String label, String detail, int x, int y) {
    public int textX() {
      return x + 10;
    }
  }

  /** One line between two boxes: {@code flagged} for a finding's path, else a declared scope. */
  public record Edge(String from, String to, boolean flagged, String title, String path, double strokeWidth) {}

  /** A column heading. */
  public record Column(String title, int x) {}

  private final List<Column> columns;
  private final List<Node> nodes;
  private final List<Edge> edges;
  private final int height;

  private FlowMap(List<Column> columns, List<Node> nodes, List<Edge> edges, int height) {
    this.columns = columns;
    this.nodes = nodes;
    this.edges = edges;
    this.height = height;
  }

  public List<Column> getColumns() {
    return columns;
  }

  public List<Node> getNodes() {
    return nodes;
  }

  public List<Edge> getEdges() {
    return edges;
  }

  public int getWidth() {
    return WIDTH;
  }

  public int getHeight() {
    return height;
  }

  public int getNodeWidth() {
    return NODE_WIDTH;
  }

  public int getNodeHeight() {
    return NODE_HEIGHT;
  }

  /** True when there is nothing to draw: no declared data, control point or sink, and no path. */
  public boolean isEmpty() {
    return nodes.isEmpty();
  }

  private record Box(String kind, String label, String detail) {}

  public static FlowMap of(AnalysisResult result) {
    // boxes by id, each column sorted by label for a stable picture
    Map<String, Box> boxes = new TreeMap<>();
    for (Declaration d : result.declarations()) {
      sourceId(d).ifPresent(id -> boxes.putIfAbsent(id, new Box("source", sourceLabel(d), kindOf(d))));
      if (isControl(d.role())) {
        boxes.putIfAbsent(controlId(d), new Box("control", d.role().displayName() + " " + d.target().displayName(),
            controlDetail(d)));
      }
      if (isSink(d.role())) {
        boxes.putIfAbsent(sinkId(d), new Box("sink", sinkLabel(d), d.target().displayName()));
      }
    }

    // edges: aggregated by (from, to, flagged), with the rules and the number of paths
    Map<String, List<String>> edgeTitles = new TreeMap<>();
    for (Finding f : result.findings()) {
      if (f.path().isEmpty()) {
        continue;
      }
      List<String> chain = new ArrayList<>();
      chain.add(pathSource(f.path().get(0), result.declarations(), boxes));
      for (PathStep step : f.path().subList(1, f.path().size())) {
        controlOn(step, result.declarations()).ifPresent(chain::add);
      }
      if (chain.size() == 1) {
        chain.add(NONE);
      }
      chain.add(pathSink(f.path().get(f.path().size() - 1), result.declarations(), boxes));
      for (int i = 0; i + 1 < chain.size(); i++) {
        if (!chain.get(i).equals(chain.get(i + 1))) {
          edgeTitles.computeIfAbsent(chain.get(i) + "\u0000" + chain.get(i + 1) + "\u0000true", k -> new ArrayList<>())
              .add(f.ruleKey());
        }
      }
    }
    for (Declaration d : result.declarations()) {
      if (d.role() == Role.CROSS_BORDER) {
        for (String category : d.strings("categories")) {
          String from = "source:" + category;
          boxes.putIfAbsent(from, new Box("source", category, "personal information"));
          for (String[] hop : List.of(new String[] {from, NONE}, new String[] {NONE, sinkId(d)})) {
            edgeTitles.computeIfAbsent(hop[0] + "\u0000" + hop[1] + "\u0000false", k -> new ArrayList<>())
                .add("declared scope of " + d.target().displayName());
          }
        }
      }
    }

    if (edgeTitles.keySet().stream().anyMatch(k -> k.contains(NONE))) {
      boxes.put(NONE, new Box("none", "no control point on the path", "the data goes straight to the sink"));
    }
    Map<String, Node> placed = new LinkedHashMap<>();
    int[] rows = new int[3];
    for (Map.Entry<String, Box> e : boxes.entrySet().stream()
        .sorted(Comparator.comparing((Map.Entry<String, Box> b) -> b.getKey().equals(NONE))
            .thenComparing(b -> b.getValue().label()).thenComparing(Map.Entry::getKey))
        .toList()) {
      int column = switch (e.getValue().kind()) {
        case "source" -> 0;
        case "control", "none" -> 1;
        default -> 2;
      };
      int y = TOP + rows[column]++ * (NODE_HEIGHT + GAP);
      placed.put(e.getKey(), new Node("n" + placed.size(), e.getValue().kind(), e.getValue().label(),
          e.getValue().detail(), COLUMN_X[column], y));
    }
    List<Edge> edges = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : edgeTitles.entrySet()) {
      String[] parts = e.getKey().split("\u0000");
      Node from = placed.get(parts[0]);
      Node to = placed.get(parts[1]);
      boolean flagged = Boolean.parseBoolean(parts[2]);
      int n = e.getValue().size();
      String title = flagged
          ? n + " path(s) of findings: " + String.join(", ", new TreeSet<>(e.getValue()))
          : String.join("; ", new TreeSet<>(e.getValue()));
      edges.add(new Edge(from.id(), to.id(), flagged, from.label() + " → " + to.label() + ": " + title,
          curve(from, to), Math.min(6.0, 1.5 + Math.log(n) * 1.5)));
    }
    int tallest = java.util.Arrays.stream(rows).max().orElse(0);
    int height = TOP + Math.max(1, tallest) * (NODE_HEIGHT + GAP) + 10;
    List<Column> columns = List.of(
        new Column("Data (sources) by category", COLUMN_X[0]),
        new Column("Control points", COLUMN_X[1]),
        new Column("Sinks and recipients", COLUMN_X[2]));
    return new FlowMap(columns, List.copyOf(placed.values()), edges, height);
  }

  /** A cubic curve from the right edge of one box to the left edge of another (or back, when left of it). */
  private static String curve(Node from, Node to) {
    boolean forward = to.x() > from.x();
    int x1 = forward ? from.x() + NODE_WIDTH : from.x();
    int x2 = forward ? to.x() : to.x() + NODE_WIDTH;
    int y1 = from.y() + NODE_HEIGHT / 2;
    int y2 = to.y() + NODE_HEIGHT / 2;
    int bend = Math.max(40, Math.abs(x2 - x1) / 2);
    int c1 = forward ? x1 + bend : x1 - bend;
    int c2 = forward ? x2 - bend : x2 + bend;
    return "M" + x1 + "," + y1 + " C" + c1 + "," + y1 + " " + c2 + "," + y2 + " " + x2 + "," + y2;
  }

  private static Optional<String> sourceId(Declaration d) {
    return switch (d.role()) {
      case PERSONAL_INFO, SENSITIVE, IMPORTANT_DATA -> Optional.of("source:" + sourceLabel(d));
      default -> Optional.empty();
    };
  }

  private static String sourceLabel(Declaration d) {
    if (d.role() == Role.IMPORTANT_DATA) {
      return d.string("catalog").isEmpty() ? "important data" : d.string("catalog");
    }
    return d.role() == Role.SENSITIVE ? d.string("value") : d.string("category");
  }

  private static String kindOf(Declaration d) {
    return switch (d.role()) {
      case SENSITIVE -> "sensitive personal information";
      case IMPORTANT_DATA -> "important data";
      default -> "personal information";
    };
  }

  private static boolean isControl(Role role) {
    return switch (role) {
      case CONSENT_CHECK, ANONYMIZES, ENCRYPTS, TRANSFER_LOG, RISK_ASSESSED, DELETION_PATH -> true;
      default -> false;
    };
  }

  private static boolean isSink(Role role) {
    return role == Role.THIRD_PARTY_TRANSFER || role == Role.CROSS_BORDER || role == Role.SINK;
  }

  private static String controlId(Declaration d) {
    return "control:" + d.role().name() + ":" + d.target();
  }

  private static String controlDetail(Declaration d) {
    return switch (d.role()) {
      case CONSENT_CHECK -> "consent" + (d.bool("separate") ? ", separate" : "") + (d.bool("guardian") ? ", guardian" : "")
          + (d.strings("purposes").isEmpty() ? "" : " for " + String.join(", ", d.strings("purposes")));
      case DELETION_PATH -> "deletes " + String.join(", ", d.strings("value").stream().map(FlowMap::simpleName).toList());
      case RISK_ASSESSED -> "risk assessment " + d.string("ref");
      default -> d.role().displayName().substring(1);
    };
  }

  private static String sinkId(Declaration d) {
    return "sink:" + d.role().name() + ":" + d.target();
  }

  private static String sinkLabel(Declaration d) {
    return switch (d.role()) {
      case THIRD_PARTY_TRANSFER -> "Third party: " + d.string("recipient");
      case CROSS_BORDER -> "Abroad: " + String.join(", ", d.strings("destination")) + " (" + d.string("basis") + ")";
      default -> "Sink " + d.string("kind").toLowerCase(java.util.Locale.ROOT);
    };
  }

  private static String simpleName(String qualified) {
    return qualified.substring(qualified.lastIndexOf('.') + 1).replace('$', '.');
  }

  /** The category box a path starts at: the category named in its first step, or the declaration there. */
  private static String pathSource(PathStep first, List<Declaration> declarations, Map<String, Box> boxes) {
    Matcher m = CATEGORY_IN_LABEL.matcher(first.label());
    String category;
    if (m.find()) {
      category = m.group(1).replaceFirst("^(sensitive|important data) ", "");
    } else {
      category = declarations.stream().filter(d -> sourceId(d).isPresent() && d.location().equals(first.location()))
          .map(FlowMap::sourceLabel).findFirst().orElse(first.label());
    }
    String id = "source:" + category;
    boxes.putIfAbsent(id, new Box("source", category, "from a finding's path"));
    return id;
  }

  private static Optional<String> controlOn(PathStep step, List<Declaration> declarations) {
    return declarations.stream()
        .filter(d -> isControl(d.role()) && d.role() != Role.DELETION_PATH && mentions(step, d))
        .map(FlowMap::controlId).findFirst();
  }

  private static String pathSink(PathStep last, List<Declaration> declarations, Map<String, Box> boxes) {
    Optional<String> declared = declarations.stream()
        .filter(d -> isSink(d.role()) && mentions(last, d)).map(FlowMap::sinkId).findFirst();
    if (declared.isPresent()) {
      return declared.get();
    }
    String name = SINK_VERB.matcher(last.label()).replaceFirst("");
    String id = "sink:path:" + name;
    boxes.putIfAbsent(id, new Box("sink", name, "sink on a finding's path"));
    return id;
  }

  /** True when a step is at the declaration or names its element ({@code SmsClient.send()}). */
  private static boolean mentions(PathStep step, Declaration d) {
    String name = d.target().displayName();
    String bare = name.endsWith("()") ? name.substring(0, name.length() - 2) : name;
    return step.location().equals(d.location()) || step.label().contains(bare);
  }
}
