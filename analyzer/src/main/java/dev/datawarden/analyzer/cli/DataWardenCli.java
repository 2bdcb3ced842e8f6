package dev.datawarden.analyzer.cli;

import dev.datawarden.analyzer.AnalysisRequest;
import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.Analyzer;
import dev.datawarden.analyzer.ProjectLayout;
import dev.datawarden.analyzer.RuleSelection;
import dev.datawarden.analyzer.Progress;
import dev.datawarden.analyzer.api.Messages;
import dev.datawarden.analyzer.api.SettingException;
import dev.datawarden.analyzer.api.Severity;
import dev.datawarden.analyzer.fix.AnnotateFix;
import dev.datawarden.analyzer.report.ConsoleReport;
import dev.datawarden.analyzer.report.GettingStarted;
import dev.datawarden.analyzer.report.ControlCharacters;
import dev.datawarden.analyzer.report.ListsReport;
import dev.datawarden.analyzer.report.ReportFiles;
import dev.datawarden.analyzer.report.ReportSet;
import dev.datawarden.analyzer.report.WriteFailure;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command line: analyses source directories, prints the findings as a table, writes the
 * reports asked for, and exits 0 (nothing at or above the threshold), 1 (findings at or above it)
 * or 2 (bad usage, or nothing could be analysed).
 */
@Command(
    name = "datawarden",
    mixinStandardHelpOptions = true,
    versionProvider = DataWardenCli.Version.class,
    // the texts of the help are in the bundle (cli/messages*.properties), in the --locale language
    description = "",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:", "1:", "2:"})
public final class DataWardenCli implements Callable<Integer> {
  static final int OK = 0;
  static final int FINDINGS = 1;
  static final int USAGE = 2;
  /** An internal error: never 1, which a build script reads as "findings". */
  static final int INTERNAL = 2;
  /** The bundle of the command's help, usage errors and notes. */
  static final String BUNDLE = "dev.datawarden.analyzer.cli.messages";
  /** What starts each line the command writes to standard error. */
  private static final String PROGRAM = "datawarden: ";

  @Parameters(arity = "1..*", paramLabel = "SOURCE_DIR", descriptionKey = "help.sources")
  List<Path> sources = new ArrayList<>();

  @Option(names = "--classpath", descriptionKey = "help.classpath", paramLabel = "CP")
  String classpath;

  @Option(names = "--catalog", descriptionKey = "help.catalog", paramLabel = "FILE")
  List<Path> catalogs = new ArrayList<>();

  @Option(names = "--resources", descriptionKey = "help.resources", paramLabel = "DIR")
  List<Path> resources = new ArrayList<>();

  @Option(names = "--sarif", descriptionKey = "help.sarif", paramLabel = "FILE")
  Path sarif;

  @Option(names = "--json", descriptionKey = "help.json", paramLabel = "FILE")
  Path json;

  @Option(names = "--lists", descriptionKey = "help.lists", paramLabel = "DIR")
  Path lists;

  @Option(names = "--html", descriptionKey = "help.html", paramLabel = "FILE")
  Path html;

  @Option(names = "--inventory", descriptionKey = "help.inventory", paramLabel = "FILE")
  Path inventory;

  @Option(names = "--fail-on", descriptionKey = "help.fail-on", paramLabel = "SEVERITY", defaultValue = "MAJOR")
  String failOn;

  @Option(names = "--fail-on-inferred", descriptionKey = "help.fail-on-inferred")
  boolean failOnInferred;

  @Option(names = "--no-inferred", descriptionKey = "help.no-inferred")
  boolean noInferred;

  @Option(names = "--source-level", descriptionKey = "help.source-level", paramLabel = "N",
      defaultValue = "" + AnalysisRequest.DEFAULT_SOURCE_LEVEL)
  int sourceLevel;

  @Option(names = "--rules", descriptionKey = "help.rules", paramLabel = "RULE", split = ",")
  List<String> only = new ArrayList<>();

  @Option(names = {"--encoding", "-encoding"}, descriptionKey = "help.encoding", paramLabel = "CHARSET", defaultValue = "UTF-8")
  String encoding;

  @Option(names = "--disable", descriptionKey = "help.disable", paramLabel = "RULE", split = ",")
  List<String> disabled = new ArrayList<>();

  @Option(names = "--exhaustive-flow", descriptionKey = "help.exhaustive-flow")
  boolean exhaustiveFlow;

  @Option(names = "--locale", descriptionKey = "help.locale", paramLabel = "LANG")
  String locale;

  @Option(names = "--timings", descriptionKey = "help.timings")
  boolean timings;

  @Option(names = "--annotate", descriptionKey = "help.annotate")
  boolean annotate;

  @Option(names = "--dry-run", descriptionKey = "help.dry-run")
  boolean dryRun;

  @Option(names = "--to-catalog", descriptionKey = "help.to-catalog")
  boolean toCatalog;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** The command's own texts, in the language the arguments chose. */
  private Messages texts = Messages.of(BUNDLE, Messages.defaultLocale());

  public static void main(String[] args) {
    java.util.Optional<Integer> elsewhere = QuickJvm.runElsewhere(DataWardenCli.class, args);
    if (elsewhere.isPresent()) {
      System.exit(elsewhere.get());
    }
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command with the given streams; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    // the language is known before the arguments are parsed, so that a mistake in them is told in it
    Messages t = Messages.of(BUNDLE, UsageErrors.localeOf(args));
    DataWardenCli command = new DataWardenCli();
    command.texts = t;
    CommandLine cli = new CommandLine(command);
    cli.setResourceBundle(ResourceBundle.getBundle(BUNDLE, t.locale(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> USAGE);
    cli.setParameterExceptionHandler((e, a) -> {
      err.println(PROGRAM + UsageErrors.describe(e, t));
      err.println(t.text("error.tryHelp"));
      return USAGE;
    });
    cli.setExecutionExceptionHandler((e, c, p) -> {
      err.println(PROGRAM + t.text("error.internal", e));
      return INTERNAL;
    });
    try {
      return cli.execute(args);
    } catch (Throwable e) { // an Error picocli lets through (a stack overflow, out of memory)
      err.println(PROGRAM + t.text("error.internal", e));
      err.flush();
      return INTERNAL;
    }
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Locale language;
    Severity threshold;
    RuleSelection rules;
    try {
      language = Messages.parse(locale);
      threshold = Severity.parse(failOn);
      rules = RuleSelection.all().only("--rules", only).disable("--disable", disabled);
    } catch (SettingException e) {
      err.println(PROGRAM + e.message(texts.locale()));
      return USAGE;
    }
    if (dryRun && !annotate) {
      err.println(PROGRAM + texts.text("error.dryRun"));
      return USAGE;
    }
    if (toCatalog && !annotate) {
      err.println(PROGRAM + texts.text("error.toCatalog"));
      return USAGE;
    }
    Charset charset;
    try {
      charset = Charset.forName(encoding);
    } catch (IllegalArgumentException e) {
      err.println(PROGRAM + texts.text("error.encoding", ControlCharacters.escape(encoding)));
      return USAGE;
    }
    Path base = Path.of("").toAbsolutePath();
    AnalysisRequest.Builder request = AnalysisRequest.builder();
    try {
      request.sourceLevel(sourceLevel);
    } catch (SettingException e) {
      err.println(PROGRAM + texts.text("error.option", "--source-level", e.message(texts.locale())));
      return USAGE;
    }
    request.encoding(charset)
        .addSourceRoots(sources)
        .baseDirectory(base)
        .exhaustiveFlow(exhaustiveFlow)
        .inferData(!noInferred)
        .locale(language);
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
    String timing = texts.text("timing");
    AnalysisResult result = Analyzer.analyze(request.build(), !timings ? Progress.NONE
        : (phase, millis, detail) -> {
          err.printf("%s %-12s %7d ms  %s%n", timing, Progress.phaseName(phase, language), millis, detail);
          total[0] += millis;
        });
    if (heap != null) {
      String rule = texts.text("timing.rule");
      result.ruleMillis().forEach((key, millis) -> err.printf("%s   %s %-28s %7d ms%n", timing, rule, key, millis));
      err.printf("%s %-12s %7d ms%n", timing, texts.text("timing.total"), total[0]);
      err.println(texts.text("timing.peakHeap", heap.stop() / (1024 * 1024)));
      if (QuickJvm.forked()) {
        err.println(texts.text("timing.quickJvm", QuickJvm.C1_ONLY));
      }
    }
    if (annotate) {
      return annotate(result, base, charset, out, err);
    }
    out.print(ConsoleReport.render(result, language));
    GettingStarted.render(result, language, "java -jar datawarden-cli.jar --annotate "
        + String.join(" ", sources.stream().map(Path::toString).toList()), "--fail-on-inferred")
        .ifPresent(summary -> out.print("\n" + summary));
    out.flush();
    Map<ReportSet.Format, Path> reports = new EnumMap<>(ReportSet.Format.class);
    putIfGiven(reports, ReportSet.Format.SARIF, sarif);
    putIfGiven(reports, ReportSet.Format.JSON, json);
    putIfGiven(reports, ReportSet.Format.HTML, html);
    putIfGiven(reports, ReportSet.Format.INVENTORY, inventory);
    try {
      ReportSet.write(result, reports, title(), language);
      if (lists != null) {
        Files.createDirectories(lists);
        ListsReport.write(result, title(), lists, language);
      }
    } catch (IOException e) {
      err.println(PROGRAM + ControlCharacters.escape(WriteFailure.message(e, language)));
      return USAGE;
    }
    if (result.nothingAnalysed()) {
      err.println(PROGRAM + texts.text("error.nothingAnalysed", sources));
      return USAGE;
    }
    return result.failing(threshold, failOnInferred).isEmpty() ? OK : FINDINGS;
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
  private int annotate(AnalysisResult result, Path base, Charset charset, PrintWriter out, PrintWriter err) {
    if (result.nothingAnalysed()) {
      err.println(PROGRAM + texts.text("error.nothingAnalysed", sources));
      return USAGE;
    }
    // the catalog the analysis read when one was given, else a datawarden.yml in the working directory
    Path catalog = catalogs.size() == 1 ? catalogs.get(0).toAbsolutePath().normalize()
        : base.resolve(ProjectLayout.CATALOG);
    String shown = catalog.startsWith(base) ? base.relativize(catalog).toString().replace('\\', '/') : catalog.toString();
    AnnotateFix.Plan plan = AnnotateFix.plan(base, result.findings(), charset,
        new AnnotateFix.CatalogTarget(catalog, shown, toCatalog), texts.locale());
    for (AnnotateFix.GeneratedFile g : plan.generated()) {
      err.println(PROGRAM + texts.text("annotate.generated", g.displayPath(), g.marker()));
    }
    for (AnnotateFix.Skipped s : plan.skipped()) {
      err.println(PROGRAM + texts.text("annotate.skipped", s.describe(texts.locale())));
    }
    if (dryRun) {
      out.print(plan.diff());
      out.flush();
      return OK;
    }
    try {
      plan.write();
    } catch (IOException e) {
      err.println(PROGRAM + texts.text("annotate.cannotWrite", ControlCharacters.escape(e.getMessage())));
      return USAGE;
    }
    for (AnnotateFix.FileEdit e : plan.edits()) {
      if (e.kind() == AnnotateFix.EditKind.SOURCE) {
        out.println(texts.text("annotate.file", e.displayPath(), e.annotations()));
      } else {
        out.println(texts.text("annotate.catalog", e.displayPath(), e.annotations()));
      }
    }
    out.println(texts.text("annotate.done", plan.annotations(), plan.sourceFiles()));
    out.flush();
    return OK;
  }

  /** The analysed project's name in report titles: the working directory's name. */
  private static String title() {
    Path name = Path.of("").toAbsolutePath().getFileName();
    return name == null ? "DataWarden" : name.toString();
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"DataWarden " + ReportFiles.toolVersion()};
    }
  }
}
