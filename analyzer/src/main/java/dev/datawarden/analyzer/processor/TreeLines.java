package dev.datawarden.analyzer.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The trees of one javac compilation unit by line, to put a finding's diagnostic on the tree at its
 * line: the annotation there (nearest the finding's column), else the declaration whose head spans
 * the line (from its first modifier to its name), else the outermost tree starting on the line.
 * Built while the trees are as parsed; the trees kept stay usable for diagnostics afterwards.
 */
final class TreeLines {
  private record At(int column, Tree tree) {}

  private final Map<Integer, List<At>> annotations = new HashMap<>();
  private final Map<Integer, Tree> declarations = new HashMap<>();
  private final Map<Integer, List<At>> starts = new HashMap<>();

  private TreeLines() {}

  static TreeLines of(CompilationUnitTree unit, Trees trees) {
    TreeLines index = new TreeLines();
    SourcePositions positions = trees.getSourcePositions();
    LineMap map = unit.getLineMap();
    Text text = new Text(unit);
    new TreeScanner<Void, Void>() {
      @Override
      public Void scan(Tree tree, Void unused) {
        if (tree != null && tree != unit) {
          long start = positions.getStartPosition(unit, tree);
          if (start >= 0) {
            index.add(tree, start, positions, unit, map, text);
          }
        }
        return super.scan(tree, unused);
      }
    }.scan(unit, null);
    return index;
  }

  /** The tree for a finding at {@code line} and {@code column} (0 when unknown). */
  Optional<Tree> at(int line, int column) {
    List<At> startingHere = starts.getOrDefault(line, List.of());
    List<At> annotated = annotations.getOrDefault(line, List.of());
    for (At a : annotated) {
      if (a.column() == column) {
        return Optional.of(a.tree());
      }
    }
    if (!annotated.isEmpty()) {
      return annotated.stream().min(Comparator.comparingInt(a -> Math.abs(a.column() - column))).map(At::tree);
    }
    if (declarations.containsKey(line)) {
      return Optional.of(declarations.get(line));
    }
    return startingHere.stream().filter(a -> a.column() == column).findFirst()
        .or(() -> startingHere.stream().findFirst())
        .map(At::tree);
  }

  private void add(Tree tree, long start, SourcePositions positions, CompilationUnitTree unit, LineMap map,
      Text text) {
    int line = (int) map.getLineNumber(start);
    At at = new At((int) map.getColumnNumber(start), tree);
    // pre-order: an enclosing tree is added before the trees inside it
    starts.computeIfAbsent(line, l -> new ArrayList<>()).add(at);
    if (tree instanceof AnnotationTree) {
      annotations.computeIfAbsent(line, l -> new ArrayList<>()).add(at);
    }
    if (tree instanceof ClassTree || tree instanceof MethodTree || tree instanceof VariableTree) {
      long end = positions.getEndPosition(unit, tree);
      boolean oneLine = tree instanceof VariableTree && end >= 0 && map.getLineNumber(end) == line;
      long name = oneLine ? -1 : namePosition(tree, start, positions, unit, text.get());
      int nameLine = name < 0 ? line : (int) map.getLineNumber(name);
      for (int l = line; l <= nameLine; l++) {
        declarations.put(l, tree); // a nested declaration replaces the one around it
      }
    }
  }

  /** Where a declaration's name is written, found in the text after its modifiers and type; -1 when not found. */
  private static long namePosition(Tree tree, long start, SourcePositions positions, CompilationUnitTree unit,
      String text) {
    if (text == null) {
      return -1;
    }
    String name;
    Tree before;
    if (tree instanceof ClassTree c) {
      name = c.getSimpleName().toString();
      before = c.getModifiers();
    } else if (tree instanceof MethodTree m) {
      name = m.getName().contentEquals("<init>") ? null : m.getName().toString();
      before = m.getReturnType() != null ? m.getReturnType() : m.getModifiers();
    } else {
      VariableTree v = (VariableTree) tree;
      name = v.getName().toString();
      before = v.getType() != null ? v.getType() : v.getModifiers();
    }
    long from = before == null ? start : Math.max(start, positions.getEndPosition(unit, before));
    if (from < 0 || from >= text.length()) {
      return -1;
    }
    return name == null || name.isEmpty() ? constructorName(text, (int) from) : find(text, name, (int) from);
  }

  private static long find(String s, String name, int from) {
    for (int i = s.indexOf(name, from); i >= 0; i = s.indexOf(name, i + 1)) {
      boolean startsWord = i == 0 || !Character.isJavaIdentifierPart(s.charAt(i - 1));
      int end = i + name.length();
      boolean endsWord = end >= s.length() || !Character.isJavaIdentifierPart(s.charAt(end));
      if (startsWord && endsWord) {
        return i;
      }
    }
    return -1;
  }

  /** A constructor's name is the first identifier followed by its parameter list. */
  private static long constructorName(String text, int from) {
    int paren = text.indexOf('(', from);
    if (paren < 0) {
      return -1;
    }
    int i = paren - 1;
    while (i >= from && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    while (i > from && Character.isJavaIdentifierPart(text.charAt(i - 1))) {
      i--;
    }
    return i >= from ? i : -1;
  }

  /** The text of the unit, read again from its file only when a declaration's head spans lines. */
  private static final class Text {
    private final CompilationUnitTree unit;
    private String text;
    private boolean read;

    Text(CompilationUnitTree unit) {
      this.unit = unit;
    }

    String get() {
      if (!read) {
        read = true;
        try {
          text = unit.getSourceFile().getCharContent(true).toString();
        } catch (IOException | RuntimeException e) {
          text = null;
        }
      }
      return text;
    }
  }
}
