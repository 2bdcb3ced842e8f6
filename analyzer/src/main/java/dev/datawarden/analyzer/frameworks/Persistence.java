package dev.datawarden.analyzer.frameworks;

import dev.datawarden.analyzer.model.Elements;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import spoon.reflect.code.CtExpression;
import spoon.reflect.code.CtLiteral;
import spoon.reflect.declaration.CtAnnotation;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtMethod;
import spoon.reflect.declaration.CtType;
import spoon.reflect.visitor.filter.TypeFilter;

/**
 * Persistence frameworks (JPA, Hibernate, Spring Data, MongoDB, MyBatis and MyBatis-Plus,
 * tk.mybatis): which types are stored, which of their fields identify rows or relate to other
 * stored objects, which objects store and delete what they are given, which interfaces are
 * repositories and which of their methods write.
 */
public final class Persistence implements FrameworkModel {
  private final Set<String> entityAnnotations;
  private final Set<String> identifierAnnotations;
  private final Set<String> relationAnnotations;
  private final Set<String> sharedReferenceAnnotations;
  private final Set<String> managers;
  private final List<String> repositorySupertypes;
  private final Set<String> repositoryAnnotations;
  private final List<String> repositoryPackages;
  private final List<String> repositorySuffixes;
  private final List<String> writePrefixes;
  private final Set<String> statementAnnotations;

  Persistence(FrameworkData data) {
    entityAnnotations = data.names("persistence", "entityAnnotations");
    identifierAnnotations = data.names("persistence", "identifierAnnotations");
    relationAnnotations = data.names("persistence", "relationAnnotations");
    sharedReferenceAnnotations = data.names("persistence", "sharedReferenceAnnotations");
    managers = data.names("persistence", "managers");
    repositorySupertypes = data.ordered("persistence", "repositorySupertypes");
    repositoryAnnotations = data.names("persistence", "repositoryAnnotations");
    repositoryPackages = data.ordered("persistence", "repositoryPackages");
    repositorySuffixes = data.ordered("persistence", "repositorySuffixes");
    writePrefixes = data.ordered("persistence", "writePrefixes");
    statementAnnotations = data.names("persistence", "statementAnnotations");
  }

  /** True for a stored type: {@code @Entity}, {@code @Table}, {@code @Document}, {@code @TableName}... */
  public boolean isEntity(CtElement type) {
    return Elements.annotated(type, entityAnnotations);
  }

  /** The first annotation that makes the element stored, by simple name. */
  public Optional<String> entityAnnotation(CtElement type) {
    return type.getAnnotations().stream().map(Elements::simpleName).filter(entityAnnotations::contains).findFirst();
  }

  /** True for a field that identifies or versions a row: not personal information of its own. */
  public boolean isIdentifier(CtElement field) {
    return Elements.annotated(field, identifierAnnotations);
  }

  /** The annotation relating a field to separately stored objects ({@code @OneToMany}...), if any. */
  public Optional<CtAnnotation<?>> relation(CtElement field) {
    return field.getAnnotations().stream().filter(a -> relationAnnotations.contains(Elements.simpleName(a))).findFirst();
  }

  /**
   * True for the inverse side of a JPA relation ({@code @OneToMany(mappedBy = "owner")}) that does
   * not cascade persisting or merging: saving the object does not write what the field holds.
   */
  public boolean isInverseSide(CtElement field) {
    Optional<CtAnnotation<?>> relation = relation(field);
    if (relation.isEmpty() || relation.get().getValues().get("mappedBy") == null) {
      return false;
    }
    CtExpression<?> cascade = relation.get().getValues().get("cascade");
    if (cascade == null) {
      return true;
    }
    String kinds = cascade.toString();
    return !(kinds.contains("ALL") || kinds.contains("PERSIST") || kinds.contains("MERGE"));
  }

  /** True for a relation to data shared with others, never owned by the referring object. */
  public boolean isSharedReference(CtElement field) {
    return Elements.annotated(field, sharedReferenceAnnotations);
  }

  /** The objects that store and delete entities handed to them, by qualified name. */
  public Set<String> managers() {
    return managers;
  }

  /** True when one of a type's names is a persistence manager's. */
  public boolean isManager(Collection<String> typeNames) {
    return typeNames.stream().anyMatch(managers::contains);
  }

  /** True when a supertype of this qualified name makes an interface a repository or mapper. */
  public boolean isRepositorySupertype(String qualifiedName) {
    return repositorySupertypes.stream().anyMatch(qualifiedName::startsWith);
  }

  /** True for a type annotated as a repository or mapper. */
  public boolean hasRepositoryAnnotation(CtElement type) {
    return Elements.annotated(type, repositoryAnnotations);
  }

  /** True for a type of a package whose repositories name their entity as a type argument. */
  public boolean inRepositoryPackage(String qualifiedName) {
    return repositoryPackages.stream().anyMatch(qualifiedName::startsWith);
  }

  /** The endings of repository type names, in the order they are tried. */
  public List<String> repositorySuffixes() {
    return repositorySuffixes;
  }

  /** True for a repository method that writes what it is given: {@code save...}, {@code insert...}. */
  public boolean isWrite(String method) {
    return writePrefixes.stream().anyMatch(method::startsWith);
  }

  /**
   * The statement a repository or mapper method's annotation gives it (MyBatis {@code @Insert},
   * {@code @Update}, {@code @Delete}, {@code @Select}; Spring Data's {@code @Query}): what it does,
   * by its SQL or JPQL first and the annotation's name when the text does not say, and its text.
   * Empty for a method without one.
   */
  public Optional<MyBatisMappers.Statement> annotatedStatement(CtMethod<?> method) {
    for (CtAnnotation<?> a : method.getAnnotations()) {
      String name = a.getAnnotationType().getQualifiedName();
      if (!statementAnnotations.contains(name)) {
        continue;
      }
      StringBuilder text = new StringBuilder();
      CtExpression<?> value = a.getValues().get("value");
      if (value != null) {
        for (CtLiteral<?> literal : value.getElements(new TypeFilter<>(CtLiteral.class))) {
          if (literal.getValue() instanceof String s) {
            text.append(s).append(' ');
          }
        }
      }
      String sql = text.toString().strip();
      MyBatisMappers.Kind byName = switch (Elements.simpleName(a)) {
        case "Insert" -> MyBatisMappers.Kind.INSERT;
        case "Update" -> MyBatisMappers.Kind.UPDATE;
        case "Delete" -> MyBatisMappers.Kind.DELETE;
        default -> MyBatisMappers.Kind.SELECT;
      };
      MyBatisMappers.Kind kind = MyBatisMappers.kindOf(sql).orElse(byName);
      CtType<?> owner = method.getDeclaringType();
      return Optional.of(new MyBatisMappers.Statement(owner == null ? "" : owner.getQualifiedName(), method.getSimpleName(),
          kind, sql, null));
    }
    return Optional.empty();
  }
}
