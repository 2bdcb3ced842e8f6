package dev.datawarden.analyzer.frameworks;

import dev.datawarden.analyzer.model.Elements;
import dev.datawarden.analyzer.model.ModelIndex;
import dev.datawarden.analyzer.model.SourceModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import spoon.reflect.code.CtExpression;
import spoon.reflect.code.CtLiteral;
import spoon.reflect.declaration.CtAnnotation;
import spoon.reflect.declaration.CtField;
import spoon.reflect.declaration.CtRecord;
import spoon.reflect.declaration.CtRecordComponent;
import spoon.reflect.declaration.CtType;
import spoon.reflect.declaration.CtTypeParameter;
import spoon.reflect.declaration.ModifierKind;
import spoon.reflect.reference.CtArrayTypeReference;
import spoon.reflect.reference.CtTypeParameterReference;
import spoon.reflect.reference.CtTypeReference;

/**
 * The analysed types, for the deletion analysis and what a query compares: found by qualified name (nested types joined by a
 * dot), by simple name and by the table they are stored in, with their stored fields and the
 * analysed types a declared type holds.
 */
public final class AnalysedTypes {
  private final ModelIndex index;
  private final Map<String, CtType<?>> byName = new LinkedHashMap<>();
  private final Map<String, List<CtType<?>>> bySimpleName = new HashMap<>();
  private final Map<String, Set<String>> byTable = new HashMap<>();
  private final Map<String, Set<String>> supertypeNames = new HashMap<>();
  private final Map<CtType<?>, List<CtField<?>>> storedFields = new IdentityHashMap<>();

  public AnalysedTypes(SourceModel model) {
    this(model.index());
  }

  public AnalysedTypes(ModelIndex index) {
    this.index = index;
    // top-level types and their member types: walking every element for local ones costs more than they matter
    for (CtType<?> t : index.topLevelTypes()) {
      add(t);
    }
  }

  private void add(CtType<?> t) {
    if (t instanceof CtTypeParameter || t.isShadow() || Elements.isAnonymous(t) || t.isLocalType()) {
      return;
    }
    byName.putIfAbsent(name(t), t);
    bySimpleName.computeIfAbsent(t.getSimpleName(), k -> new ArrayList<>()).add(t);
    for (String table : tableNames(t)) {
      byTable.computeIfAbsent(table, k -> new LinkedHashSet<>()).add(name(t));
    }
    for (CtType<?> nested : t.getNestedTypes()) {
      add(nested);
    }
  }

  public Collection<CtType<?>> all() {
    return byName.values();
  }

  /** The analysed type of this name ('$' or '.' before nested types), or null. */
  public CtType<?> get(String name) {
    return byName.get(normalise(name));
  }

  public List<CtType<?>> withSimpleName(String simpleName) {
    return bySimpleName.getOrDefault(simpleName, List.of());
  }

  /** The types stored in a table, by {@code @Table(name)}, {@code @Entity(name)}, {@code @TableName}, simple or snake_case name. */
  public Set<String> storedIn(String table) {
    return byTable.getOrDefault(table.toLowerCase(Locale.ROOT), Set.of());
  }

  /** The analysed types a declared type holds: itself, its array component, its type arguments. */
  public List<CtType<?>> held(CtTypeReference<?> type) {
    List<CtType<?>> found = new ArrayList<>();
    held(type, found, 0);
    return found;
  }

  private void held(CtTypeReference<?> type, List<CtType<?>> into, int depth) {
    if (type == null || depth > 3 || type instanceof CtTypeParameterReference) {
      return;
    }
    if (type instanceof CtArrayTypeReference<?> array) {
      held(array.getComponentType(), into, depth + 1);
      return;
    }
    CtType<?> t = get(type.getQualifiedName());
    if (t != null && !t.isEnum() && !t.isAnnotationType() && !into.contains(t)) {
      into.add(t);
    }
    for (CtTypeReference<?> argument : type.getActualTypeArguments()) {
      held(argument, into, depth + 1);
    }
  }

  /** The analysed classes among the type arguments of a type and of its analysed supertypes: {@code JpaRepository<Member, Long>}. */
  public Set<String> typeArguments(CtTypeReference<?> type) {
    Set<String> found = new LinkedHashSet<>();
    typeArguments(type, found, new java.util.HashSet<>(), 0);
    return found;
  }

  private void typeArguments(CtTypeReference<?> type, Set<String> into, Set<String> seen, int depth) {
    if (type == null || depth > 4 || !seen.add(type.toString())) {
      return;
    }
    for (CtTypeReference<?> argument : type.getActualTypeArguments()) {
      CtType<?> t = argument instanceof CtTypeParameterReference ? null : get(argument.getQualifiedName());
      if (t != null && !t.isInterface()) {
        into.add(name(t));
      }
    }
    CtType<?> declaration = get(type.getQualifiedName());
    if (declaration != null) {
      typeArguments(declaration.getSuperclass(), into, seen, depth + 1);
      for (CtTypeReference<?> i : declaration.getSuperInterfaces()) {
        typeArguments(i, into, seen, depth + 1);
      }
    }
  }

  /** A type's name and those of all its known supertypes, in the analysed code or on the class path. */
  public Set<String> names(CtTypeReference<?> type) {
    if (type == null) {
      return Set.of();
    }
    return supertypeNames.computeIfAbsent(normalise(type.getQualifiedName()), k -> {
      Set<String> names = new LinkedHashSet<>();
      for (String name : index.typeNames(type)) {
        names.add(normalise(name));
      }
      return names;
    });
  }

  /** True for a type neither analysed nor on the class path: without one, a type imported with a wildcard. */
  public boolean unresolved(CtTypeReference<?> type) {
    if (get(type.getQualifiedName()) != null) {
      return false;
    }
    try {
      return type.getTypeDeclaration() == null;
    } catch (RuntimeException e) {
      return true;
    }
  }

  /** The type and its analysed superclasses. */
  public List<CtType<?>> hierarchy(CtType<?> type) {
    List<CtType<?>> chain = new ArrayList<>();
    for (CtType<?> t = type; t != null && chain.size() < 16 && !chain.contains(t); ) {
      chain.add(t);
      CtTypeReference<?> sup = t.getSuperclass();
      t = sup == null ? null : get(sup.getQualifiedName());
    }
    return chain;
  }

  /** True when the types are one, or one is a subtype of the other: a delete of one may delete the other. */
  public boolean related(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    CtType<?> ta = get(a);
    CtType<?> tb = get(b);
    // Spoon's test only where the names allow it: the deletion analysis asks this of every type with every deleted type
    return ta != null && tb != null
        && (index.maySubtype(ta, tb) && subtype(ta, tb) || index.maySubtype(tb, ta) && subtype(tb, ta));
  }

  /**
   * The qualified names ({@code a.B$C}) that may name a supertype of the analysed type named
   * {@code name}, as {@link #related} filters with them; null when they are not known (then only
   * Spoon's test tells) or the type is not analysed.
   */
  public Set<String> possibleSupertypeNames(String name) {
    CtType<?> type = get(name);
    return type == null ? null : index.typeNames(type);
  }

  private static boolean subtype(CtType<?> a, CtType<?> b) {
    try {
      return a.isSubtypeOf(b.getReference());
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** The stored fields of a type: instance fields and record components, neither transient nor {@code @Transient}. */
  public List<CtField<?>> storedFields(CtType<?> type) {
    return storedFields.computeIfAbsent(type, t -> {
      List<CtField<?>> all = new ArrayList<>();
      if (t instanceof CtRecord record) {
        for (CtRecordComponent component : record.getRecordComponents()) {
          if (t.getField(component.getSimpleName()) == null) {
            all.add(component.toField());
          }
        }
      }
      all.addAll(t.getFields());
      return all.stream()
          .filter(f -> !f.hasModifier(ModifierKind.STATIC) && !f.hasModifier(ModifierKind.TRANSIENT)
              && !Elements.annotated(f, Set.of("Transient")))
          .toList();
    });
  }

  private static Set<String> tableNames(CtType<?> type) {
    Set<String> names = new LinkedHashSet<>();
    names.add(type.getSimpleName().toLowerCase(Locale.ROOT));
    names.add(type.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT));
    for (CtAnnotation<?> a : type.getAnnotations()) {
      String attribute = switch (Elements.simpleName(a)) {
        case "Table", "Entity" -> "name";
        case "TableName" -> "value";
        default -> null;
      };
      CtExpression<?> value = attribute == null ? null : a.getValues().get(attribute);
      if (value instanceof CtLiteral<?> literal && literal.getValue() instanceof String s && !s.isBlank()) {
        names.add(unquotedTable(s));
      }
    }
    return names;
  }

  private static final java.util.regex.Pattern SQL_WRITE = java.util.regex.Pattern.compile(
      "(?i)\\b(?:(?:insert|replace)(?:\\s+ignore)?\\s+into|update)\\s+([\\w.`\"\\[\\]]+)(?:\\s*\\(|\\s+set\\b|\\s+values\\b|\\s+select\\b)");

  /** The tables an SQL text inserts into or updates ({@code insert into t_member(...)}, {@code update member set}), unquoted, in order. */
  public static Set<String> writtenTables(String sql) {
    Set<String> tables = new LinkedHashSet<>();
    java.util.regex.Matcher m = SQL_WRITE.matcher(sql);
    while (m.find()) {
      tables.add(unquotedTable(m.group(1)));
    }
    return tables;
  }

  /** {@code shop."Member"} is the table {@code member}. */
  public static String unquotedTable(String name) {
    String bare = name.replaceAll("[`\"\\[\\]]", "");
    return bare.substring(bare.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
  }

  /** {@code getEmail} and {@code isAdult} read the properties {@code email} and {@code adult}; null for other names. */
  public static String name(CtType<?> type) {
    return normalise(type.getQualifiedName());
  }

  public static String normalise(String typeName) {
    return typeName.replace('$', '.');
  }

  public static String simpleName(String qualified) {
    return qualified.substring(qualified.lastIndexOf('.') + 1);
  }
}
