package spoon.support.compiler.jdt;

import org.eclipse.jdt.internal.compiler.ast.CompilationUnitDeclaration;
import spoon.reflect.cu.CompilationUnit;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtPackage;
import spoon.reflect.declaration.CtType;
import spoon.reflect.factory.Factory;

/**
 * Spoon's tree builder, which puts each top-level type into its package in constant time. It
 * lives in Spoon's package because {@link ParentExiter}, the one place to change, can only be
 * extended from there; it is DataWarden's code, used by {@code dev.datawarden.analyzer.model.ModelBuilder}.
 *
 * <p>Why: Spoon 11.5.0's {@code ParentExiter.visitCtPackage} asks {@code package.getTypes().contains(type)}
 * for every top-level type it adds, to remove an equal type first. {@code getTypes()} copies the
 * package's {@code ElementNameMap} through {@code entrySet()}, a {@code LinkedHashSet} of
 * {@code SimpleEntry(name, type)} whose hash is {@code name.hashCode() ^ (name.hashCode() + 1)}
 * (a type's hash is its name's plus one): a handful of values, so the entries pile into a few tree
 * bins whose keys cannot be ordered, and each insertion searches a whole bin. One call costs the
 * square of the types already in the package, and adding them all the cube: 2,766 classes in one
 * package of OWASP BenchmarkJava took 90 s of the model's 95.
 *
 * <p>Adding the type puts it under its simple name, replacing whatever was there with a new
 * insertion number, exactly as removing an equal one first and then adding it does; the listener
 * the analysis runs with ignores both events. So the package ends with the same types in the same
 * order ({@code ModelBuilderEquivalenceTest} compares with Spoon's own tree builder).
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

  private static final class TypeAddingExiter extends ParentExiter {
    private CtElement child;

    TypeAddingExiter(JDTTreeBuilder builder) {
      super(builder);
    }

    @Override
    public void setChild(CtElement child) {
      this.child = child;
      super.setChild(child);
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
