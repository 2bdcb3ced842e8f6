package dev.datawarden.analyzer.report;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Properties;

/** Shared plumbing of the report writers: one JSON mapper, atomic writes, the tool's version. */
public final class ReportFiles {
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final DefaultPrettyPrinter PRINTER =
      new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private ReportFiles() {}

  /** The version of DataWarden, as built. */
  public static String toolVersion() {
    try (InputStream in = ReportFiles.class.getResourceAsStream("/dev/datawarden/analyzer/version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  static String pretty(JsonNode node) {
    try {
      return JSON.writer(PRINTER).writeValueAsString(node) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes a report completely or not at all ({@link AtomicFile}). */
  public static void writeAtomically(Path target, String text) throws IOException {
    AtomicFile.write(target, text);
  }
}
