package dev.datawarden.analyzer.processor;

import dev.datawarden.analyzer.processor.CompilerSupport.JavaSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Java sources of a compilation as the analyzer reads them: files on disk as they are, sources
 * the compiler holds in memory copied to a temporary directory, which {@link #delete()} removes.
 * Each file maps back to the compiler's key for it, so findings can be placed in the compiler's
 * own view of the file. A source that can be read neither way still gets a file name (the
 * compiler's), under which the vocabulary check of its round reports, but is not analysed.
 */
final class SourceFiles {
  private final Map<String, Path> fileByKey = new LinkedHashMap<>();
  private final Map<Path, JavaSource> sourceByFile = new HashMap<>();
  private final List<Path> readable = new ArrayList<>();
  private Path copies;

  /** Adds a source; returns the file its findings are located in, empty when it cannot even be named. */
  Optional<Path> add(JavaSource source) {
    Path known = fileByKey.get(source.key());
    if (known != null) {
      return Optional.of(known);
    }
    Path file = source.file().map(f -> f.toAbsolutePath().normalize()).orElseGet(() -> copy(source));
    if (file != null) {
      readable.add(file);
    } else {
      try {
        file = Path.of(source.name()).toAbsolutePath().normalize();
      } catch (java.nio.file.InvalidPathException e) {
        return Optional.empty();
      }
    }
    fileByKey.put(source.key(), file);
    sourceByFile.put(file, source);
    return Optional.of(file);
  }

  /** The files to analyse, in the order the compiler gave them. */
  List<Path> files() {
    return List.copyOf(readable);
  }

  /** The compiler's keys of every source, in the order it gave them. */
  List<String> keys() {
    return new ArrayList<>(fileByKey.keySet());
  }

  /** True when no source can be analysed. */
  boolean isEmpty() {
    return readable.isEmpty();
  }

  /** The compiler's key of the source behind an analysed file. */
  Optional<String> keyOf(Path file) {
    return Optional.ofNullable(sourceByFile.get(file.toAbsolutePath().normalize())).map(JavaSource::key);
  }

  /** How the compiler names the source behind an analysed file; the file itself when it is not one of ours. */
  String nameOf(Path file) {
    JavaSource source = sourceByFile.get(file.toAbsolutePath().normalize());
    return source == null || source.file().isPresent() ? file.toString() : source.name();
  }

  /**
   * Rewrites the copies of in-memory sources, written in UTF-8, in the encoding the analysis reads
   * the sources in; a copy whose text that encoding cannot hold stays as it is (and is reported as
   * not valid in it).
   */
  void encodeCopies(Charset encoding) {
    if (copies == null || encoding.equals(StandardCharsets.UTF_8)) {
      return;
    }
    for (Path file : readable) {
      if (file.startsWith(copies)) {
        try {
          String text = Files.readString(file, StandardCharsets.UTF_8);
          ByteBuffer encoded = encoding.newEncoder().encode(CharBuffer.wrap(text));
          byte[] bytes = new byte[encoded.remaining()];
          encoded.get(bytes);
          Files.write(file, bytes);
        } catch (CharacterCodingException e) {
          // left in UTF-8
        } catch (IOException e) {
          throw new UncheckedIOException("cannot copy " + file + " for the analysis", e);
        }
      }
    }
  }

  /** Removes the copies of in-memory sources. */
  void delete() {
    if (copies == null) {
      return;
    }
    try (Stream<Path> walk = Files.walk(copies)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      copies.toFile().deleteOnExit();
    }
    copies = null;
  }

  private Path copy(JavaSource source) {
    CharSequence text;
    try {
      text = source.content().call();
    } catch (Exception e) {
      return null;
    }
    try {
      if (copies == null) {
        copies = Files.createTempDirectory("datawarden-sources");
      }
      // one directory per source keeps two sources of the same simple name apart
      Path directory = Files.createDirectory(copies.resolve(Integer.toString(fileByKey.size())));
      String name = source.name().replace('\\', '/');
      name = name.substring(name.lastIndexOf('/') + 1);
      name = name.isBlank() ? "Source" : name;
      Path file = directory.resolve(name.endsWith(".java") ? name : name + ".java");
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return file.toAbsolutePath().normalize();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + source.name() + " for the analysis", e);
    }
  }
}
