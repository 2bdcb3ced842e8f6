package dev.datawarden.analyzer.fix;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.expr.AnnotationExpr;
import dev.datawarden.analyzer.frameworks.FrameworkData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The markers by which a generator says it wrote a Java file ({@code generator-markers.yml}): an
 * annotation named {@code Generated} of any package, or a comment such as "This class was generated
 * by MyBatis Generator". A file carrying one is regenerated, so annotations inserted in it would be lost.
 */
final class GeneratorMarkers {
  private static final String RESOURCE = "/dev/datawarden/analyzer/fix/generator-markers.yml";
  private static final GeneratorMarkers BUILTIN = read();

  private final List<String> annotations;
  private final List<String> comments;

  private GeneratorMarkers(List<String> annotations, List<String> comments) {
    this.annotations = List.copyOf(annotations);
    this.comments = comments.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
  }

  static GeneratorMarkers builtin() {
    return BUILTIN;
  }

  /** The marker the file carries ({@code @Generated}, or the comment's words), if any. */
  Optional<String> in(String text, CompilationUnit unit) {
    for (AnnotationExpr a : unit.findAll(AnnotationExpr.class)) {
      String name = a.getNameAsString();
      if (annotations.contains(name.substring(name.lastIndexOf('.') + 1))) {
        return Optional.of("@" + name);
      }
    }
    for (Comment c : unit.getAllComments()) {
      String content = c.getContent().toLowerCase(Locale.ROOT);
      for (String marker : comments) {
        if (content.contains(marker)) {
          return Optional.of("\"" + c.getContent().strip().lines().filter(l -> l.toLowerCase(Locale.ROOT).contains(marker))
              .findFirst().orElse(marker).replaceFirst("^[*\\s]+", "").strip() + "\"");
        }
      }
    }
    return Optional.empty();
  }

  private static GeneratorMarkers read() {
    Map<String, Object> yaml = FrameworkData.bundledMap(GeneratorMarkers.class, RESOURCE);
    return new GeneratorMarkers(strings(yaml.get("annotations")), strings(yaml.get("comments")));
  }

  private static List<String> strings(Object value) {
    List<String> out = new ArrayList<>();
    if (value instanceof List<?> list) {
      list.forEach(v -> out.add(String.valueOf(v).trim()));
    }
    return out;
  }
}
