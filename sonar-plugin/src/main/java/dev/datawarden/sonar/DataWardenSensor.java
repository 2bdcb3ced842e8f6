package dev.datawarden.sonar;

import dev.datawarden.analyzer.AnalysisRequest;
import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.Analyzer;
import dev.datawarden.analyzer.ProjectLayout;
import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.api.Messages;
import dev.datawarden.analyzer.api.SettingException;
import dev.datawarden.analyzer.report.JsonReport;
import dev.datawarden.analyzer.report.ControlCharacters;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sonar.api.batch.fs.FilePredicates;
import org.sonar.api.batch.fs.FileSystem;
import org.sonar.api.batch.fs.InputFile;
import org.sonar.api.batch.sensor.Sensor;
import org.sonar.api.batch.sensor.SensorContext;
import org.sonar.api.batch.sensor.SensorDescriptor;
import org.sonar.api.config.Configuration;
import org.sonar.api.notifications.AnalysisWarnings;

/**
 * Runs DataWarden on a module's main Java files with the class path the Java analysis uses and the
 * MyBatis mapper XML files of its resource directories, or, when
 * {@value DataWardenProperties#REPORT_PATHS} is set, imports those JSON reports instead; raises an
 * issue per finding, reports problems as warnings and adds to the project's {@link ProjectTotals}.
 * It runs only when a DataWarden rule is active.
 */
public final class DataWardenSensor implements Sensor {
  private static final Logger LOG = LoggerFactory.getLogger(DataWardenSensor.class);
  /** Problems beyond this many go to the log only, not to the analysis warnings the UI shows. */
  static final int MAX_UI_WARNINGS = 10;
  /** The bundle of the sensor's log lines and warnings ({@code messages*.properties} beside this class). */
  static final String BUNDLE = "dev.datawarden.sonar.messages";

  private final ProjectTotals totals;
  private final AnalysisWarnings analysisWarnings;

  public DataWardenSensor(ProjectTotals totals, AnalysisWarnings analysisWarnings) {
    this.totals = totals;
    this.analysisWarnings = analysisWarnings;
  }

  @Override
  public void describe(SensorDescriptor descriptor) {
    descriptor.name("DataWarden")
        .onlyOnLanguage(DataWardenRulesDefinition.LANGUAGE)
        .createIssuesForRuleRepository(DataWardenRulesDefinition.REPOSITORY);
  }

  @Override
  public void execute(SensorContext context) {
    Path baseDir = context.fileSystem().baseDir().toPath();
    List<String> warnings = new ArrayList<>();
    Optional<String> language = context.config().get(DataWardenProperties.LOCALE);
    Locale locale = DataWardenProperties.locale(language);
    Messages t = texts(locale);
    language.filter(v -> !v.isBlank()).ifPresent(v -> {
      try {
        Messages.parse(v);
      } catch (SettingException e) {
        warnings.add(t.text("badLocale", DataWardenProperties.LOCALE, e.message(locale)));
      }
    });
    String[] reportPaths = context.config().getStringArray(DataWardenProperties.REPORT_PATHS);
    Results results;
    if (reportPaths.length > 0) {
      List<Path> reports = Arrays.stream(reportPaths).map(String::trim).filter(p -> !p.isEmpty())
          .map(p -> baseDir.resolve(p).normalize()).toList();
      LOG.info(t.text("importing", reports));
      results = imported(reports, warnings, t, locale);
    } else {
      Optional<AnalysisRequest> request = request(context);
      if (request.isEmpty()) {
        LOG.info(t.text("nothingToAnalyse"));
        return;
      }
      long start = System.nanoTime();
      AnalysisResult result = Analyzer.analyze(request.get());
      LOG.info(t.text(result.classpathMode() ? "analysed" : "analysedWithoutClasspath", result.analysedFiles().size(),
          (System.nanoTime() - start) / 1_000_000));
      results = Results.of(result);
    }

    IssueRecorder recorder = new IssueRecorder(context, totals, locale);
    int raised = 0;
    Set<String> unknownRules = new TreeSet<>();
    for (Finding f : results.findings()) {
      if (Analyzer.rule(f.ruleKey()).isEmpty()) {
        unknownRules.add(f.ruleKey());
      } else if (recorder.record(f)) {
        raised++;
      }
    }
    LOG.info(t.text("raised", results.findings().size(), raised));
    if (!unknownRules.isEmpty()) {
      // a report written by another version of DataWarden: its rules are unknown here, so are their tags (measures)
      warnings.add(t.text("unknownRules", String.join(", ", unknownRules)));
    }
    results.problems().forEach(p -> warnings.add(t.text("problem", p)));
    warn(warnings, t);
    totals.add(baseDir, results);
  }

  /** The results of the JSON reports; one that cannot be read is skipped with a warning, the others still count. */
  private static Results imported(List<Path> reports, List<String> warnings, Messages t, Locale locale) {
    List<Results> parts = new ArrayList<>();
    for (Path report : reports) {
      try {
        parts.add(Results.of(JsonReport.read(report)));
      } catch (IOException e) {
        warnings.add(t.text("unreadableReport", dev.datawarden.analyzer.report.WriteFailure.message(e, locale)));
      }
    }
    return Results.merge(parts);
  }

  private void warn(List<String> warnings, Messages t) {
    for (int i = 0; i < warnings.size(); i++) {
      String warning = ControlCharacters.escape(warnings.get(i));
      LOG.warn(warning);
      if (i < MAX_UI_WARNINGS) {
        analysisWarnings.addUnique(warning);
      }
    }
    if (warnings.size() > MAX_UI_WARNINGS) {
      analysisWarnings.addUnique(t.text("moreProblems", warnings.size() - MAX_UI_WARNINGS));
    }
  }

  /** The sensor's log lines and warnings in {@code locale}. */
  static Messages texts(Locale locale) {
    return Messages.of(BUNDLE, locale, DataWardenSensor.class.getClassLoader());
  }

  /** The request for this module, empty when it has no main Java file. */
  static Optional<AnalysisRequest> request(SensorContext context) {
    FileSystem fs = context.fileSystem();
    FilePredicates p = fs.predicates();
    List<Path> sources = StreamSupport.stream(
            fs.inputFiles(p.and(p.hasLanguage(DataWardenRulesDefinition.LANGUAGE), p.hasType(InputFile.Type.MAIN)))
                .spliterator(), false)
        .map(InputFile::path)
        .sorted()
        .toList();
    if (sources.isEmpty()) {
      return Optional.empty();
    }
    Path baseDir = fs.baseDir().toPath();
    AnalysisRequest.Builder request = AnalysisRequest.builder()
        .addSourceRoots(sources)
        .baseDirectory(baseDir)
        .encoding(fs.encoding()) // sonar.sourceEncoding
        .sourceLevel(sourceLevel(context.config()))
        .locale(DataWardenProperties.locale(context.config().get(DataWardenProperties.LOCALE)));
    JavaClasspath.of(context.config(), baseDir).ifPresent(request::classpath);
    catalogs(context.config(), baseDir).forEach(request::addCatalog);
    resources(context.config(), baseDir).forEach(request::addResourceRoot);
    return Optional.of(request.build());
  }

  /**
   * The module's {@code src/main/resources} when it exists, then the directories of
   * {@value DataWardenProperties#RESOURCES} (each once): where MyBatis mapper XML files are read.
   * A configured directory that does not exist is kept, so that the analysis reports it.
   */
  static List<Path> resources(Configuration config, Path baseDir) {
    Set<Path> roots = new LinkedHashSet<>();
    ProjectLayout.conventionalResources(baseDir).ifPresent(roots::add);
    Arrays.stream(config.getStringArray(DataWardenProperties.RESOURCES)).map(String::trim).filter(r -> !r.isEmpty())
        .map(r -> baseDir.resolve(r).toAbsolutePath().normalize())
        .forEach(roots::add);
    return List.copyOf(roots);
  }

  /** {@value DataWardenProperties#CATALOGS}, or the first datawarden.yml in the module's directory or a parent. */
  static List<Path> catalogs(Configuration config, Path baseDir) {
    String[] configured = config.getStringArray(DataWardenProperties.CATALOGS);
    if (configured.length > 0) {
      return Arrays.stream(configured).map(String::trim).filter(c -> !c.isEmpty())
          .map(c -> baseDir.resolve(c).normalize()).toList();
    }
    return ProjectLayout.nearestCatalog(baseDir).stream().toList();
  }

  /** {@code sonar.java.source} as a language level ("1.8" is 8); 17 when absent or unreadable. */
  static int sourceLevel(Configuration config) {
    return ProjectLayout.sourceLevel(config.get("sonar.java.source").orElse(null))
        .orElse(AnalysisRequest.DEFAULT_SOURCE_LEVEL);
  }
}
