package dev.datawarden.analyzer.daemon;

import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.api.PathStep;
import dev.datawarden.analyzer.api.Problem;
import dev.datawarden.analyzer.api.Severity;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The daemon's answer, as it travels on the socket: what a compiler reports of an analysis (its findings,
 * its problems, the milliseconds of each phase in phase order and of each rule), or why there is none: {@code refused}
 * when the token was wrong, else {@code error} when the request could not be analysed.
 */
public record DaemonAnswer(
    boolean refused, String error, List<Finding> findings, List<Problem> problems, Map<String, Long> phaseMillis,
    Map<String, Long> ruleMillis) {

  public DaemonAnswer {
    findings = findings == null ? List.of() : List.copyOf(findings);
    problems = problems == null ? List.of() : List.copyOf(problems);
    phaseMillis = phaseMillis == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(phaseMillis));
    ruleMillis = ruleMillis == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(ruleMillis));
  }

  DaemonAnswer(boolean refused, String error, List<Finding> findings, List<Problem> problems,
      Map<String, Long> phaseMillis) {
    this(refused, error, findings, problems, phaseMillis, Map.of());
  }

  static DaemonAnswer of(AnalysisResult result) {
    return new DaemonAnswer(false, null, result.findings(), result.problems(), result.phaseMillis(),
        result.ruleMillis());
  }

  static DaemonAnswer failed(String error) {
    return new DaemonAnswer(false, error, List.of(), List.of(), Map.of());
  }

  static DaemonAnswer refusal() {
    return new DaemonAnswer(true, "refused: wrong token", List.of(), List.of(), Map.of());
  }

  /**
   * Writes this answer in the {@link DaemonProtocol}: the version, whether refused, the error if
   * any, the findings (each with its location and path), the problems and the phases in their order.
   */
  void write(DataOutput out) throws IOException {
    out.writeInt(DaemonProtocol.VERSION);
    out.writeBoolean(refused);
    DaemonProtocol.writeOptionalString(out, error);
    out.writeInt(findings.size());
    for (Finding f : findings) {
      DaemonProtocol.writeString(out, f.ruleKey());
      DaemonProtocol.writeString(out, f.severity().name());
      DaemonProtocol.writeString(out, f.message());
      write(out, f.location());
      write(out, f.path());
      DaemonProtocol.writeString(out, f.identity());
      out.writeInt(f.morePaths().size());
      for (List<PathStep> more : f.morePaths()) {
        write(out, more);
      }
      out.writeBoolean(f.inferred());
    }
    out.writeInt(problems.size());
    for (Problem p : problems) {
      DaemonProtocol.writeString(out, p.kind().name());
      write(out, p.location());
      DaemonProtocol.writeString(out, p.message());
    }
    writeMillis(out, phaseMillis);
    writeMillis(out, ruleMillis);
  }

  private static void write(DataOutput out, List<PathStep> path) throws IOException {
    out.writeInt(path.size());
    for (PathStep step : path) {
      write(out, step.location());
      DaemonProtocol.writeString(out, step.label());
    }
  }

  private static List<PathStep> readPath(DataInput in) throws IOException {
    List<PathStep> path = new ArrayList<>();
    for (int j = DaemonProtocol.readCount(in); j > 0; j--) {
      path.add(new PathStep(readLocation(in), DaemonProtocol.readString(in)));
    }
    return path;
  }

  private static void writeMillis(DataOutput out, Map<String, Long> millis) throws IOException {
    out.writeInt(millis.size());
    for (Map.Entry<String, Long> e : millis.entrySet()) {
      DaemonProtocol.writeString(out, e.getKey());
      out.writeLong(e.getValue());
    }
  }

  private static Map<String, Long> readMillis(DataInput in) throws IOException {
    Map<String, Long> millis = new LinkedHashMap<>();
    for (int i = DaemonProtocol.readCount(in); i > 0; i--) {
      millis.put(DaemonProtocol.readString(in), in.readLong());
    }
    return millis;
  }

  /**
   * Reads what {@link #write} wrote; an {@link IOException} when {@code in} holds no answer of this
   * protocol version.
   */
  static DaemonAnswer read(DataInput in) throws IOException {
    DaemonProtocol.readVersion(in, "an answer");
    boolean refused = DaemonProtocol.readFlag(in);
    String error = DaemonProtocol.readOptionalString(in);
    List<Finding> findings = new ArrayList<>();
    for (int i = DaemonProtocol.readCount(in); i > 0; i--) {
      String ruleKey = DaemonProtocol.readString(in);
      Severity severity = DaemonProtocol.readEnum(in, Severity.class);
      String message = DaemonProtocol.readString(in);
      Location location = readLocation(in);
      List<PathStep> path = readPath(in);
      String identity = DaemonProtocol.readString(in);
      List<List<PathStep>> morePaths = new ArrayList<>();
      for (int j = DaemonProtocol.readCount(in); j > 0; j--) {
        morePaths.add(readPath(in));
      }
      findings.add(new Finding(ruleKey, severity, message, location, path, identity, morePaths,
          DaemonProtocol.readFlag(in)));
    }
    List<Problem> problems = new ArrayList<>();
    for (int i = DaemonProtocol.readCount(in); i > 0; i--) {
      Problem.Kind kind = DaemonProtocol.readEnum(in, Problem.Kind.class);
      problems.add(new Problem(kind, readLocation(in), DaemonProtocol.readString(in)));
    }
    Map<String, Long> phaseMillis = readMillis(in);
    Map<String, Long> ruleMillis = readMillis(in);
    return new DaemonAnswer(refused, error, findings, problems, phaseMillis, ruleMillis);
  }

  private static void write(DataOutput out, Location location) throws IOException {
    DaemonProtocol.writeString(out, location.file());
    out.writeInt(location.line());
    out.writeInt(location.column());
  }

  private static Location readLocation(DataInput in) throws IOException {
    return new Location(DaemonProtocol.readString(in), in.readInt(), in.readInt());
  }
}
