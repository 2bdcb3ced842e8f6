package dev.datawarden.analyzer.frameworks;

import spoon.reflect.declaration.CtRecord;
import spoon.reflect.declaration.CtType;

/** Java records: the compiler generates a {@code toString} that prints every component. */
final class Records implements FrameworkModel {
  @Override
  public boolean generatesToString(CtType<?> type) {
    return type instanceof CtRecord;
  }
}
