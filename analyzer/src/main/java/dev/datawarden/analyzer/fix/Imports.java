package dev.datawarden.analyzer.fix;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Import lines added to a file as text: in order among its imports when it has some (before the
 * first that sorts after, or after the last), in a group of their own after the static imports,
 * or after the package declaration. Line numbers come from the file as parsed before the edit,
 * which is unchanged above its first type.
 */
final class Imports {
  private Imports() {}

  static String insert(String before, String text, CompilationUnit original, Set<String> needed) {
    if (needed.isEmpty()) {
      return text;
    }
    String eol = before.contains("\r\n") ? "\r\n" : "\n";
    List<ImportDeclaration> plain = new ArrayList<>();
    List<ImportDeclaration> statics = new ArrayList<>();
    for (ImportDeclaration i : original.getImports()) {
      (i.isStatic() ? statics : plain).add(i);
    }
    // line before which to insert (1-based) -> the lines to insert there
    TreeMap<Integer, List<String>> at = new TreeMap<>();
    for (String name : new TreeSet<>(needed)) {
      String line = "import " + name + ";";
      if (!plain.isEmpty()) {
        ImportDeclaration next = plain.stream().filter(i -> i.getNameAsString().compareTo(name) > 0).findFirst().orElse(null);
        int where = next != null ? beginLine(next) : endLine(plain.get(plain.size() - 1)) + 1;
        at.computeIfAbsent(where, k -> new ArrayList<>()).add(line);
      } else {
        at.computeIfAbsent(-1, k -> new ArrayList<>()).add(line);
      }
    }
    List<String> group = at.remove(-1);
    if (group != null) {
      List<String> lines = new ArrayList<>();
      int where;
      if (!statics.isEmpty()) {
        where = endLine(statics.get(statics.size() - 1)) + 1;
        lines.add("");
        lines.addAll(group);
      } else if (original.getPackageDeclaration().isPresent()) {
        where = endLine(original.getPackageDeclaration().get()) + 1;
        lines.add("");
        lines.addAll(group);
      } else {
        where = firstTypeLine(original);
        lines.addAll(group);
        lines.add("");
      }
      at.put(where, lines);
    }
    List<String> lines = splitLines(text);
    StringBuilder out = new StringBuilder();
    for (int n = 1; n <= lines.size() + 1; n++) {
      for (String inserted : at.getOrDefault(n, List.of())) {
        out.append(inserted).append(eol);
      }
      if (n <= lines.size()) {
        out.append(lines.get(n - 1));
      }
    }
    return out.toString();
  }

  private static int firstTypeLine(CompilationUnit unit) {
    for (TypeDeclaration<?> t : unit.getTypes()) {
      Node first = t.getComment().map(c -> (Node) c).orElse(t);
      return first.getBegin().map(p -> p.line).orElse(1);
    }
    return 1;
  }

  private static int beginLine(Node n) {
    return n.getBegin().orElseThrow().line;
  }

  private static int endLine(Node n) {
    return n.getEnd().orElseThrow().line;
  }

  /** The lines of a text, each with its line terminator (the last may have none). */
  static List<String> splitLines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return lines;
  }
}
