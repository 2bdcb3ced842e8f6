package spoon.support.compiler.jdt;

import org.eclipse.jdt.core.compiler.CharOperation;
import org.eclipse.jdt.internal.compiler.ast.CompilationUnitDeclaration;
import org.eclipse.jdt.internal.compiler.lookup.MissingTypeBinding;
import org.eclipse.jdt.internal.compiler.lookup.TypeBinding;
import spoon.reflect.reference.CtTypeReference;

/**
 * Spoon's reference builder, keeping the package JDT gives a type the class path does not provide
 * when the code wrote it fully qualified. Spoon 11.5.0 names such a type ({@code MissingTypeBinding})
 * by the first import of the same simple name, whatever package JDT found: in a file importing
 * Xiaomi's {@code com.xiaomi.xmpush.server.Sender}, a field of type {@code com.vivo.push.sdk.server.Sender}
 * became Xiaomi's, and so did every read of it and every call on it. JDT's package is the one
 * written when it is neither empty nor the file's own package (where JDT puts a simple name it
 * cannot resolve); only then is it kept. Like {@link LinearTreeBuilder}, DataWarden's code in
 * Spoon's package, where the reference builder can be extended; installed by
 * {@code dev.datawarden.analyzer.model.ModelBuilder} in every tree builder it runs.
 */
public final class WrittenPackageReferences extends ReferenceBuilder {
  private final JDTTreeBuilder builder;

  private WrittenPackageReferences(JDTTreeBuilder builder) {
    super(builder);
    this.builder = builder;
  }

  /**
   * Puts this reference builder into {@code builder}, before it builds anything: Spoon's tree builder
   * holds its reference builder in a final field and uses it directly, so it is replaced there.
   */
  public static void install(JDTTreeBuilder builder) {
    try {
      java.lang.reflect.Field references = JDTTreeBuilder.class.getDeclaredField("references");
      references.setAccessible(true);
      references.set(builder, new WrittenPackageReferences(builder));
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("Spoon's tree builder has no reference builder to replace", e);
    }
  }

  @Override
  <T> CtTypeReference<T> getTypeReference(TypeBinding binding, boolean resolveGeneric) {
    CtTypeReference<T> ref = super.getTypeReference(binding, resolveGeneric);
    if (binding instanceof MissingTypeBinding missing && ref != null && ref.getDeclaringType() == null
        && missing.compoundName.length > 1) {
      char[][] packageName = CharOperation.subarray(missing.compoundName, 0, missing.compoundName.length - 1);
      String written = new String(CharOperation.concatWith(packageName, '.'));
      if (!written.equals(ref.getPackage() == null ? "" : ref.getPackage().getQualifiedName()) && !ownPackage(packageName)) {
        ref.setPackage(getPackageReference(written));
      }
    }
    return ref;
  }

  /** Whether a package is the one of the file being built, where JDT puts a simple name it cannot resolve. */
  private boolean ownPackage(char[][] packageName) {
    CompilationUnitDeclaration unit = builder.getContextBuilder().compilationunitdeclaration;
    char[][] own = unit == null || unit.currentPackage == null ? CharOperation.NO_CHAR_CHAR : unit.currentPackage.tokens;
    return CharOperation.equals(packageName, own);
  }
}
