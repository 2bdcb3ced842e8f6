package dev.datawarden.analyzer.report;

import dev.datawarden.analyzer.AnalysisResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every report of one result, written the same way for every front end: the command line names a
 * file per format, the Maven goals a directory. Each report is written atomically ({@link AtomicFile});
 * one that cannot be written does not keep the others from being written, and the failure (a
 * {@link WriteFailure}) names every report that failed, with its reason.
 */
public final class ReportSet {
  /** A report format and the name its file has in a report directory. */
  public enum Format {
    SARIF("datawarden.sarif"),
    JSON("datawarden.json"),
    HTML("datawarden.html"),
    /** The data inventory: HTML, or JSON when its file name ends with {@code .json}; both in a directory. */
    INVENTORY("datawarden-inventory.html");

    private final String fileName;

    Format(String fileName) {
      this.fileName = fileName;
    }

    public String fileName() {
      return fileName;
    }

    /** The format named {@code name} (any case), as {@code datawarden.formats} and the CLI write it. */
    public static Format parse(String name) {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
  }

  private ReportSet() {}

  /** Writes the reports of {@code formats} into {@code directory} under their usual names. */
  public static void write(AnalysisResult result, Set<Format> formats, String title, Path directory) throws IOException {
    write(result, formats, title, directory, null);
  }

  /**
   * The same, SARIF naming files of other modules relative to {@code reactorRoot} (see
   * {@link SarifReport#render(AnalysisResult, Path)}).
   */
  public static void write(AnalysisResult result, Set<Format> formats, String title, Path directory, Path reactorRoot)
      throws IOException {
    write(result, formats, title, directory, reactorRoot, Locale.ENGLISH);
  }

  /**
   * The same in {@code locale}; in a directory the inventory comes with the two lists of Art. 21 as
   * files of their own ({@link ListsReport}).
   */
  public static void write(AnalysisResult result, Set<Format> formats, String title, Path directory, Path reactorRoot,
      Locale locale) throws IOException {
    Map<Format, Path> files = new EnumMap<>(Format.class);
    for (Format f : formats) {
      files.put(f, directory.resolve(f.fileName()));
    }
    write(result, files, title, true, reactorRoot, locale);
  }

  /** Writes each report to the file given for its format. */
  public static void write(AnalysisResult result, Map<Format, Path> files, String title) throws IOException {
    write(result, files, title, Locale.ENGLISH);
  }

  /** Writes each report to the file given for its format, in {@code locale}. */
  public static void write(AnalysisResult result, Map<Format, Path> files, String title, Locale locale)
      throws IOException {
    write(result, files, title, false, null, locale);
  }

  private static void write(AnalysisResult result, Map<Format, Path> files, String title, boolean inventoryJson,
      Path reactorRoot, Locale locale) throws IOException {
    List<IOException> failures = new ArrayList<>();
    for (Map.Entry<Format, Path> e : new EnumMap<>(files).entrySet()) {
      Path file = e.getValue();
      try {
        switch (e.getKey()) {
          case SARIF -> AtomicFile.write(file, SarifReport.render(result, reactorRoot, locale));
          case JSON -> AtomicFile.write(file, JsonReport.render(result, locale));
          case HTML -> AtomicFile.write(file, HtmlReport.render(result, title, locale));
          case INVENTORY -> {
            boolean json = file.getFileName().toString().endsWith(".json");
            AtomicFile.write(file, json ? InventoryReport.renderJson(result)
                : InventoryReport.renderHtml(result, title, locale));
            if (inventoryJson) {
              AtomicFile.write(file.resolveSibling("datawarden-inventory.json"), InventoryReport.renderJson(result));
              ListsReport.write(result, title, file.getParent(), locale);
            }
          }
        }
      } catch (IOException | UncheckedIOException x) {
        failures.add(x instanceof UncheckedIOException u ? u.getCause() : (IOException) x);
      }
    }
    if (!failures.isEmpty()) {
      throw WriteFailure.of(failures);
    }
  }
}
