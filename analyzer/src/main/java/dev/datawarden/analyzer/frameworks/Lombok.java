package dev.datawarden.analyzer.frameworks;

import dev.datawarden.analyzer.model.Elements;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import spoon.reflect.declaration.CtAnnotation;
import spoon.reflect.declaration.CtType;

/** Lombok: the members its annotations generate, which the source model does not contain. */
final class Lombok implements FrameworkModel {
  private final Set<String> toStringAnnotations;
  private final Map<String, String> loggers;

  Lombok(FrameworkData data) {
    toStringAnnotations = data.names("lombok", "toStringAnnotations");
    loggers = data.map("lombok", "loggers");
  }

  @Override
  public boolean generatesToString(CtType<?> type) {
    return Elements.annotated(type, toStringAnnotations);
  }

  @Override
  public Optional<String> generatedLogger(CtAnnotation<?> annotation) {
    return Optional.ofNullable(loggers.get(Elements.simpleName(annotation)));
  }
}
