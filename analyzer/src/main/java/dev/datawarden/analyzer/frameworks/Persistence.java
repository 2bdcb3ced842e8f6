package dev.datawarden.analyzer.frameworks;

import dev.datawarden.analyzer.model.Elements;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import spoon.reflect.declaration.CtAnnotation;
import spoon.reflect.declaration.CtElement;

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
}
