package dev.datawarden.analyzer.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.fact.CrossBorder;
import dev.datawarden.analyzer.fact.Declaration;
import dev.datawarden.analyzer.fact.DeclaredData;
import dev.datawarden.analyzer.fact.DeletionPath;
import dev.datawarden.analyzer.fact.Role;
import dev.datawarden.analyzer.fact.TargetKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The data inventory, as HTML for people and JSON for tools: every category of personal information
 * and every important-data item with where it is declared, its purposes, retention, the cross-border
 * transfers that declare it and the deletion paths that cover it; then the recipients, the
 * cross-border transfers, the deletion paths and the other control points, read from the
 * declarations; before them, the two lists of Art. 21 worked out from the data flows
 * ({@link DataLists}). Together, the inputs of the annual risk report of Art. 33.
 */
public final class InventoryReport {
  /** Bumped when a JSON field changes meaning or disappears; new fields do not bump it. */
  public static final int FORMAT_VERSION = 1;

  private InventoryReport() {}

  /** One declaration of data: the element, where it is written, and what it says. */
  public record Item(String element, String kind, String location, String origin, List<String> purposes,
      String retention, boolean necessary, String description, String legalBasis) {
    /** False for a retention that is no ISO-8601 duration ("3 years"), which the page marks as invalid. */
    public boolean isRetentionValid() {
      return retention.isEmpty() || DeclaredData.isDuration(retention);
    }
  }

  /** A category of personal information, or an important-data item, with everything declared about it. */
  public record Category(String name, String kind, List<Item> declarations, List<String> purposes,
      List<String> retentions, List<String> crossBorder, List<String> deletionPaths) {
    /** The retentions that are no ISO-8601 duration, which the page marks as invalid here too. */
    public List<String> invalidRetentions() {
      return retentions.stream().filter(r -> !DeclaredData.isDuration(r)).toList();
    }
  }

  /** A control point or transfer: what it is, on which element, where, and its attributes as text. */
  public record Entry(String what, String element, String location, String origin, Map<String, String> attributes) {}

  /** Everything the inventory lists, in a stable order. */
  public record Inventory(List<Category> personalInformation, List<Category> importantData, List<Entry> recipients,
      List<Entry> crossBorderTransfers, List<Entry> deletionPaths, List<Entry> controls) {}

  /**
   * One element a declaration applies to: the declared element itself, or a field a type-level
   * declaration covers, with the retention it has (its own, or its declaring type's).
   */
  private record Use(Declaration declaration, String element, String kind, String retention, String legalBasis) {}

  public static Inventory of(AnalysisResult result) {
    List<Declaration> all = result.declarations();
    Map<String, List<Use>> personal = new TreeMap<>();
    Map<String, List<Use>> important = new TreeMap<>();
    for (Declaration d : all) {
      String key = switch (d.role()) {
        case PERSONAL_INFO -> DeclaredData.of(d).category();
        case SENSITIVE -> "sensitive " + DeclaredData.of(d).category();
        case IMPORTANT_DATA -> DeclaredData.of(d).catalog().isEmpty() ? "(no catalogue named)" : DeclaredData.of(d).catalog();
        default -> null;
      };
      if (key != null) {
        (d.role() == Role.IMPORTANT_DATA ? important : personal).computeIfAbsent(key, k -> new ArrayList<>())
            .addAll(uses(d, all, result.coveredFields()));
      }
    }
    List<Category> pi = new ArrayList<>();
    personal.forEach((name, ds) -> pi.add(category(name, name.startsWith("sensitive ") ? "sensitive" : "personal",
        ds, all)));
    List<Category> id = new ArrayList<>();
    important.forEach((name, ds) -> id.add(category(name, "important", ds, all)));
    return new Inventory(pi, id, entries(all, Role.THIRD_PARTY_TRANSFER), entries(all, Role.CROSS_BORDER),
        entries(all, Role.DELETION_PATH), controls(all));
  }

  /**
   * The elements {@code d} applies to, as the engine applies it: a type-level declaration applies to
   * every field of its type when none declares data of its own ({@code covered}, worked out from
   * the code; the type itself when the code is not at hand); a member without a retention of its own
   * has that of its declaring type or of a type enclosing it, and one without a legal basis of its
   * own that of its declaring type, as the engine reads it.
   */
  private static List<Use> uses(Declaration d, List<Declaration> all, Map<String, List<String>> covered) {
    boolean data = d.role() != Role.IMPORTANT_DATA;
    String own = d.retention();
    DeclaredData declared = DeclaredData.of(d);
    String basis = declared.legalBasis();
    if (data && !declared.legalBasisWritten() && d.target().kind() != TargetKind.TYPE) {
      basis = all.stream()
          .filter(t -> t.target().kind() == TargetKind.TYPE && t.target().typeName().equals(d.target().typeName())
              && t.role().declaresPersonalInfo() && DeclaredData.of(t).legalBasisWritten())
          .map(t -> DeclaredData.of(t).legalBasis()).findFirst().orElse(basis);
    }
    String legalBasis = data ? basis : "";
    String kind = d.target().kind().name().toLowerCase(java.util.Locale.ROOT);
    if (d.target().kind() == TargetKind.TYPE) {
      List<String> fields = covered.get(d.target().typeName());
      if (fields != null && !fields.isEmpty()) {
        String type = d.target().displayName();
        return fields.stream().map(f -> new Use(d, type + "." + f, "field", own, legalBasis)).toList();
      }
      return List.of(new Use(d, d.target().displayName(), kind, own, legalBasis));
    }
    String retention = own;
    if (data && retention.isEmpty()) {
      for (String type = d.target().typeName(); type != null && retention.isEmpty(); type = enclosing(type)) {
        String name = type;
        retention = all.stream()
            .filter(t -> t.target().kind() == TargetKind.TYPE && t.target().typeName().equals(name)
                && t.role().declaresPersonalInfo() && !t.retention().isEmpty())
            .map(Declaration::retention).findFirst().orElse("");
      }
    }
    return List.of(new Use(d, d.target().displayName(), kind, retention, legalBasis));
  }

  private static String enclosing(String typeName) {
    int nested = typeName.lastIndexOf('$');
    return nested < 0 ? null : typeName.substring(0, nested);
  }

  private static Category category(String name, String kind, List<Use> uses, List<Declaration> all) {
    TreeSet<String> purposes = new TreeSet<>();
    TreeSet<String> retentions = new TreeSet<>();
    List<Item> items = new ArrayList<>();
    List<Declaration> ds = uses.stream().map(Use::declaration).distinct().toList();
    for (Use u : uses) {
      Declaration d = u.declaration();
      DeclaredData declared = DeclaredData.of(d);
      List<String> p = declared.purposes();
      purposes.addAll(p);
      String retention = u.retention();
      if (!retention.isEmpty()) {
        retentions.add(retention);
      }
      items.add(new Item(u.element(), u.kind(), d.location().toString(), d.origin().name(), p, retention,
          declared.necessary(), declared.description(), u.legalBasis()));
    }
    String piCategory = kind.equals("personal") ? name : "";
    TreeSet<String> crossBorder = new TreeSet<>();
    TreeSet<String> deletion = new TreeSet<>();
    for (Declaration d : all) {
      if (d.role() == Role.CROSS_BORDER && !piCategory.isEmpty() && CrossBorder.of(d).categories().contains(piCategory)) {
        crossBorder.add(String.join(", ", CrossBorder.of(d).destination()) + " (" + CrossBorder.of(d).basis() + ") by "
            + d.target().displayName());
      }
      if (d.role() == Role.DELETION_PATH
          && ds.stream().anyMatch(x -> DeletionPath.of(d).types().stream().anyMatch(t -> owns(t, x)))) {
        deletion.add(d.target().displayName());
      }
    }
    return new Category(name, kind, items, List.copyOf(purposes), List.copyOf(retentions), List.copyOf(crossBorder),
        List.copyOf(deletion));
  }

  /** True when a deletion path of {@code type} covers the element {@code d} is on (or a type nested in it). */
  private static boolean owns(String type, Declaration d) {
    String owner = d.target().typeName().replace('$', '.');
    String t = type.replace('$', '.');
    return owner.equals(t) || owner.startsWith(t + ".") && d.target().kind() != TargetKind.TYPE;
  }

  private static List<Entry> entries(List<Declaration> all, Role role) {
    return all.stream().filter(d -> d.role() == role).map(InventoryReport::entry).toList();
  }

  private static List<Entry> controls(List<Declaration> all) {
    List<Role> kinds = List.of(Role.CONSENT_CHECK, Role.COLLECTION_POINT, Role.TRANSFER_LOG, Role.ANONYMIZES,
        Role.ENCRYPTS, Role.RESTORES, Role.RISK_ASSESSED, Role.PURPOSE, Role.SINK);
    return all.stream().filter(d -> kinds.contains(d.role()))
        .sorted(java.util.Comparator.comparing((Declaration d) -> kinds.indexOf(d.role()))
            .thenComparing(Declaration::location))
        .map(InventoryReport::entry).toList();
  }

  private static Entry entry(Declaration d) {
    Map<String, String> attributes = new LinkedHashMap<>();
    for (String name : new TreeSet<>(d.attributes().keySet())) {
      Object v = d.attributes().get(name);
      String text = v instanceof List<?> list
          ? String.join(", ", list.stream().map(String::valueOf).map(InventoryReport::simpleIfClass).toList())
          : String.valueOf(v);
      attributes.put(name, text);
    }
    return new Entry(d.role().displayName(), d.target().displayName(), d.location().toString(), d.origin().name(),
        attributes);
  }

  private static String simpleIfClass(String s) {
    return s.matches("([a-z_][\\w]*\\.)+[A-Z][\\w$]*") ? s.substring(s.lastIndexOf('.') + 1).replace('$', '.') : s;
  }

  public static String renderHtml(AnalysisResult result, String title) {
    return renderHtml(result, title, java.util.Locale.ENGLISH);
  }

  /** The inventory page in {@code locale}, with the two lists of Art. 21 first. */
  public static String renderHtml(AnalysisResult result, String title, java.util.Locale locale) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("t", Texts.of(locale));
    model.put("lists", result.lists());
    model.put("findingsPage", "datawarden.html");
    model.put("title", title);
    model.put("toolVersion", ReportFiles.toolVersion());
    model.put("inventory", of(result));
    return Templates.render("inventory.ftlh", model);
  }

  public static String renderJson(AnalysisResult result) {
    Inventory inventory = of(result);
    ObjectNode root = ReportFiles.JSON.createObjectNode();
    root.put("formatVersion", FORMAT_VERSION);
    root.put("tool", "DataWarden");
    root.put("toolVersion", ReportFiles.toolVersion());
    categories(root.putArray("personalInformation"), inventory.personalInformation());
    categories(root.putArray("importantData"), inventory.importantData());
    entries(root.putArray("recipients"), inventory.recipients());
    entries(root.putArray("crossBorderTransfers"), inventory.crossBorderTransfers());
    entries(root.putArray("deletionPaths"), inventory.deletionPaths());
    entries(root.putArray("controls"), inventory.controls());
    ListsReport.put(root, result.lists());
    return ReportFiles.pretty(root);
  }

  /** Writes {@code datawarden-inventory.html} and {@code datawarden-inventory.json} into {@code directory}. */
  public static void write(AnalysisResult result, String title, Path directory) throws IOException {
    write(result, title, directory, java.util.Locale.ENGLISH);
  }

  /** As {@link #write(AnalysisResult, String, Path)}, the page in {@code locale}. */
  public static void write(AnalysisResult result, String title, Path directory, java.util.Locale locale)
      throws IOException {
    String html = renderHtml(result, title, locale);
    String json = renderJson(result);
    ReportFiles.writeAtomically(directory.resolve("datawarden-inventory.html"), html);
    ReportFiles.writeAtomically(directory.resolve("datawarden-inventory.json"), json);
  }

  private static void categories(ArrayNode array, List<Category> categories) {
    for (Category c : categories) {
      ObjectNode n = array.addObject();
      n.put("name", c.name());
      n.put("kind", c.kind());
      strings(n.putArray("purposes"), c.purposes());
      strings(n.putArray("retentions"), c.retentions());
      strings(n.putArray("crossBorder"), c.crossBorder());
      strings(n.putArray("deletionPaths"), c.deletionPaths());
      ArrayNode declared = n.putArray("declarations");
      for (Item i : c.declarations()) {
        ObjectNode d = declared.addObject();
        d.put("element", i.element());
        d.put("elementKind", i.kind());
        d.put("location", i.location());
        d.put("origin", i.origin());
        strings(d.putArray("purposes"), i.purposes());
        d.put("retention", i.retention());
        d.put("necessary", i.necessary());
        if (!i.legalBasis().isEmpty()) {
          d.put("legalBasis", i.legalBasis());
        }
        if (!i.description().isEmpty()) {
          d.put("description", i.description());
        }
      }
    }
  }

  private static void entries(ArrayNode array, List<Entry> entries) {
    for (Entry e : entries) {
      ObjectNode n = array.addObject();
      n.put("declaration", e.what());
      n.put("element", e.element());
      n.put("location", e.location());
      n.put("origin", e.origin());
      ObjectNode attributes = n.putObject("attributes");
      e.attributes().forEach(attributes::put);
    }
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
