package dev.datawarden.analyzer.model;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.PackageDeclaration;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which files declare a top-level type JDT found twice. JDT names whichever declaration it met
 * second, in an order that varies from run to run; the analysis keeps the first file in path
 * order instead, so the same input always leaves out the same files.
 */
final class DuplicateTypes {
  private DuplicateTypes() {}

  /** The files among {@code candidates} declaring the top-level type {@code simpleName} in {@code file}'s package, sorted. */
  static List<Path> declaring(Path file, String simpleName, Collection<Path> candidates, Charset encoding) {
    Optional<String> pkg = parse(file, encoding).map(DuplicateTypes::packageOf);
    Set<Path> found = new TreeSet<>();
    found.add(file);
    if (pkg.isEmpty()) {
      return List.copyOf(found);
    }
    for (Path c : candidates) {
      if (c.equals(file) || !mentions(c, simpleName, encoding)) {
        continue;
      }
      parse(c, encoding).filter(cu -> packageOf(cu).equals(pkg.get())
              && cu.getTypes().stream().anyMatch(t -> t.getNameAsString().equals(simpleName)))
          .ifPresent(cu -> found.add(c));
    }
    return List.copyOf(found);
  }

  private static boolean mentions(Path file, String name, Charset encoding) {
    try {
      return new String(Files.readAllBytes(file), encoding).contains(name);
    } catch (IOException e) {
      return false;
    }
  }

  private static String packageOf(CompilationUnit cu) {
    return cu.getPackageDeclaration().map(PackageDeclaration::getNameAsString).orElse("");
  }

  private static Optional<CompilationUnit> parse(Path file, Charset encoding) {
    try {
      return new JavaParser(new ParserConfiguration().setCharacterEncoding(encoding)
          .setLanguageLevel(ParserConfiguration.LanguageLevel.BLEEDING_EDGE)).parse(file).getResult();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The line where {@code file} declares the top-level type {@code simpleName}; its first line when not found. */
  static int line(Path file, String simpleName, Charset encoding) {
    return parse(file, encoding).flatMap(cu -> cu.getTypes().stream()
            .filter(t -> t.getNameAsString().equals(simpleName)).findFirst())
        .flatMap(t -> t.getName().getBegin()).map(p -> p.line).orElse(1);
  }
}
