package dev.datawarden.analyzer.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.datawarden.analyzer.api.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings a team has accepted for now ({@code datawarden-baseline.json}), so that a build fails
 * only on new ones. Findings are matched by {@link Fingerprints}: rule, file and message, not the
 * line, so code moving up or down keeps its findings known. Two equal findings need two entries.
 */
public final class Baseline {
  /** The file name the Maven plugin reads and writes by default. */
  public static final String FILE_NAME = "datawarden-baseline.json";
  /**
   * 2 since a finding on flows stands for every category reaching its sink call and its fingerprint
   * leaves the data out; a baseline of version 1 holds one fingerprint per category and is refused.
   */
  public static final int FORMAT_VERSION = 2;

  /** One accepted finding; the line is where it was when the baseline was written, for people. */
  public record Entry(String fingerprint, String rule, String file, int line, String message) {}

  /** How the findings of a run compare with the baseline. */
  public record Comparison(List<Finding> newFindings, List<Finding> known, List<Entry> fixed) {
    public Comparison {
      newFindings = List.copyOf(newFindings);
      known = List.copyOf(known);
      fixed = List.copyOf(fixed);
    }
  }

  private final List<Entry> entries;

  private Baseline(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  public List<Entry> entries() {
    return entries;
  }

  /** A baseline accepting exactly {@code findings}. */
  public static Baseline of(List<Finding> findings) {
    return new Baseline(findings.stream().sorted()
        .map(f -> new Entry(Fingerprints.of(f), f.ruleKey(), f.location().file(), f.location().line(), f.message()))
        .toList());
  }

  public String render() {
    ObjectNode root = ReportFiles.JSON.createObjectNode();
    root.put("formatVersion", FORMAT_VERSION);
    root.put("tool", "DataWarden");
    ArrayNode array = root.putArray("findings");
    for (Entry e : entries.stream().sorted(Comparator.comparing(Entry::file).thenComparingInt(Entry::line)
        .thenComparing(Entry::rule).thenComparing(Entry::message)).toList()) {
      ObjectNode n = array.addObject();
      n.put("fingerprint", e.fingerprint());
      n.put("rule", e.rule());
      n.put("file", e.file());
      n.put("line", e.line());
      n.put("message", e.message());
    }
    return ReportFiles.pretty(root);
  }

  public void write(Path file) throws IOException {
    ReportFiles.writeAtomically(file, render());
  }

  /** Reads a baseline file; a file that is not one fails with a message naming it. */
  public static Baseline read(Path file) throws IOException {
    JsonNode root = JsonReport.readDocument(file, "read.kind.baseline", FORMAT_VERSION);
    if (root.get("formatVersion").asInt() < FORMAT_VERSION) {
      throw new ReadFailure("read.oldBaseline", null, file, root.get("formatVersion"));
    }
    JsonNode findings = root.get("findings");
    if (findings == null || !findings.isArray()) {
      throw new ReadFailure("read.noFindings", null, file);
    }
    List<Entry> entries = new ArrayList<>();
    for (JsonNode n : findings) {
      String fingerprint = n.path("fingerprint").asText("");
      if (!fingerprint.matches("[0-9a-f]{32}")) {
        throw new ReadFailure("read.badEntry", null, file, n);
      }
      entries.add(new Entry(fingerprint, n.path("rule").asText(""), n.path("file").asText(""),
          n.path("line").asInt(0), n.path("message").asText("")));
    }
    return new Baseline(entries);
  }

  /** Sorts {@code findings} into new and known ones; the entries no finding matched are fixed. */
  public Comparison compare(List<Finding> findings) {
    Map<String, Integer> available = new HashMap<>();
    entries.forEach(e -> available.merge(e.fingerprint(), 1, Integer::sum));
    List<Finding> fresh = new ArrayList<>();
    List<Finding> known = new ArrayList<>();
    for (Finding f : findings.stream().sorted().toList()) {
      String fp = Fingerprints.of(f);
      if (available.getOrDefault(fp, 0) > 0) {
        available.merge(fp, -1, Integer::sum);
        known.add(f);
      } else {
        fresh.add(f);
      }
    }
    List<Entry> fixed = new ArrayList<>();
    for (Entry e : entries) {
      if (available.getOrDefault(e.fingerprint(), 0) > 0) {
        available.merge(e.fingerprint(), -1, Integer::sum);
        fixed.add(e);
      }
    }
    return new Comparison(fresh, known, fixed);
  }
}
