package dev.datawarden.analyzer;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.datawarden.analyzer.report.ReportFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * An analysis kept beside a module's reports for the next build: the {@link AnalysisResult} (with its
 * {@link ModuleEvidence}, all that the reports, the gate and a multi-module build's judgement need) in
 * {@value #FILE}, under a {@link #key key} made of everything the analysis reads. A later build asks
 * for the {@link #reusable} result before analysing: there is one when the key is the same; when
 * anything the analysis reads changed, the file is of another format, or it cannot be read, it
 * analyses afresh.
 */
public final class StoredAnalysis {
  /** The stored result's file name, in the directory a front end keeps it in. */
  public static final String FILE = "datawarden-analysis.json";

  /**
   * The layout of the stored file. Raise it with any change to the records it holds: a file of another
   * format is never read, and the key changes with the build of DataWarden anyway.
   */
  static final int FORMAT = 1;

  /** Reads and writes the records as they are: their fields, nothing a method computes; unknown fields fail. */
  private static final ObjectMapper JSON = new ObjectMapper()
      .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
      .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
      .setVisibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final AnalysisRequest request;
  private final Path file;
  private final String key;

  private StoredAnalysis(AnalysisRequest request, Path file, String key) {
    this.request = request;
    this.file = file;
    this.key = key;
  }

  /** The analysis of {@code request} as kept in {@code directory}: its inputs are hashed now. */
  public static StoredAnalysis of(AnalysisRequest request, Path directory) {
    return new StoredAnalysis(request, directory.resolve(FILE), key(request));
  }

  /**
   * The stored result of an analysis of the same inputs, without its phase and rule times (nothing was
   * analysed now); empty when there is none, or it was of other inputs, another format, or unreadable.
   */
  public Optional<AnalysisResult> reusable() {
    return read(file, key).map(StoredAnalysis::untimed);
  }

  /**
   * Analyses the request and stores its result for the next time; when it cannot be written, the
   * analysis stands and no older result is left behind.
   */
  public AnalysisResult analyze(Progress progress) {
    AnalysisResult result = Analyzer.analyze(request, progress);
    try {
      write(file, key, result);
    } catch (IOException e) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // its key is not this analysis's: it is not reused for these inputs
      }
    }
    return result;
  }

  /** A stored result without the times of the analysis that made it: no time was spent on it now. */
  private static AnalysisResult untimed(AnalysisResult r) {
    return new AnalysisResult(r.findings(), r.analysedFiles(), r.problems(), r.classpathMode(), r.declarations(),
        java.util.Map.of(), r.suppressions(), r.lists(), r.coveredFields(), java.util.Map.of(), r.evidence(), r.vendors());
  }

  /** The result stored in {@code file} under {@code key}; empty when there is none, or another. */
  static Optional<AnalysisResult> read(Path file, String key) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      JsonNode stored = JSON.readTree(file.toFile());
      if (stored == null || !stored.path("format").isInt() || stored.path("format").intValue() != FORMAT
          || !key.equals(stored.path("key").asText())) {
        return Optional.empty();
      }
      return Optional.of(JSON.treeToValue(stored.get("result"), AnalysisResult.class));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // damaged or of a shape this build does not know: analysed afresh
    }
  }

  /** Stores {@code result} under {@code key} in {@code file}, replacing it whole or not at all. */
  static void write(Path file, String key, AnalysisResult result) throws IOException {
    ObjectNode stored = JSON.createObjectNode();
    stored.put("format", FORMAT);
    stored.put("datawarden", ReportFiles.toolVersion());
    stored.put("key", key);
    stored.set("result", JSON.valueToTree(result));
    Files.createDirectories(file.getParent());
    Path temporary = Files.createTempFile(file.getParent(), FILE, ".tmp");
    try {
      JSON.writeValue(temporary.toFile(), stored);
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * The hash of everything an analysis of {@code request} reads: the contents of its sources, of the
   * context modules' sources, of the resource directories (mapper XML, application configuration, DDL)
   * and of the catalogs; each class path entry (a jar by path, size and date, a directory by its
   * files' contents); the options (source level, encoding, base directory, rules left out, language,
   * inferred data, exhaustive flow, class path or none); and the build of DataWarden itself.
   */
  public static String key(AnalysisRequest request) {
    MessageDigest digest = sha256();
    Hasher h = new Hasher(digest);
    h.text("datawarden-analysis " + FORMAT);
    h.text(BUILD);
    h.text("level " + request.sourceLevel());
    h.text("encoding " + request.encoding().name());
    h.text("base " + request.baseDirectory());
    h.text("disabled " + new TreeSet<>(request.disabledRules()));
    h.text("locale " + request.locale().toLanguageTag());
    h.text("infer " + request.inferData());
    h.text("exhaustive " + request.exhaustiveFlow());
    h.files("sources", request.sourceRoots());
    h.files("context", request.contextRoots());
    h.files("resources", request.resourceRoots());
    h.files("contextResources", request.contextResourceRoots());
    h.files("catalogs", request.catalogs());
    if (request.classpath().isEmpty()) {
      h.text("no classpath");
    } else {
      h.text("classpath");
      for (Path entry : request.classpath().get()) {
        h.classpathEntry(entry);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Which DataWarden analyses: its version and the jar (or class directory) it runs from. */
  private static final String BUILD = build();

  private static String build() {
    StringBuilder b = new StringBuilder("datawarden ").append(ReportFiles.toolVersion());
    CodeSource source = Analyzer.class.getProtectionDomain().getCodeSource();
    try {
      Path code = source == null ? null : Path.of(source.getLocation().toURI());
      if (code == null) {
        b.append(" unknown build ").append(System.nanoTime()); // never the same key twice: always fresh
      } else if (Files.isDirectory(code)) {
        MessageDigest digest = sha256();
        new Hasher(digest).directory(code, false);
        b.append(' ').append(code).append(' ').append(HexFormat.of().formatHex(digest.digest()));
      } else {
        BasicFileAttributes a = Files.readAttributes(code, BasicFileAttributes.class);
        b.append(' ').append(code).append(' ').append(a.size()).append(' ').append(a.lastModifiedTime().toMillis());
      }
    } catch (IOException | URISyntaxException | RuntimeException e) {
      b.append(" unknown build ").append(System.nanoTime());
    }
    return b.toString();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e); // every JDK has it
    }
  }

  /** Feeds names, file contents and file attributes into one digest, each part delimited. */
  private static final class Hasher {
    private final MessageDigest digest;
    private final byte[] buffer = new byte[1 << 16];

    Hasher(MessageDigest digest) {
      this.digest = digest;
    }

    void text(String s) {
      byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
      number(bytes.length);
      digest.update(bytes);
    }

    private void number(long n) {
      for (int i = 0; i < 8; i++) {
        digest.update((byte) (n >>> (8 * i)));
      }
    }

    /** Each root (a directory or a single file) by its path and its files' names and contents. */
    void files(String kind, List<Path> roots) {
      text(kind + " " + roots.size());
      for (Path root : roots) {
        Path path = root.toAbsolutePath().normalize();
        text(path.toString());
        if (Files.isDirectory(path)) {
          directory(path, true);
        } else if (Files.isRegularFile(path)) {
          content(path);
        } else {
          text("absent");
        }
      }
    }

    /** A class path entry: a directory by its files' contents, a jar by its size and date. */
    void classpathEntry(Path entry) {
      Path path = entry.toAbsolutePath().normalize();
      text(path.toString());
      try {
        if (Files.isDirectory(path)) {
          directory(path, true);
        } else if (Files.isRegularFile(path)) {
          BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
          text("jar " + a.size() + " " + a.lastModifiedTime().toMillis());
        } else {
          text("absent");
        }
      } catch (IOException e) {
        text("unreadable " + System.nanoTime()); // never the same key twice: analysed afresh
      }
    }

    /** Every regular file under {@code directory}, sorted, by its relative name and its content (or size and date). */
    void directory(Path directory, boolean contents) {
      List<Path> files = new ArrayList<>();
      try (Stream<Path> walk = Files.walk(directory)) {
        walk.filter(Files::isRegularFile).forEach(files::add);
      } catch (IOException | UncheckedIOException e) {
        text("unreadable " + System.nanoTime()); // never the same key twice: analysed afresh
        return;
      }
      files.sort(null);
      text("files " + files.size());
      for (Path f : files) {
        text(directory.relativize(f).toString().replace('\\', '/'));
        if (contents) {
          content(f);
        } else {
          try {
            BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
            text(a.size() + " " + a.lastModifiedTime().toMillis());
          } catch (IOException e) {
            text("unreadable " + System.nanoTime());
          }
        }
      }
    }

    private void content(Path file) {
      try (InputStream in = Files.newInputStream(file)) {
        long total = 0;
        MessageDigest own = sha256();
        for (int n; (n = in.read(buffer)) > 0; ) {
          own.update(buffer, 0, n);
          total += n;
        }
        number(total);
        digest.update(own.digest());
      } catch (IOException e) {
        text("unreadable " + System.nanoTime());
      }
    }
  }
}
