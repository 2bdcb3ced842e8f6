package dev.datawarden.analyzer.cli;

import dev.datawarden.analyzer.AnalysisRequest;
import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.Analyzer;
import dev.datawarden.analyzer.ProjectLayout;
import dev.datawarden.analyzer.RuleSelection;
import dev.datawarden.analyzer.api.Messages;
import dev.datawarden.analyzer.api.Severity;
import dev.datawarden.analyzer.fix.AnnotateFix;
import dev.datawarden.analyzer.report.ConsoleReport;
import dev.datawarden.analyzer.report.GettingStarted;
import dev.datawarden.analyzer.report.ControlCharacters;
import dev.datawarden.analyzer.report.ListsReport;
import dev.datawarden.analyzer.report.ReportFiles;
import dev.datawarden.analyzer.report.ReportSet;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * The command line: analyses source directories, prints the findings as a table, writes the
 * reports asked for, and exits 0 (nothing at or above the threshold), 1 (findings at or above it)
 * or 2 (bad usage, or nothing could be analysed).
 */
@Command(
    name = "datawarden",
    mixinStandardHelpOptions = true,
    versionProvider = DataWardenCli.Version.class,
    description = "Checks Java sources against the Network Data Security Management Regulations.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no finding at or above the --fail-on severity",
      "1:findings at or above the --fail-on severity",
      "2:bad usage, nothing could be analysed, a report could not be written, or an internal error"
    })
public final class DataWardenCli implements Callable<Integer> {
  static final int OK = 0;
  static final int FINDINGS = 1;
  static final int USAGE = 2;
  /** An internal error: never 1, which a build script reads as "findings". */
  static final int INTERNAL = 2;

  @Parameters(arity = "1..*", paramLabel = "SOURCE_DIR", description = "Java source directories or files.")
  List<Path> sources = new ArrayList<>();

  @Option(names = "--classpath", paramLabel = "CP",
      description = "The analysed code's compile class path (entries separated by '${sys:path.separator}'). "
          + "Without it the analysis runs in no-class-path mode.")
  String classpath;

  @Option(names = "--catalog", paramLabel = "FILE", description = "A catalog file (datawarden.yml); repeatable.")
  List<Path> catalogs = new ArrayList<>();

  @Option(names = "--resources", paramLabel = "DIR",
      description = "A resource directory whose MyBatis mapper XML files are read; repeatable. Without it, the "
          + "src/main/resources beside each src/main/java source directory is read when it exists.")
  List<Path> resources = new ArrayList<>();

  @Option(names = "--sarif", paramLabel = "FILE", description = "Write a SARIF 2.1.0 report.")
  Path sarif;

  @Option(names = "--json", paramLabel = "FILE", description = "Write DataWarden's JSON report.")
  Path json;

  @Option(names = "--lists", paramLabel = "DIR",
      description = "Write the two lists of Art. 21 (personal information collected, and provided to others) into "
          + "DIR: datawarden-pi-collected.csv and datawarden-pi-provided.csv (UTF-8 with a byte-order mark, for "
          + "Excel), datawarden-lists.json and datawarden-lists.html, in the --locale language.")
  Path lists;

  @Option(names = "--html", paramLabel = "FILE", description = "Write the HTML report (with a picture of the data flows).")
  Path html;

  @Option(names = "--inventory", paramLabel = "FILE",
      description = "Write the data inventory (Art. 21 list, Art. 33 report inputs): HTML, or JSON when FILE ends with .json.")
  Path inventory;

  @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "MAJOR",
      converter = SeverityConverter.class,
      description = "Exit with 1 when a finding is at this severity or above (BLOCKER, CRITICAL, MAJOR, MINOR, "
          + "INFO; default: ${DEFAULT-VALUE}).")
  Severity failOn;

  @Option(names = "--fail-on-inferred",
      description = "Let findings that rest only on inferred data (undeclared data that looks like personal "
          + "information, followed as if declared) count for --fail-on too; they do not by default.")
  boolean failOnInferred;

  @Option(names = "--no-inferred",
      description = "Follow declared data only: undeclared data that looks like personal information is reported "
          + "by UnannotatedPersonalInfo and nothing else.")
  boolean noInferred;

  @Option(names = "--source-level", paramLabel = "N", defaultValue = "" + AnalysisRequest.DEFAULT_SOURCE_LEVEL,
      description = "Java language level of the sources (default: ${DEFAULT-VALUE}).")
  int sourceLevel;

  @Option(names = "--rules", paramLabel = "RULE", split = ",", description = "The only rules to run, by key; all by default.")
  List<String> only = new ArrayList<>();

  @Option(names = {"--encoding", "-encoding"}, paramLabel = "CHARSET", defaultValue = "UTF-8",
      description = "The encoding of the sources, as javac's -encoding (default: ${DEFAULT-VALUE}).")
  String encoding;

  @Option(names = "--disable", paramLabel = "RULE", split = ",", description = "Rule keys to leave out.")
  List<String> disabled = new ArrayList<>();

  @Option(names = "--exhaustive-flow",
      description = "Let the data-flow engine analyse every method, not only those declared data can reach: slower, "
          + "the same findings; for comparison.")
  boolean exhaustiveFlow;
  @Option(names = "--locale", paramLabel = "LANG", converter = LocaleConverter.class,
      description = "The language of the findings, the console summary and the reports: en or zh-CN (default: the "
          + "JVM's locale when it is Chinese, English otherwise).")
  Locale locale;

  @Option(names = "--timings", description = "Print the time of each phase and of each rule, and the peak heap, to standard error.")
  boolean timings;

  @Option(names = "--annotate",
      description = "Insert the annotation each UnannotatedPersonalInfo finding suggests (@PersonalInfo or @Sensitive, "
          + "with its imports) into the sources, keeping their formatting, instead of printing the findings; "
          + "exits 0 when done.")
  boolean annotate;

  @Option(names = "--dry-run", description = "With --annotate: print the changes as a unified diff, write nothing.")
  boolean dryRun;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command with the given streams; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new DataWardenCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> USAGE);
    cli.setParameterExceptionHandler((e, a) -> {
      err.println("datawarden: " + e.getMessage());
      err.println("Try 'datawarden --help' for the options.");
      return USAGE;
    });
    cli.setExecutionExceptionHandler((e, c, p) -> {
      err.println("datawarden: internal error: " + e);
      return INTERNAL;
    });
    try {
      return cli.execute(args);
    } catch (Throwable e) { // an Error picocli lets through (a stack overflow, out of memory)
      err.println("datawarden: internal error: " + e);
      err.flush();
      return INTERNAL;
    }
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RuleSelection rules;
    try {
      rules = RuleSelection.all().only("--rules", only).disable("--disable", disabled);
    } catch (IllegalArgumentException e) {
      err.println("datawarden: " + e.getMessage());
      return USAGE;
    }
    if (dryRun && !annotate) {
      err.println("datawarden: --dry-run goes with --annotate");
      return USAGE;
    }
    java.nio.charset.Charset charset;
    try {
      charset = java.nio.charset.Charset.forName(encoding);
    } catch (IllegalArgumentException e) {
      err.println("datawarden: unknown encoding '" + ControlCharacters.escape(encoding) + "' in --encoding");
      return USAGE;
    }
    Path base = Path.of("").toAbsolutePath();
    AnalysisRequest.Builder request = AnalysisRequest.builder()
        .encoding(charset)
        .addSourceRoots(sources)
        .sourceLevel(sourceLevel)
        .baseDirectory(base)
        .exhaustiveFlow(exhaustiveFlow)
        .inferData(!noInferred)
        .locale(language());
    catalogs.forEach(request::addCatalog);
    resourceRoots().forEach(request::addResourceRoot);
    request.rules(rules);
    if (classpath != null) {
      List<Path> entries = new ArrayList<>();
      for (String e : classpath.split(File.pathSeparator)) {
        if (!e.isBlank()) {
          entries.add(Path.of(e));
        }
      }
      request.classpath(entries);
    }
    HeapWatch heap = timings ? HeapWatch.start() : null;
    long[] total = {0};
    AnalysisResult result = Analyzer.analyze(request.build(), !timings ? dev.datawarden.analyzer.Progress.NONE
        : (phase, millis, detail) -> {
          err.printf("timing %-12s %7d ms  %s%n", phase, millis, detail);
          total[0] += millis;
        });
    if (heap != null) {
      result.ruleMillis().forEach((rule, millis) -> err.printf("timing   rule %-28s %7d ms%n", rule, millis));
      err.printf("timing %-12s %7d ms%n", "total", total[0]);
      err.printf("peak heap %d MB%n", heap.stop() / (1024 * 1024));
    }
    if (annotate) {
      return annotate(result, base, out, err);
    }
    out.print(ConsoleReport.render(result, language()));
    GettingStarted.render(result, language(), "java -jar datawarden-cli.jar --annotate "
        + String.join(" ", sources.stream().map(Path::toString).toList()), "--fail-on-inferred")
        .ifPresent(summary -> out.print("\n" + summary));
    out.flush();
    Map<ReportSet.Format, Path> reports = new EnumMap<>(ReportSet.Format.class);
    putIfGiven(reports, ReportSet.Format.SARIF, sarif);
    putIfGiven(reports, ReportSet.Format.JSON, json);
    putIfGiven(reports, ReportSet.Format.HTML, html);
    putIfGiven(reports, ReportSet.Format.INVENTORY, inventory);
    try {
      ReportSet.write(result, reports, title(), language());
      if (lists != null) {
        java.nio.file.Files.createDirectories(lists);
        ListsReport.write(result, title(), lists, language());
      }
    } catch (IOException e) {
      err.println("datawarden: " + ControlCharacters.escape(e.getMessage()));
      return USAGE;
    }
    if (result.nothingAnalysed()) {
      err.println("datawarden: nothing could be analysed: no Java source parsed in " + sources);
      return USAGE;
    }
    return result.failing(failOn, failOnInferred).isEmpty() ? OK : FINDINGS;
  }

  private static void putIfGiven(Map<ReportSet.Format, Path> reports, ReportSet.Format format, Path file) {
    if (file != null) {
      reports.put(format, file);
    }
  }

  /** The resource directories given, else the Maven layout's {@code src/main/resources} beside each {@code src/main/java}. */
  private List<Path> resourceRoots() {
    if (!resources.isEmpty()) {
      return resources;
    }
    List<Path> found = new ArrayList<>();
    for (Path source : sources) {
      ProjectLayout.moduleOfMainSources(source).flatMap(ProjectLayout::conventionalResources)
          .filter(r -> !found.contains(r))
          .ifPresent(found::add);
    }
    return found;
  }

  /** Inserts the suggested annotations, or prints them as a diff; skipped findings go to standard error. */
  private int annotate(AnalysisResult result, Path base, PrintWriter out, PrintWriter err) {
    if (result.nothingAnalysed()) {
      err.println("datawarden: nothing could be analysed: no Java source parsed in " + sources);
      return USAGE;
    }
    AnnotateFix.Plan plan = AnnotateFix.plan(base, result.findings());
    for (AnnotateFix.Skipped s : plan.skipped()) {
      err.println("datawarden: not annotated: " + s);
    }
    if (dryRun) {
      out.print(plan.diff());
      out.flush();
      return OK;
    }
    try {
      plan.write();
    } catch (IOException e) {
      err.println("datawarden: cannot write the annotated sources: " + e.getMessage());
      return USAGE;
    }
    for (AnnotateFix.FileEdit e : plan.edits()) {
      out.println("annotated " + e.displayPath() + " (" + e.annotations() + ")");
    }
    out.println(plan.annotations() + " annotation(s) inserted in " + plan.edits().size() + " file(s); "
        + "add their purposes and retention");
    out.flush();
    return OK;
  }

  /** The analysed project's name in report titles: the working directory's name. */
  private static String title() {
    Path name = Path.of("").toAbsolutePath().getFileName();
    return name == null ? "DataWarden" : name.toString();
  }

  private Locale language() {
    return locale == null ? Messages.defaultLocale() : locale;
  }

  static final class LocaleConverter implements CommandLine.ITypeConverter<Locale> {
    @Override
    public Locale convert(String value) {
      try {
        return Messages.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  static final class SeverityConverter implements CommandLine.ITypeConverter<Severity> {
    @Override
    public Severity convert(String value) {
      try {
        return Severity.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"DataWarden " + ReportFiles.toolVersion()};
    }
  }
}
