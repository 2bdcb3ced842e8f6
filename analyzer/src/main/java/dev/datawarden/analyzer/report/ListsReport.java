package dev.datawarden.analyzer.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.datawarden.analyzer.AnalysisResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The two lists of Art. 21 ({@link DataLists}) as files of their own: a CSV file for each (UTF-8
 * with a byte-order mark, so Excel opens Chinese text as it is), one JSON file with both, and an
 * HTML page with both. Headings follow the report's language; JSON keys are always English.
 */
public final class ListsReport {
  /** Bumped when a JSON field changes meaning or disappears; new fields do not bump it. */
  public static final int FORMAT_VERSION = 1;
  public static final String COLLECTED_CSV = "datawarden-pi-collected.csv";
  public static final String PROVIDED_CSV = "datawarden-pi-provided.csv";
  public static final String JSON = "datawarden-lists.json";
  public static final String HTML = "datawarden-lists.html";
  private static final String BOM = "\uFEFF";

  private ListsReport() {}

  /** Writes the four files into {@code directory}. */
  public static void write(AnalysisResult result, String title, Path directory, Locale locale) throws IOException {
    ReportFiles.writeAtomically(directory.resolve(COLLECTED_CSV), collectedCsv(result.lists(), locale));
    ReportFiles.writeAtomically(directory.resolve(PROVIDED_CSV), providedCsv(result.lists(), locale));
    ReportFiles.writeAtomically(directory.resolve(JSON), json(result.lists()));
    ReportFiles.writeAtomically(directory.resolve(HTML), html(result, title, locale));
  }

  /** The list of personal information collected: one row per category and collection point. */
  public static String collectedCsv(DataLists lists, Locale locale) {
    Texts t = Texts.of(locale);
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(t.get("lists.category"), t.get("lists.sensitive"), t.get("lists.fields"),
        t.get("lists.collectionPoint"), t.get("lists.httpMethod"), t.get("lists.urlPath"), t.get("lists.purposes"),
        t.get("lists.retention"), t.get("lists.necessary"), t.get("lists.consent"), t.get("lists.findings")));
    for (DataLists.Collected c : lists.collected()) {
      for (DataLists.CollectionPoint p : c.points()) {
        rows.add(List.of(c.category(), yesNo(t, c.sensitive()), String.join("; ", c.fields()), p.method() + " " + p.location(),
            p.httpMethod(), p.urlPath(), String.join("; ", c.purposes()),
            String.join("; ", c.retentions().stream()
                .map(r -> c.invalidRetentions().contains(r) ? t.get("inventory.invalid", r) : r).toList()),
            yesNo(t, c.necessary()), t.get(p.consentGuarded() ? "lists.consentGuarded" : "lists.consentMissing"),
            String.join("; ", p.findings())));
      }
    }
    return csv(rows);
  }

  /** The list of personal information provided to others: one row per recipient. */
  public static String providedCsv(DataLists lists, Locale locale) {
    Texts t = Texts.of(locale);
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(t.get("lists.recipient"), t.get("lists.categories"), t.get("lists.purposes"),
        t.get("lists.agreement"), t.get("lists.record"), t.get("lists.scope"), t.get("lists.destination"),
        t.get("lists.basis"), t.get("lists.assessment"), t.get("lists.code"), t.get("lists.findings")));
    for (DataLists.Provided p : lists.provided()) {
      rows.add(List.of(p.recipient(), String.join("; ", p.categories()), String.join("; ", p.purposes()), p.agreement(),
          t.get(p.recorded() ? "lists.recorded" : "lists.unrecorded"), t.get(p.abroad() ? "lists.abroad" : "lists.domestic"),
          p.destination(), p.basis(), p.assessmentRef(), String.join("; ", p.code()), String.join("; ", p.findings())));
    }
    return csv(rows);
  }

  private static String yesNo(Texts t, boolean value) {
    return t.get(value ? "lists.yes" : "lists.no");
  }

  /**
   * RFC 4180 rows with CRLF line ends after a byte-order mark; a cell that a spreadsheet would take
   * for a formula (starting with =, +, -, @, a tab or a carriage return) gets a leading apostrophe.
   */
  static String csv(List<List<String>> rows) {
    StringBuilder out = new StringBuilder(BOM);
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        String cell = row.get(i);
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
          cell = "'" + cell;
        }
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
          cell = "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        out.append(cell);
      }
      out.append("\r\n");
    }
    return out.toString();
  }

  /** Both lists as JSON. */
  public static String json(DataLists lists) {
    ObjectNode root = ReportFiles.JSON.createObjectNode();
    root.put("formatVersion", FORMAT_VERSION);
    root.put("tool", "DataWarden");
    root.put("toolVersion", ReportFiles.toolVersion());
    put(root, lists);
    return ReportFiles.pretty(root);
  }

  /** Adds {@code collectedPersonalInformation} and {@code providedPersonalInformation} to {@code root}. */
  static void put(ObjectNode root, DataLists lists) {
    ArrayNode collected = root.putArray("collectedPersonalInformation");
    for (DataLists.Collected c : lists.collected()) {
      ObjectNode n = collected.addObject();
      n.put("category", c.category());
      n.put("sensitive", c.sensitive());
      strings(n.putArray("fields"), c.fields());
      strings(n.putArray("purposes"), c.purposes());
      strings(n.putArray("retentions"), c.retentions());
      n.put("necessary", c.necessary());
      ArrayNode points = n.putArray("collectionPoints");
      for (DataLists.CollectionPoint p : c.points()) {
        ObjectNode o = points.addObject();
        o.put("method", p.method());
        o.put("location", p.location());
        o.put("httpMethod", p.httpMethod());
        o.put("urlPath", p.urlPath());
        o.put("consentGuarded", p.consentGuarded());
        strings(o.putArray("findings"), p.findings());
      }
    }
    ArrayNode provided = root.putArray("providedPersonalInformation");
    for (DataLists.Provided p : lists.provided()) {
      ObjectNode n = provided.addObject();
      n.put("recipient", p.recipient());
      strings(n.putArray("categories"), p.categories());
      strings(n.putArray("purposes"), p.purposes());
      n.put("agreement", p.agreement());
      n.put("transferRecorded", p.recorded());
      n.put("abroad", p.abroad());
      n.put("destination", p.destination());
      n.put("basis", p.basis());
      n.put("assessmentRef", p.assessmentRef());
      strings(n.putArray("code"), p.code());
      strings(n.putArray("findings"), p.findings());
    }
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  /** The two lists alone as an HTML page, as the inventory shows them. */
  public static String html(AnalysisResult result, String title, Locale locale) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("t", Texts.of(locale));
    model.put("title", title);
    model.put("toolVersion", ReportFiles.toolVersion());
    model.put("lists", result.lists());
    model.put("findingsPage", "datawarden.html");
    return Templates.render("lists.ftlh", model);
  }
}
