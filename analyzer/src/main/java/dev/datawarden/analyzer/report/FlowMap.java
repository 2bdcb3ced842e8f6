package dev.datawarden.analyzer.report;

import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.api.PathStep;
import dev.datawarden.analyzer.fact.ConsentCheck;
import dev.datawarden.analyzer.fact.CrossBorder;
import dev.datawarden.analyzer.fact.Declaration;
import dev.datawarden.analyzer.fact.DeclaredData;
import dev.datawarden.analyzer.fact.DeletionPath;
import dev.datawarden.analyzer.fact.RiskAssessed;
import dev.datawarden.analyzer.fact.Role;
import dev.datawarden.analyzer.fact.SinkKind;
import dev.datawarden.analyzer.fact.ThirdPartyTransfer;
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
 * The picture of the data flows in the HTML report, laid out for an inline SVG: the data by category
 * on the left, the control points in the middle, the sinks and recipients on the right, and an edge
 * for every path of a finding (source category → control points it passes → sink, or straight to
 * the sink when it passes none) and for every category a {@code @CrossBorder} declares it may carry.
 * Only what is on an edge is drawn; a sink method is one box however many roles it is declared
 * with; labels are wrapped, never cut. Beside it, a category × sink {@link Matrix} counts the
 * findings. Reads only the result, so it draws any finding's path, whichever rule raised it.
 */
public final class FlowMap {
  static final int WIDTH = 960;
  static final int NODE_WIDTH = 270;
  static final int NODE_HEIGHT = 40;
  static final int GAP = 14;
  static final int TOP = 46;
  private static final int[] COLUMN_X = {10, 345, 680};
  private static final Pattern CATEGORY_IN_LABEL = Pattern.compile("\\(([^()]+)\\)\\s*(?:declared)?\\s*$");
  private static final Pattern SINK_VERB = Pattern.compile("^(?:reaches|sent to|written to|logged by|passed to)\\s+");

  /** One box: {@code kind} is source, control or sink; {@code detail} a smaller text below the label. */
  public record Node(String id, String kind, String label, String detail, int x, int y) {
    public int textX() {
      return x + 10;
    }

    /** The label wrapped to the box's width. */
    public List<String> getLines() {
      return wrap(label, LABEL_UNITS);
    }

    /** The detail wrapped to the box's width. */
    public List<String> getDetailLines() {
      return wrap(detail, DETAIL_UNITS);
    }

    public int getHeight() {
      return heightOf(label, detail);
    }
  }

  /** How many findings' paths lead to each sink or recipient (a row) from each category (a column). */
  public record Matrix(List<String> columns, List<MatrixRow> rows) {}

  /** One sink's or recipient's counts, in the order of the matrix's columns (the categories). */
  public record MatrixRow(String sink, List<Integer> counts) {}

  /** One line between two boxes: {@code flagged} for a finding's path, else a declared scope. */
  public record Edge(String from, String to, boolean flagged, String title, String path, double strokeWidth) {}

  /** A column heading. */
  public record Column(String title, int x) {}

  private final List<Column> columns;
  private final List<Node> nodes;
  private final List<Edge> edges;
  private final int height;
  private final Matrix matrix;

  private FlowMap(List<Column> columns, List<Node> nodes, List<Edge> edges, int height, Matrix matrix) {
    this.matrix = matrix;
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

  public Matrix getMatrix() {
    return matrix;
  }

  /** Width units per line (a Chinese character counts two): 13px text in a 270px box, 11px for details. */
  static final int LABEL_UNITS = 38;
  static final int DETAIL_UNITS = 44;

  static int heightOf(String label, String detail) {
    return 12 + wrap(label, LABEL_UNITS).size() * 15 + wrap(detail, DETAIL_UNITS).size() * 14;
  }

  /** Splits {@code text} into lines of at most {@code units}, at spaces, dots or commas when it can. */
  static List<String> wrap(String text, int units) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int used = 0;
    int lastBreak = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int w = c >= 0x2E80 ? 2 : 1;
      if (used + w > units && line.length() > 0) {
        if (lastBreak > 0 && lastBreak < line.length()) {
          String rest = line.substring(lastBreak);
          lines.add(line.substring(0, lastBreak).strip());
          line = new StringBuilder(rest.stripLeading());
        } else {
          lines.add(line.toString().strip());
          line = new StringBuilder();
        }
        used = units(line);
        lastBreak = -1;
      }
      line.append(c);
      used += w;
      if (c == ' ' || c == '.' || c == ',' || c == '(' || c == '，' || c == '、') {
        lastBreak = line.length();
      }
    }
    if (!line.toString().isBlank()) {
      lines.add(line.toString().strip());
    }
    return lines;
  }

  private static int units(CharSequence s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += s.charAt(i) >= 0x2E80 ? 2 : 1;
    }
    return n;
  }

  /** True when there is nothing to draw: no declared data, control point or sink, and no path. */
  public boolean isEmpty() {
    return nodes.isEmpty();
  }

  private record Box(String kind, String label, String detail) {}

  public static FlowMap of(AnalysisResult result) {
    return of(result, Texts.of(java.util.Locale.ENGLISH));
  }

  /** The picture with its headings in the language of {@code t}. */
  public static FlowMap of(AnalysisResult result, Texts t) {
    // boxes by id, each column sorted by label for a stable picture; a third party or a transfer abroad
    // names a sink better than its kind, so those are boxed first and a plain sink on the same method joins them
    Map<String, Box> boxes = new TreeMap<>();
    List<Declaration> declarations = new ArrayList<>(result.declarations());
    declarations.sort(Comparator.comparing((Declaration d) -> d.role() == Role.SINK));
    for (Declaration d : declarations) {
      sourceId(d).ifPresent(id -> boxes.putIfAbsent(id, new Box("source", sourceLabel(d), kindOf(d.role(), t))));
      if (isControl(d.role())) {
        boxes.putIfAbsent(controlId(d), new Box("control", d.role().displayName() + " " + d.target().displayName(),
            controlDetail(d, t)));
      }
      if (isSink(d.role())) {
        boxes.putIfAbsent(sinkId(d), new Box("sink", sinkLabel(d, t), d.target().displayName()));
      }
    }

    // edges: aggregated by (from, to, flagged), with the rules and the number of paths
    Map<String, List<String>> edgeTitles = new TreeMap<>();
    Map<String, Map<String, Integer>> counts = new TreeMap<>();
    for (Finding f : result.findings()) {
      for (List<PathStep> path : f.paths()) {
        List<String> chain = new ArrayList<>();
        String source = pathSource(path.get(0), result.declarations(), boxes, t);
        chain.add(source);
        for (PathStep step : path.subList(1, path.size())) {
          controlOn(step, result.declarations()).filter(c -> !chain.contains(c)).ifPresent(chain::add);
        }
        String sink = pathSink(path.get(path.size() - 1), result.declarations(), boxes, t);
        chain.add(sink);
        counts.computeIfAbsent(source, k -> new TreeMap<>()).merge(sink, 1, Integer::sum);
        for (int i = 0; i + 1 < chain.size(); i++) {
          if (!chain.get(i).equals(chain.get(i + 1))) {
            edgeTitles.computeIfAbsent(chain.get(i) + "\u0000" + chain.get(i + 1) + "\u0000true", k -> new ArrayList<>())
                .add(f.ruleKey());
          }
        }
      }
    }
    for (Declaration d : result.declarations()) {
      if (d.role() == Role.CROSS_BORDER) {
        for (String category : CrossBorder.of(d).categories()) {
          String from = "source:" + category;
          boxes.putIfAbsent(from, new Box("source", category, kindOf(Role.PERSONAL_INFO, t)));
          edgeTitles.computeIfAbsent(from + "\u0000" + sinkId(d) + "\u0000false", k -> new ArrayList<>())
              .add(t.get("flow.scope", d.target().displayName()));
        }
      }
    }

    // only what an edge touches is drawn
    java.util.Set<String> connected = new java.util.HashSet<>();
    for (String key : edgeTitles.keySet()) {
      String[] parts = key.split("\u0000");
      connected.add(parts[0]);
      connected.add(parts[1]);
    }
    boxes.keySet().retainAll(connected);
    Map<String, Node> placed = new LinkedHashMap<>();
    int[] next = {TOP, TOP, TOP};
    for (Map.Entry<String, Box> e : boxes.entrySet().stream()
        .sorted(Comparator.comparing((Map.Entry<String, Box> b) -> b.getValue().label()).thenComparing(Map.Entry::getKey))
        .toList()) {
      int column = switch (e.getValue().kind()) {
        case "source" -> 0;
        case "control" -> 1;
        default -> 2;
      };
      Box box = e.getValue();
      placed.put(e.getKey(), new Node("n" + placed.size(), box.kind(), box.label(), box.detail(), COLUMN_X[column],
          next[column]));
      next[column] += heightOf(box.label(), box.detail()) + GAP;
    }
    List<Edge> edges = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : edgeTitles.entrySet()) {
      String[] parts = e.getKey().split("\u0000");
      Node from = placed.get(parts[0]);
      Node to = placed.get(parts[1]);
      boolean flagged = Boolean.parseBoolean(parts[2]);
      int n = e.getValue().size();
      String title = flagged
          ? t.get("flow.paths", Integer.toString(n), String.join(", ", new TreeSet<>(e.getValue())))
          : String.join("; ", new TreeSet<>(e.getValue()));
      edges.add(new Edge(from.id(), to.id(), flagged, from.label() + " → " + to.label() + ": " + title,
          curve(from, to), Math.min(6.0, 1.5 + Math.log(n) * 1.5)));
    }
    int height = Math.max(TOP + NODE_HEIGHT + GAP, java.util.Arrays.stream(next).max().orElse(TOP)) + 10;
    List<Column> columns = List.of(
        new Column(t.get("report.columnSources"), COLUMN_X[0]),
        new Column(t.get("report.columnControls"), COLUMN_X[1]),
        new Column(t.get("report.columnSinks"), COLUMN_X[2]));
    return new FlowMap(columns, List.copyOf(placed.values()), edges, height, matrix(counts, placed));
  }

  /** Rows are sinks and recipients (there are more of them), columns the categories (short names). */
  private static Matrix matrix(Map<String, Map<String, Integer>> counts, Map<String, Node> placed) {
    List<String> sources = counts.keySet().stream().sorted(Comparator.comparing(id -> placed.get(id).label())).toList();
    List<String> sinks = counts.values().stream().flatMap(m -> m.keySet().stream()).distinct()
        .sorted(Comparator.comparing(id -> placed.get(id).label())).toList();
    List<MatrixRow> rows = new ArrayList<>();
    for (String sink : sinks) {
      rows.add(new MatrixRow(placed.get(sink).label(),
          sources.stream().map(source -> counts.get(source).getOrDefault(sink, 0)).toList()));
    }
    return new Matrix(sources.stream().map(id -> placed.get(id).label()).toList(), rows);
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
      return DeclaredData.of(d).catalog().isEmpty() ? "important data" : DeclaredData.of(d).catalog();
    }
    return DeclaredData.of(d).category();
  }

  private static String kindOf(Role role, Texts t) {
    return switch (role) {
      case SENSITIVE -> t.get("flow.sensitive");
      case IMPORTANT_DATA -> t.get("flow.important");
      default -> t.get("flow.personal");
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

  private static String controlDetail(Declaration d, Texts t) {
    return switch (d.role()) {
      case CONSENT_CHECK -> consentDetail(ConsentCheck.of(d), t);
      case DELETION_PATH -> t.get("flow.deletes",
          String.join(", ", DeletionPath.of(d).types().stream().map(FlowMap::simpleName).toList()));
      case RISK_ASSESSED -> t.get("flow.riskAssessment", RiskAssessed.of(d).ref());
      default -> d.role().displayName().substring(1);
    };
  }

  private static String consentDetail(ConsentCheck check, Texts t) {
    return t.get("flow.consent") + (check.separate() ? t.get("flow.separate") : "")
        + (check.guardian() ? t.get("flow.guardian") : "")
        + (check.purposes().isEmpty() ? "" : t.get("flow.for", String.join(", ", check.purposes())));
  }

  /** One box per sink method, whatever roles it is declared with. */
  private static String sinkId(Declaration d) {
    return "sink:" + d.target();
  }

  private static String sinkLabel(Declaration d, Texts t) {
    return switch (d.role()) {
      case THIRD_PARTY_TRANSFER -> t.get("flow.thirdParty", ThirdPartyTransfer.of(d).recipient());
      case CROSS_BORDER -> t.get("flow.abroad", String.join(", ", CrossBorder.of(d).destination()),
          CrossBorder.of(d).basis());
      default -> t.get("flow.sink", SinkKind.of(d).name().toLowerCase(java.util.Locale.ROOT));
    };
  }

  private static String simpleName(String qualified) {
    return qualified.substring(qualified.lastIndexOf('.') + 1).replace('$', '.');
  }

  /** The category box a path starts at: the category named in its first step, or the declaration there. */
  private static String pathSource(PathStep first, List<Declaration> declarations, Map<String, Box> boxes, Texts t) {
    Matcher m = CATEGORY_IN_LABEL.matcher(first.label());
    String category;
    if (m.find()) {
      category = m.group(1).replaceFirst("^(sensitive|important data) ", "");
    } else {
      category = declarations.stream().filter(d -> sourceId(d).isPresent() && d.location().equals(first.location()))
          .map(FlowMap::sourceLabel).findFirst().orElse(first.label());
    }
    String id = "source:" + category;
    boxes.putIfAbsent(id, new Box("source", category, t.get("flow.fromPath")));
    return id;
  }

  private static Optional<String> controlOn(PathStep step, List<Declaration> declarations) {
    return declarations.stream()
        .filter(d -> isControl(d.role()) && d.role() != Role.DELETION_PATH && mentions(step, d))
        .map(FlowMap::controlId).findFirst();
  }

  private static String pathSink(PathStep last, List<Declaration> declarations, Map<String, Box> boxes, Texts t) {
    Optional<String> declared = declarations.stream()
        .filter(d -> isSink(d.role()) && mentions(last, d)).map(FlowMap::sinkId).findFirst();
    if (declared.isPresent()) {
      return declared.get();
    }
    String name = SINK_VERB.matcher(last.label()).replaceFirst("");
    String id = "sink:path:" + name;
    boxes.putIfAbsent(id, new Box("sink", name, t.get("flow.sinkOnPath")));
    return id;
  }

  /** True when a step is at the declaration or names its element ({@code SmsClient.send()}). */
  private static boolean mentions(PathStep step, Declaration d) {
    String name = d.target().displayName();
    String bare = name.endsWith("()") ? name.substring(0, name.length() - 2) : name;
    return step.location().equals(d.location()) || step.label().contains(bare);
  }
}
