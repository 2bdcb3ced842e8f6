package dev.datawarden.analyzer.processor;

import dev.datawarden.analyzer.RuleSelection;
import dev.datawarden.analyzer.api.Messages;
import dev.datawarden.analyzer.api.SettingException;
import dev.datawarden.analyzer.api.Severity;
import java.io.File;
import java.nio.charset.Charset;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The processor's {@code -A} options, read once per compilation. A value that cannot be used is
 * left out and explained in {@link #warnings()}, which the processor prints as compiler warnings; a
 * rule key that names no rule is an error (as in every front end), in {@link #errors()}, and the
 * processor analyses nothing.
 *
 * @param catalogs user catalog files, relative ones resolved against the compiler's working directory
 * @param failOn findings at this severity or above become errors; empty: all are warnings
 * @param rules the rules to run
 * @param classpath the class path to analyse with when given explicitly; empty: ask the compiler
 * @param background whether, under javac, the analysis may run beside code generation
 * @param timings whether to print, as a note, how long the analysis took and how long the compiler waited for it
 * @param daemon whether to ask a warm {@link dev.datawarden.analyzer.daemon.AnalysisDaemon} to analyse, starting one when there is none
 * @param daemonStateFile the daemon's state file when given (for tests); empty: the one of the processor's class path
 * @param notes what the processor says as notes: a catalog named that does not exist yet
 * @param locale the language of the findings: {@code -Adatawarden.locale=zh-CN}, else the JVM's when it is Chinese, else English
 * @param encoding the sources' encoding when given with {@code -Adatawarden.encoding}; empty: the compiler's
 * @param failOnInferred whether findings on inferred data alone become errors too (they stay warnings by default)
 * @param c1Only whether HotSpot's C2 compiler is kept from compiling in the compiler's JVM: from the processor's start
 *     to the compilation's end under javac in a JVM started for the build, else while an in-process analysis runs
 */
record ProcessorOptions(
    List<Path> catalogs,
    Optional<Severity> failOn,
    RuleSelection rules,
    Optional<List<Path>> classpath,
    boolean background,
    boolean timings,
    boolean daemon,
    Optional<Path> daemonStateFile,
    List<String> warnings,
    List<String> errors,
    List<String> notes,
    Locale locale,
    Optional<Charset> encoding,
    boolean failOnInferred,
    boolean c1Only) {

  static final String CATALOG = "datawarden.catalog";
  static final String FAIL_ON_SEVERITY = "datawarden.failOnSeverity";
  static final String RULES = "datawarden.rules";
  static final String DISABLED = "datawarden.disabled";
  static final String CLASSPATH = "datawarden.classpath";
  static final String BACKGROUND = "datawarden.background";
  static final String TIMINGS = "datawarden.timings";
  static final String DAEMON = "datawarden.daemon";
  static final String LOCALE = "datawarden.locale";
  static final String ENCODING = "datawarden.encoding";
  static final String FAIL_ON_INFERRED = "datawarden.failOnInferred";
  static final String C1_ONLY = "datawarden.c1Only";
  /** The bundle of the processor's notes and warnings about its options. */
  static final String BUNDLE = "dev.datawarden.analyzer.processor.messages";
  /** Not documented for users: tests point the processor at a daemon of their own. */
  static final String DAEMON_STATE_FILE = "datawarden.daemonStateFile";

  /** Every option the processor understands, as {@code getSupportedOptions()} declares them. */
  static final Set<String> NAMES = Set.of(CATALOG, FAIL_ON_SEVERITY, RULES, DISABLED, CLASSPATH, BACKGROUND, TIMINGS,
      DAEMON, DAEMON_STATE_FILE, LOCALE, ENCODING, FAIL_ON_INFERRED, C1_ONLY);

  ProcessorOptions {
    catalogs = List.copyOf(catalogs);
    classpath = classpath.map(List::copyOf);
    warnings = List.copyOf(warnings);
    errors = List.copyOf(errors);
    notes = List.copyOf(notes);
  }

  static ProcessorOptions parse(Map<String, String> options) {
    List<String> warnings = new ArrayList<>();
    // the language first: the notes and warnings about the other options are written in it
    Locale locale = Messages.defaultLocale();
    SettingException localeError = null;
    try {
      locale = Messages.parse(options.get(LOCALE));
    } catch (SettingException e) {
      localeError = e;
    }
    Messages t = Messages.of(BUNDLE, locale);
    if (localeError != null) {
      warnings.add(t.text("locale", LOCALE, localeError.message(locale), t.text("language")));
    }

    List<String> notes = new ArrayList<>();
    List<Path> catalogs = new ArrayList<>();
    for (String name : split(options.get(CATALOG), ",")) {
      // the README's snippet names ${project.basedir}/datawarden.yml, which a project may not have yet
      path(name, CATALOG, warnings, t).ifPresent(p -> {
        if (java.nio.file.Files.exists(p)) {
          catalogs.add(p);
        } else {
          notes.add(t.text("noCatalog", p));
        }
      });
    }

    Optional<Severity> failOn = Optional.empty();
    String severity = options.get(FAIL_ON_SEVERITY);
    if (severity != null && !severity.isBlank()) {
      try {
        failOn = Optional.of(Severity.parse(severity));
      } catch (SettingException e) {
        warnings.add(t.text("failOnSeverity", FAIL_ON_SEVERITY, severity, Severity.names()));
      }
    }

    List<String> errors = new ArrayList<>();
    RuleSelection rules = RuleSelection.all();
    try {
      rules = rules.only("-A" + RULES, split(options.get(RULES), ","))
          .disable("-A" + DISABLED, split(options.get(DISABLED), ","));
    } catch (SettingException e) {
      errors.add(e.message(locale));
    }

    Optional<List<Path>> classpath = Optional.empty();
    if (options.containsKey(CLASSPATH)) {
      List<Path> entries = new ArrayList<>();
      for (String entry : split(options.get(CLASSPATH), File.pathSeparator)) {
        path(entry, CLASSPATH, warnings, t).ifPresent(entries::add);
      }
      classpath = Optional.of(entries);
    }

    boolean background = flag(options, BACKGROUND, true, warnings, t);
    boolean timings = flag(options, TIMINGS, false, warnings, t);
    boolean failOnInferred = flag(options, FAIL_ON_INFERRED, false, warnings, t);
    boolean daemon = flag(options, DAEMON, false, warnings, t);
    Optional<Path> daemonStateFile = Optional.ofNullable(options.get(DAEMON_STATE_FILE)).filter(v -> !v.isBlank())
        .flatMap(v -> path(v.trim(), DAEMON_STATE_FILE, warnings, t));
    Optional<Charset> encoding = Optional.empty();
    String encodingName = options.get(ENCODING);
    if (encodingName != null && !encodingName.isBlank()) {
      try {
        encoding = Optional.of(Charset.forName(encodingName.trim()));
      } catch (IllegalArgumentException e) {
        warnings.add(t.text("encoding", ENCODING, encodingName));
      }
    }
    return new ProcessorOptions(catalogs, failOn, rules, classpath, background, timings, daemon, daemonStateFile,
        warnings, errors, notes, locale, encoding, failOnInferred, flag(options, C1_ONLY, true, warnings, t));
  }

  private static boolean flag(Map<String, String> options, String name, boolean otherwise, List<String> warnings,
      Messages t) {
    String value = options.get(name);
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "true":
        return true;
      case "false":
        return false;
      default:
        warnings.add(t.text("flag", name, value, Boolean.toString(otherwise)));
        return otherwise;
    }
  }

  private static List<String> split(String value, String separator) {
    List<String> parts = new ArrayList<>();
    if (value != null) {
      for (String part : value.split(java.util.regex.Pattern.quote(separator))) {
        if (!part.isBlank()) {
          parts.add(part.trim());
        }
      }
    }
    return parts;
  }

  private static Optional<Path> path(String name, String option, List<String> warnings, Messages t) {
    try {
      return Optional.of(Path.of(name).toAbsolutePath().normalize());
    } catch (InvalidPathException e) {
      warnings.add(t.text("invalidPath", option, name));
      return Optional.empty();
    }
  }
}
