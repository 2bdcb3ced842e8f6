package dev.datawarden.analyzer.rules.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import spoon.reflect.cu.SourcePosition;
import spoon.reflect.cu.position.DeclarationSourcePosition;
import spoon.reflect.declaration.CtRecord;
import spoon.reflect.declaration.CtRecordComponent;

/**
 * Record components in declaration order, and where their names are written: Spoon keeps no
 * position for components, so the record's header is read from the source.
 */
public final class Records {
  private Records() {}

  /** A place in a source file, lines and columns from 1. */
  public record LineColumn(int line, int column) {}

  public static List<CtRecordComponent> components(CtRecord record) {
    return new ArrayList<>(record.getRecordComponents());
  }

  /** Where the name of a component is written, if the record's source is known. */
  public static Optional<LineColumn> nameOf(CtRecord record, CtRecordComponent component) {
    SourcePosition p = record.getPosition();
    if (!(p instanceof DeclarationSourcePosition d) || p.getCompilationUnit() == null) {
      return Optional.empty();
    }
    String src = p.getCompilationUnit().getOriginalSourceCode();
    int index = components(record).indexOf(component);
    if (src == null || index < 0) {
      return Optional.empty();
    }
    List<Integer> names = componentNameOffsets(src, d.getNameEnd() + 1);
    if (index >= names.size()) {
      return Optional.empty();
    }
    return Optional.of(lineColumn(src, names.get(index)));
  }

  /**
   * The offsets of the component names of the header starting at {@code from} (just after the
   * record's name): the last identifier of each top-level, comma-separated part of the parentheses.
   */
  static List<Integer> componentNameOffsets(String src, int from) {
    List<Integer> names = new ArrayList<>();
    int i = from;
    int angle = 0;
    while (i < src.length() && (src.charAt(i) != '(' || angle > 0)) {
      char c = src.charAt(i);
      angle += c == '<' ? 1 : c == '>' ? -1 : 0;
      i++;
    }
    int depth = 0;
    int lastIdentifier = -1;
    for (i++; i < src.length(); i++) {
      char c = src.charAt(i);
      if (c == '"') {
        i = skipString(src, i);
        continue;
      }
      if (c == '/' && i + 1 < src.length() && (src.charAt(i + 1) == '/' || src.charAt(i + 1) == '*')) {
        i = skipComment(src, i);
        continue;
      }
      if (depth == 0 && (c == ',' || c == ')')) {
        if (lastIdentifier >= 0) {
          names.add(lastIdentifier);
        }
        lastIdentifier = -1;
        if (c == ')') {
          break;
        }
        continue;
      }
      if (c == '(' || c == '<' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == '>' || c == ']' || c == '}') {
        depth--;
      } else if (depth == 0 && Character.isJavaIdentifierStart(c)
          && (i == 0 || !Character.isJavaIdentifierPart(src.charAt(i - 1)))) {
        lastIdentifier = i;
      }
    }
    return names;
  }

  private static int skipString(String src, int start) {
    for (int i = start + 1; i < src.length(); i++) {
      if (src.charAt(i) == '\\') {
        i++;
      } else if (src.charAt(i) == '"') {
        return i;
      }
    }
    return src.length();
  }

  private static int skipComment(String src, int start) {
    if (src.charAt(start + 1) == '/') {
      int end = src.indexOf('\n', start);
      return end < 0 ? src.length() : end;
    }
    int end = src.indexOf("*/", start + 2);
    return end < 0 ? src.length() : end + 1;
  }

  static LineColumn lineColumn(String src, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset && i < src.length(); i++) {
      if (src.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new LineColumn(line, offset - lineStart + 1);
  }
}
