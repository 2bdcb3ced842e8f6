package spoon.support.compiler.jdt;

import org.eclipse.jdt.internal.compiler.ast.CompilationUnitDeclaration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Map;
import spoon.reflect.cu.CompilationUnit;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtMethod;
import spoon.reflect.declaration.CtPackage;
import spoon.reflect.declaration.CtType;
import spoon.reflect.declaration.CtTypeMember;
import spoon.reflect.factory.Factory;
import spoon.support.reflect.declaration.CtTypeImpl;

/**
 * Spoon's tree builder, adding each top-level type to its package and each method to its type
 * without the searches whose cost grows with what is already there. It lives in Spoon's package
 * because {@link ParentExiter}, the one place to change, can only be extended from there; it is
 * DataWarden's code, used by {@code dev.datawarden.analyzer.model.ModelBuilder}, and builds the
 * model Spoon's own builder builds ({@code ModelBuilderEquivalenceTest} compares the two).
 *
 * <p>Types: Spoon 11.5.0's {@code ParentExiter.visitCtPackage} asks {@code package.getTypes().contains(type)}
 * for every top-level type it adds, to remove an equal type first. {@code getTypes()} copies the
 * package's {@code ElementNameMap} through {@code entrySet()}, a {@code LinkedHashSet} of
 * {@code SimpleEntry(name, type)} whose hash is {@code name.hashCode() ^ (name.hashCode() + 1)}
 * (a type's hash is its name's plus one): a handful of values, so the entries pile into a few tree
 * bins whose keys cannot be ordered, and each insertion searches a whole bin. One call costs the
 * square of the types already in the package, and adding them all the cube: 2,766 classes in one
 * package of OWASP BenchmarkJava took 90 s of the model's 95. Adding the type puts it under its
 * simple name, replacing whatever was there with a new insertion number, exactly as removing an
 * equal one first and then adding it does; the listener the analysis runs with ignores both events.
 *
 * <p>Methods: {@code CtTypeImpl.addMethod} prints the signature of every method already in the
 * type, for every method added, to replace one with the same signature: the square of a class's
 * methods in signatures printed (MyBatis Generator's {@code Example} classes have hundreds). Here
 * the same walk over the members compares with each method's signature printed once, when first
 * met; a method's signature is complete when it is added (its parameters are built before it).
 */
public final class LinearTreeBuilder extends JDTTreeBuilder {
  private final ParentExiter exiter = new TypeAddingExiter(this);

  public LinearTreeBuilder(Factory factory) {
    super(factory);
  }

  @Override
  public ParentExiter getExiter() {
    return exiter;
  }

  /** The imports of {@code unit}, as Spoon's own model build adds them after the first pass. */
  public static void buildImports(CompilationUnitDeclaration unit, Factory factory) {
    new JDTImportBuilder(unit, factory).build();
  }

  /** Whether a type class adds methods with {@code CtTypeImpl.addMethod} (annotation types and type parameters do not). */
  private static final ClassValue<Boolean> ADDS_METHODS_AS_SPOON = new ClassValue<>() {
    @Override
    protected Boolean computeValue(Class<?> type) {
      try {
        return type.getMethod("addMethod", CtMethod.class).getDeclaringClass() == CtTypeImpl.class;
      } catch (NoSuchMethodException e) {
        return false;
      }
    }
  };

  private static final class TypeAddingExiter extends ParentExiter {
    private CtElement child;
    // by identity: Spoon's equals() compares elements by their text
    private final Map<CtType<?>, Map<CtMethod<?>, String>> signatures = new IdentityHashMap<>();

    TypeAddingExiter(JDTTreeBuilder builder) {
      super(builder);
    }

    @Override
    public void setChild(CtElement child) {
      this.child = child;
      super.setChild(child);
    }

    @Override
    public <T> void scanCtType(CtType<T> type) {
      if (child instanceof CtMethod<?> method && ADDS_METHODS_AS_SPOON.get(type.getClass())) {
        addMethod(type, method);
        return;
      }
      super.scanCtType(type);
    }

    /** {@code CtTypeImpl.addMethod}, with each signature printed once. */
    private void addMethod(CtType<?> type, CtMethod<?> method) {
      Map<CtMethod<?>, String> known = signatures.computeIfAbsent(type, t -> new IdentityHashMap<>());
      String signature = method.getSignature();
      for (CtTypeMember member : new ArrayList<>(type.getTypeMembers())) {
        if (member instanceof CtMethod<?> m && known.computeIfAbsent(m, CtMethod::getSignature).equals(signature)) {
          type.removeTypeMember(m);
        }
      }
      type.addTypeMember(method);
      known.put(method, signature);
    }

    @Override
    public void visitCtPackage(CtPackage p) {
      if (!(child instanceof CtType<?> type)) {
        super.visitCtPackage(p);
        return;
      }
      p.addType(type);
      CompilationUnit unit = type.getPosition().getCompilationUnit();
      if (unit != null) {
        unit.addDeclaredType(type);
      }
    }
  }
}
