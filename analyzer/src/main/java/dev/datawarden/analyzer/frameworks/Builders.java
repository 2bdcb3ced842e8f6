package dev.datawarden.analyzer.frameworks;

import dev.datawarden.analyzer.model.ModelIndex;
import spoon.reflect.code.CtExpression;
import spoon.reflect.code.CtInvocation;
import spoon.reflect.code.CtTypeAccess;
import spoon.reflect.declaration.CtType;
import spoon.reflect.reference.CtTypeReference;

/** Builders (Lombok's {@code @Builder}, hand-written ones alike): {@code T.builder().a(x).b(y)} builds a {@code T}. */
public final class Builders {
  private Builders() {}

  /** For a call on {@code T.builder()} or {@code t.toBuilder()}, the analysed type {@code T}; null for anything else. */
  public static CtType<?> builtType(CtExpression<?> target, ModelIndex index) {
    CtExpression<?> e = target;
    while (e instanceof CtInvocation<?> call) {
      String name = call.getExecutable().getSimpleName();
      if (name.equals("builder") || name.equals("toBuilder")) {
        CtTypeReference<?> owner = call.getTarget() instanceof CtTypeAccess<?> access
            ? access.getAccessedType() : call.getExecutable().getDeclaringType();
        return owner == null ? null : index.modelType(owner);
      }
      e = call.getTarget();
    }
    return null;
  }
}
