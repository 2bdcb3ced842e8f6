package dev.datawarden.analyzer.model;

import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.api.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import spoon.reflect.CtModel;
import spoon.reflect.code.CtFieldAccess;
import spoon.reflect.code.CtLocalVariable;
import spoon.reflect.code.CtPattern;
import spoon.reflect.code.CtRecordPattern;
import spoon.reflect.code.CtTypePattern;
import spoon.reflect.code.CtVariableRead;
import spoon.reflect.cu.SourcePosition;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtExecutable;
import spoon.reflect.declaration.CtType;
import spoon.reflect.visitor.filter.TypeFilter;

/**
 * Constructs the model holds but the flow engine does not follow, each reported as a problem at its
 * line so that what they hide is a known gap rather than a silent miss. Patterns bind variables to
 * the value they test, and values reaching those variables are not traced:
 * <ul>
 *   <li>a record pattern ({@code o instanceof Point(int x, int y)}, {@code case Point(var x, var y) ->}),
 *       Java 19 and later;
 *   <li>a type pattern ({@code o instanceof String s}, {@code case String s ->}), Java 16 and later,
 *       when its variable is used as a value: one only read through ({@code p.phone}, as in an
 *       {@code equals} method) loses nothing, since a declared field read is a source wherever it is
 *       read from.
 * </ul>
 */
final class UnsupportedConstructs {
  /** The source level type patterns came with (final in Java 16). */
  static final int TYPE_PATTERNS = 16;
  /** The source level record patterns came with (preview in Java 19). */
  static final int RECORD_PATTERNS = 19;

  private UnsupportedConstructs() {}

  /** Reports each outermost record pattern and each type pattern used as a value in the analysed files, once a line. */
  static void report(CtModel model, List<Path> analysed, Path baseDirectory, int sourceLevel,
      Consumer<Problem> problems) {
    if (sourceLevel < TYPE_PATTERNS) {
      return; // no source at this level holds a pattern: the scan of the whole model is saved
    }
    Set<Path> files = Set.copyOf(analysed);
    Set<String> reported = new TreeSet<>();
    for (CtPattern element : model.getElements(new TypeFilter<>(CtPattern.class))) {
      if (element.getParent(CtRecordPattern.class) != null) {
        continue; // a nested pattern is part of its outer one
      }
      String what;
      Object[] args;
      if (element instanceof CtRecordPattern) {
        what = "unsupported.recordPattern";
        args = new Object[] {element};
      } else if (element instanceof CtTypePattern type && usedAsValue(type.getVariable())) {
        what = "unsupported.typePattern";
        args = new Object[] {element, type.getVariable().getSimpleName()};
      } else {
        continue;
      }
      SourcePosition position = element.getPosition();
      if (!position.isValidPosition() || position.getFile() == null) {
        continue;
      }
      Path file = position.getFile().toPath().toAbsolutePath().normalize();
      if (!files.contains(file)) {
        continue; // another module's sources, whose own analysis reports it
      }
      String display = Location.displayPath(baseDirectory, file);
      if (reported.add(display + ":" + position.getLine())) {
        problems.accept(Problem.of(Problem.Kind.UNSUPPORTED, new Location(display, position.getLine(), 0), what, args));
      }
    }
  }

  /** True when the pattern's variable is read other than as the target of a field read. */
  private static boolean usedAsValue(CtLocalVariable<?> variable) {
    if (variable == null || "_".equals(variable.getSimpleName())) {
      return false;
    }
    CtElement scope = variable.getParent(CtExecutable.class);
    if (scope == null) {
      scope = variable.getParent(CtType.class);
    }
    if (scope == null) {
      return true;
    }
    for (CtVariableRead<?> read : scope.getElements(new TypeFilter<>(CtVariableRead.class))) {
      if (read.getVariable() == null || !variable.getSimpleName().equals(read.getVariable().getSimpleName())
          || read.getVariable().getDeclaration() != variable) {
        continue;
      }
      if (!(read.getParent() instanceof CtFieldAccess<?> access && access.getTarget() == read)) {
        return true;
      }
    }
    return false;
  }
}
