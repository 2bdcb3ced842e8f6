package dev.datawarden.analyzer.api;

import com.google.errorprone.annotations.Immutable;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * A place in a file: a Java source, or a catalog file for findings on catalog entries. Lines and
 * columns start at 1; 0 means unknown.
 */
@Immutable
public record Location(String file, int line, int column) implements Comparable<Location> {

  public Location {
    Objects.requireNonNull(file, "file");
  }

  public static Location of(Path file, int line, int column) {
    return new Location(file.toString(), line, column);
  }

  public static Location of(Path file, int line) {
    return of(file, line, 0);
  }

  @Override
  public int compareTo(Location other) {
    // by file, line and column; paths compare their steps' locations by the million, hence no Comparator chain
    if (file != other.file) {
      int c = file.compareTo(other.file);
      if (c != 0) {
        return c;
      }
    }
    int c = Integer.compare(line, other.line);
    return c != 0 ? c : Integer.compare(column, other.column);
  }

  // written out: the engine compares path steps by the million, and a record's generated equals
  // compares the file name first, the field least likely to differ
  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof Location l && line == l.line && column == l.column && file.equals(l.file);
  }

  @Override
  public int hashCode() {
    return (file.hashCode() * 31 + line) * 31 + column;
  }

  @Override
  public String toString() {
    return line > 0 ? file + ":" + line : file;
  }

  /** A file's name as findings show it: relative to {@code base} when inside it, always with '/'. */
  public static String displayPath(Path base, Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path shown = base != null && abs.startsWith(base) ? base.relativize(abs) : abs;
    return shown.toString().replace('\\', '/');
  }
}
