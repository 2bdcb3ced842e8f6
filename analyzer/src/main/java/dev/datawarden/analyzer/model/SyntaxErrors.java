package dev.datawarden.analyzer.model;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import dev.datawarden.analyzer.api.Location;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.MalformedInputException;
import java.nio.file.Path;

/**
 * Explains why Spoon left a file out of the model. Spoon drops a file with syntax errors without
 * saying where they are, so the file is parsed again, alone, to find the first error's line. A file
 * valid only at a source level newer than the model's is said to be so, not to be broken.
 */
final class SyntaxErrors {
  /** The newest source level the model is built at (JDT's compliance, capped in ModelBuilder). */
  private static final int MODELLED = 21;
  /** The newest source level the parser that explains errors knows. */
  private static final int NEWEST = 26;

  private SyntaxErrors() {}

  /**
   * Why the file is not in the model; null when it is valid Java that declares no type (its code
   * all commented out, a {@code package-info.java}), which JDT leaves out of the model as empty.
   */
  static dev.datawarden.analyzer.api.Problem describe(Path file, String displayName, int sourceLevel, Charset encoding) {
    ParserConfiguration config = new ParserConfiguration().setLanguageLevel(level(sourceLevel))
        .setCharacterEncoding(encoding);
    int line = 0;
    String key = "source.unparseable.unmodelled";
    String why = "";
    try {
      ParseResult<CompilationUnit> parsed = new JavaParser(config).parse(file);
      if (parsed.getProblems().isEmpty() && parsed.getResult().filter(
          cu -> cu.getTypes().isEmpty() && cu.getModule().isEmpty()).isPresent()) {
        return null;
      }
      if (!parsed.getProblems().isEmpty()) {
        Problem first = parsed.getProblems().get(0);
        line = first.getLocation().flatMap(l -> l.getBegin().getRange()).map(r -> r.begin.line).orElse(0);
        key = "source.unparseable";
        why = first.getMessage().lines().findFirst().orElse(first.getMessage())
            .replaceFirst(",? expected one of .*", "");
      }
    } catch (MalformedInputException e) {
      key = "source.unparseable.encoding";
      why = encoding.name();
    } catch (IOException e) {
      key = "source.unparseable.unreadable";
      why = String.valueOf(e.getMessage());
    }
    if (line > 0 && sourceLevel > MODELLED && parsesAt(file, sourceLevel, encoding)) {
      // valid at the project's newer level: syntax the model (JDT at Java 21) does not take yet
      return dev.datawarden.analyzer.api.Problem.of(dev.datawarden.analyzer.api.Problem.Kind.UNSUPPORTED,
          new Location(displayName, line, 0), "unsupported.newerSyntax", Math.min(sourceLevel, NEWEST), MODELLED, why);
    }
    return dev.datawarden.analyzer.api.Problem.of(dev.datawarden.analyzer.api.Problem.Kind.UNPARSEABLE_FILE,
        new Location(displayName, Math.max(1, line), 0), key, why);
  }

  private static boolean parsesAt(Path file, int sourceLevel, Charset encoding) {
    ParserConfiguration config = new ParserConfiguration().setCharacterEncoding(encoding)
        .setLanguageLevel(ParserConfiguration.LanguageLevel.valueOf("JAVA_" + Math.min(sourceLevel, NEWEST)));
    try {
      return new JavaParser(config).parse(file).getProblems().isEmpty();
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static ParserConfiguration.LanguageLevel level(int sourceLevel) {
    return switch (Math.min(sourceLevel, MODELLED)) {
      case 8 -> ParserConfiguration.LanguageLevel.JAVA_8;
      case 9 -> ParserConfiguration.LanguageLevel.JAVA_9;
      case 10 -> ParserConfiguration.LanguageLevel.JAVA_10;
      case 11 -> ParserConfiguration.LanguageLevel.JAVA_11;
      case 12, 13, 14, 15, 16 -> ParserConfiguration.LanguageLevel.JAVA_16;
      case 17, 18, 19, 20 -> ParserConfiguration.LanguageLevel.JAVA_17;
      default -> ParserConfiguration.LanguageLevel.JAVA_21;
    };
  }
}
