package dev.datawarden.analyzer.rules.deletion;

import static dev.datawarden.analyzer.frameworks.AnalysedTypes.name;
import static dev.datawarden.analyzer.frameworks.AnalysedTypes.normalise;
import static dev.datawarden.analyzer.frameworks.AnalysedTypes.simpleName;

import dev.datawarden.analyzer.fact.Declaration;
import dev.datawarden.analyzer.fact.DeletionPath;
import dev.datawarden.analyzer.fact.Facts;
import dev.datawarden.analyzer.fact.FieldKey;
import dev.datawarden.analyzer.fact.Role;
import dev.datawarden.analyzer.fact.Target;
import dev.datawarden.analyzer.flow.CallGraph;
import dev.datawarden.analyzer.flow.Knowledge;
import dev.datawarden.analyzer.frameworks.AnalysedTypes;
import dev.datawarden.analyzer.frameworks.JavaBeans;
import dev.datawarden.analyzer.frameworks.MyBatisMappers;
import dev.datawarden.analyzer.frameworks.Persistence;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import spoon.reflect.code.CtAssignment;
import spoon.reflect.code.CtBinaryOperator;
import spoon.reflect.code.CtConditional;
import spoon.reflect.code.CtConstructorCall;
import spoon.reflect.code.CtExpression;
import spoon.reflect.code.CtFieldRead;
import spoon.reflect.code.CtFieldWrite;
import spoon.reflect.code.CtInvocation;
import spoon.reflect.code.CtLiteral;
import spoon.reflect.code.CtNewArray;
import spoon.reflect.code.CtOperatorAssignment;
import spoon.reflect.code.CtReturn;
import spoon.reflect.code.CtStatement;
import spoon.reflect.code.CtTypeAccess;
import spoon.reflect.code.CtVariableRead;
import spoon.reflect.declaration.CtAnnotation;
import spoon.reflect.declaration.CtExecutable;
import spoon.reflect.declaration.CtField;
import spoon.reflect.declaration.CtType;
import spoon.reflect.declaration.ModifierKind;
import spoon.reflect.reference.CtExecutableReference;
import spoon.reflect.reference.CtFieldReference;
import spoon.reflect.reference.CtTypeReference;
import spoon.reflect.visitor.filter.TypeFilter;

/**
 * What each analysed method does itself (not its callees) towards deletion: the types it deletes,
 * the fields it clears, the soft-delete flags it sets. See {@link Deletions} for what counts.
 * Types are named as {@link AnalysedTypes} names them, fields keyed by the types' dotted names.
 */
final class MethodDeletions {

  /** One method's contribution. */
  static final class Effects {
    final Set<String> deleted = new LinkedHashSet<>();
    final Set<FieldKey> cleared = new LinkedHashSet<>();
    final Set<String> softDeleteFlags = new LinkedHashSet<>();
  }

  private static final Pattern SQL_DELETE = Pattern.compile("(?i)\\bdelete\\s+from\\s+([\\w.`\"\\[\\]]+)");
  private static final Pattern SOFT_DELETE_FLAG =
      Pattern.compile("(?i)(is)?(deleted|removed|erased|archived)(at|on|time|flag)?|del(ete)?flag");
  private static final Pattern CONSTANT_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

  private final Facts facts;
  private final CallGraph graph;
  private final Persistence persistence;
  private final AnalysedTypes types;
  private final Set<FieldKey> personalFields;
  private final MyBatisMappers mappers;
  private final Map<String, Set<String>> learnedTables;
  private final Map<CtExecutable<?>, Effects> effects = new IdentityHashMap<>();

  /**
   * {@code personalFields} are the declared personal fields, keyed by the types' dotted names: never parts of a clearing
   * value; {@code mappers} the statements of the project's MyBatis mapper XML files.
   */
  MethodDeletions(Facts facts, CallGraph graph, AnalysedTypes types, Set<FieldKey> personalFields, MyBatisMappers mappers) {
    this(facts, graph, types, personalFields, mappers, Map.of());
  }

  /**
   * As above; {@code learnedTables} are the analysed types stored in each table (lower case) besides
   * those its name and annotations map to it: types written there field by field, as their SQL says.
   */
  MethodDeletions(Facts facts, CallGraph graph, AnalysedTypes types, Set<FieldKey> personalFields, MyBatisMappers mappers,
      Map<String, Set<String>> learnedTables) {
    this.learnedTables = learnedTables;
    this.mappers = mappers;
    this.facts = facts;
    this.graph = graph;
    this.persistence = graph.frameworks().persistence();
    this.types = types;
    this.personalFields = personalFields;
  }

  /** True for the names of a Spring Data or MyBatis(-Plus) repository or mapper type and its supertypes. */
  boolean frameworkRepository(Set<String> names) {
    return names.stream().anyMatch(persistence::inRepositoryPackage);
  }

  Effects of(CtExecutable<?> method) {
    Effects fx = effects.get(method);
    if (fx == null) {
      fx = new Effects();
      if (method.getBody() != null) {
        collect(method, fx);
      }
      effects.put(method, fx);
    }
    return fx;
  }

  private void collect(CtExecutable<?> method, Effects fx) {
    for (CtInvocation<?> call : graph.index().within(method, CtInvocation.class)) {
      if (CallGraph.owner(call) == method) {
        deletedBy(call, fx.deleted);
        clearedBy(call, fx);
      }
    }
    for (CtAssignment<?, ?> a : graph.index().within(method, CtAssignment.class)) {
      if (CallGraph.owner(a) == method && !(a instanceof CtOperatorAssignment<?, ?>)
          && a.getAssigned() instanceof CtFieldWrite<?> write) {
        FieldKey key = fieldKey(write.getVariable());
        if (key != null) {
          written(key, a.getAssignment(), fx);
        }
      }
    }
    for (String text : sqlTexts(method)) {
      sqlDeletes(text, fx.deleted);
    }
  }

  /**
   * The strings of a method's own code that may be SQL: its literals, its concatenations of
   * constants ({@code "DELETE FROM " + TABLE + " WHERE id = ?"}), the literals of the {@code static
   * final} constants it reads.
   */
  private List<String> sqlTexts(CtExecutable<?> method) {
    List<String> texts = new ArrayList<>();
    for (CtLiteral<?> literal : graph.index().within(method, CtLiteral.class)) {
      if (literal.getValue() instanceof String s && CallGraph.owner(literal) == method) {
        texts.add(s);
      }
    }
    for (CtBinaryOperator<?> concatenation : graph.index().within(method, CtBinaryOperator.class)) {
      if (!(concatenation.getParent() instanceof CtBinaryOperator<?>) && CallGraph.owner(concatenation) == method
          && mayFoldToText(concatenation) && folded(concatenation) instanceof String s) {
        texts.add(s);
      }
    }
    for (CtFieldRead<?> read : graph.index().within(method, CtFieldRead.class)) {
      CtField<?> constant = declaration(read.getVariable());
      if (constant != null && constant.hasModifier(ModifierKind.STATIC) && constant.hasModifier(ModifierKind.FINAL)
          && constant.getDefaultExpression() != null && CallGraph.owner(read) == method) {
        for (CtLiteral<?> literal : constant.getDefaultExpression().getElements(new TypeFilter<CtLiteral<?>>(CtLiteral.class))) {
          if (literal.getValue() instanceof String s) {
            texts.add(s);
          }
        }
      }
    }
    return texts;
  }

  /**
   * The tables a method's SQL writes ({@code INSERT INTO t}, {@code REPLACE INTO t}, {@code UPDATE t
   * SET}), in the order met; what a type written there field by field is stored in.
   */
  Set<String> writtenTables(CtExecutable<?> method) {
    Set<String> tables = new LinkedHashSet<>();
    if (method.getBody() != null) {
      for (String text : sqlTexts(method)) {
        tables.addAll(AnalysedTypes.writtenTables(text));
      }
    }
    return tables;
  }

  /**
   * False for an operation Spoon's partial evaluation cannot turn into text, asked before it (which
   * clones the expression and looks up each variable's declaration): one of primitive type (a test,
   * arithmetic), and a concatenation one of whose operands reads a parameter or a caught exception,
   * which have no initial value to fold ({@code "Value for " + property + " cannot be null"}).
   */
  private static boolean mayFoldToText(CtBinaryOperator<?> operation) {
    CtTypeReference<?> type = operation.getType();
    return !(type != null && type.isPrimitive()) && !readsUnfoldable(operation);
  }

  private static boolean readsUnfoldable(CtExpression<?> e) {
    if (!e.getTypeCasts().isEmpty()) {
      return false;
    }
    if (e instanceof CtBinaryOperator<?> op && op.getKind() == spoon.reflect.code.BinaryOperatorKind.PLUS) {
      return readsUnfoldable(op.getLeftHandOperand()) || readsUnfoldable(op.getRightHandOperand());
    }
    return e instanceof spoon.reflect.code.CtVariableRead<?> read
        && (read.getVariable() instanceof spoon.reflect.reference.CtParameterReference<?>
            || read.getVariable() instanceof spoon.reflect.reference.CtCatchVariableReference<?>);
  }

  /** The constant value of an expression, or null when it is not constant. */
  private static Object folded(CtExpression<?> expression) {
    try {
      return expression.partiallyEvaluate() instanceof CtLiteral<?> literal ? literal.getValue() : null;
    } catch (RuntimeException e) {
      return null; // an expression Spoon cannot evaluate, e.g. with unresolved types
    }
  }

  private void written(FieldKey key, CtExpression<?> value, Effects fx) {
    String field = key.name();
    if (SOFT_DELETE_FLAG.matcher(field).matches()) {
      fx.softDeleteFlags.add(simpleName(key.typeName()) + "." + field);
    }
    if (clears(value)) {
      fx.cleared.add(key);
    }
  }

  // ---- deletes -------------------------------------------------------------------------------

  /** The types a call deletes, added to {@code deleted}. */
  private void deletedBy(CtInvocation<?> call, Set<String> deleted) {
    CtExecutableReference<?> ref = call.getExecutable();
    String method = ref.getSimpleName();
    Set<String> receiver = receiverNames(call);
    if ((method.equals("remove") || method.equals("delete")) && persistenceManager(call, receiver)) {
      for (CtExpression<?> argument : call.getArguments()) {
        removedTypes(argument).forEach(t -> deleted.add(name(t)));
      }
      return;
    }
    CtTypeReference<?> receiverType = call.getTarget() == null ? null : call.getTarget().getType();
    List<CtExecutable<?>> targets = graph.targets(call);
    boolean bodiless = targets.stream().noneMatch(t -> t.getBody() != null);
    Optional<MyBatisMappers.Statement> statement = bodiless ? mappers.statement(receiver, method) : Optional.empty();
    if (statement.isPresent()) {
      // the mapper XML decides, whatever the method's name: its SQL's DELETE FROM names the table;
      // a <delete> on a table no analysed type maps to deletes the mapper's entity
      Set<String> found = new LinkedHashSet<>();
      sqlDeletes(statement.get().sql(), found);
      if (found.isEmpty() && statement.get().kind() == MyBatisMappers.Kind.DELETE) {
        found.addAll(repositoryEntities(call, receiverType, receiver));
      }
      deleted.addAll(found);
    } else if ((method.startsWith("delete") || method.startsWith("remove"))
        && repositoryLike(receiver, receiverType == null ? null : types.get(receiverType.getQualifiedName()))) {
      deleted.addAll(repositoryEntities(call, receiverType, receiver));
    }
    if (bodiless) {
      // a declared deletion path whose body is not analysed: a catalogued library method, an interface
      for (String type : receiver) {
        for (Declaration d : facts.on(Target.method(type, method, null))) {
          if (d.role() == Role.DELETION_PATH && d.target().matchesParameters(Target.parameterNames(ref.getParameters()))) {
            DeletionPath.of(d).types().forEach(v -> deleted.add(normalise(v)));
          }
        }
      }
    }
    for (CtExecutable<?> target : targets) {
      // MyBatis @Delete, Spring Data @Query on the method called
      for (CtAnnotation<?> a : target.getAnnotations()) {
        for (CtLiteral<?> literal : a.getElements(new TypeFilter<CtLiteral<?>>(CtLiteral.class))) {
          if (literal.getValue() instanceof String s) {
            sqlDeletes(s, deleted);
          }
        }
      }
    }
  }

  /**
   * True when the call's receiver is an {@code EntityManager} or the like: by its type's name, or,
   * for a type no class path resolves (imported with a wildcard), by its simple name.
   */
  private boolean persistenceManager(CtInvocation<?> call, Set<String> receiver) {
    if (persistence.isManager(receiver)) {
      return true;
    }
    CtTypeReference<?> type = call.getTarget() == null ? null : call.getTarget().getType();
    return type != null && types.unresolved(type)
        && persistence.managers().stream().anyMatch(m -> simpleName(m).equals(type.getSimpleName()));
  }

  /**
   * The analysed types of an object passed to {@code remove}: its static type, the class named by a
   * class literal, or, when the static type is unknown (a generic {@code find} without a class path),
   * the class literal the call that produced it was given: {@code remove(em.find(Member.class, id))}.
   */
  private List<CtType<?>> removedTypes(CtExpression<?> value) {
    List<CtType<?>> found = types.held(value.getType());
    if (found.isEmpty() && classLiteral(value) != null) {
      found = types.held(classLiteral(value));
    }
    if (found.isEmpty() && value instanceof CtInvocation<?> producer) {
      for (CtExpression<?> argument : producer.getArguments()) {
        if (classLiteral(argument) != null) {
          return types.held(classLiteral(argument));
        }
      }
    }
    return found;
  }

  private static CtTypeReference<?> classLiteral(CtExpression<?> e) {
    return e instanceof CtFieldRead<?> read && read.getVariable().getSimpleName().equals("class")
        && read.getTarget() instanceof CtTypeAccess<?> access ? access.getAccessedType() : null;
  }

  private void sqlDeletes(String text, Set<String> deleted) {
    Matcher m = SQL_DELETE.matcher(text);
    while (m.find()) {
      String table = AnalysedTypes.unquotedTable(m.group(1));
      deleted.addAll(types.storedIn(table));
      deleted.addAll(learnedTables.getOrDefault(table, Set.of()));
    }
  }

  /** The entities a repository's delete call deletes: the repository's entity, else the analysed types it is given. */
  private Set<String> repositoryEntities(CtInvocation<?> call, CtTypeReference<?> receiverType, Set<String> receiver) {
    Set<String> entities = repositoryEntities(receiverType, receiver);
    if (entities.isEmpty()) {
      for (CtExpression<?> argument : call.getArguments()) {
        types.held(argument.getType()).stream().filter(t -> !t.isInterface()).forEach(t -> entities.add(name(t)));
      }
    }
    return entities;
  }

  private boolean repositoryLike(Set<String> names, CtType<?> declared) {
    if (frameworkRepository(names) || names.stream().anyMatch(mappers::isMapper)) {
      return true;
    }
    for (String n : names) {
      String simple = simpleName(n);
      if (persistence.repositorySuffixes().stream().anyMatch(simple::endsWith)) {
        return true;
      }
    }
    return declared != null && persistence.hasRepositoryAnnotation(declared);
  }

  /**
   * The entity types of a repository: the analysed type arguments of its supertypes
   * ({@code JpaRepository<Member, Long>}), else the type its name is built on ({@code MemberRepository}).
   */
  private Set<String> repositoryEntities(CtTypeReference<?> repository, Set<String> names) {
    Set<String> entities = types.typeArguments(repository);
    if (entities.isEmpty()) {
      for (String n : names) {
        String simple = simpleName(n);
        for (String suffix : persistence.repositorySuffixes()) {
          if (simple.endsWith(suffix) && simple.length() > suffix.length()) {
            for (CtType<?> t : types.withSimpleName(simple.substring(0, simple.length() - suffix.length()))) {
              if (!t.isInterface()) {
                entities.add(name(t));
              }
            }
          }
        }
      }
    }
    return entities;
  }

  // ---- clears --------------------------------------------------------------------------------

  /** Fields a call clears: a setter given a clearing value, {@code clear()} on a collection field. */
  private void clearedBy(CtInvocation<?> call, Effects fx) {
    String method = call.getExecutable().getSimpleName();
    List<CtExpression<?>> arguments = call.getArguments();
    if (method.equals("clear") && arguments.isEmpty() && call.getTarget() != null) {
      FieldKey key = accessedField(call.getTarget());
      if (key != null) {
        fx.cleared.add(key);
      }
    } else if (arguments.size() == 1 && method.length() > 3 && method.startsWith("set")
        && Character.isUpperCase(method.charAt(3))) {
      FieldKey key = setterField(call);
      if (key != null) {
        written(key, arguments.get(0), fx);
      }
    }
  }

  /** The field a setter call writes: from the setter's body when analysed, else by name (Lombok, generated code). */
  private FieldKey setterField(CtInvocation<?> call) {
    CtExecutable<?> setter = graph.declarationOf(call.getExecutable());
    if (Knowledge.inModel(setter) && setter.getBody() != null) {
      String parameter = setter.getParameters().get(0).getSimpleName();
      for (CtAssignment<?, ?> a : setter.getBody().getElements(new TypeFilter<CtAssignment<?, ?>>(CtAssignment.class))) {
        if (a.getAssigned() instanceof CtFieldWrite<?> write && a.getAssignment() instanceof CtVariableRead<?> read
            && read.getVariable().getSimpleName().equals(parameter)) {
          return fieldKey(write.getVariable());
        }
      }
      return null;
    }
    return fieldByName(call.getTarget(), JavaBeans.lowerFirst(call.getExecutable().getSimpleName().substring(3)));
  }

  /** The field an expression reads: a field read, or a getter call (from its body when analysed, else by name). */
  private FieldKey accessedField(CtExpression<?> expression) {
    if (expression instanceof CtFieldRead<?> read) {
      return fieldKey(read.getVariable());
    }
    if (expression instanceof CtInvocation<?> call && call.getArguments().isEmpty()) {
      CtExecutable<?> getter = graph.declarationOf(call.getExecutable());
      if (Knowledge.inModel(getter) && getter.getBody() != null) {
        List<CtStatement> statements = getter.getBody().getStatements();
        if (statements.size() == 1 && statements.get(0) instanceof CtReturn<?> ret
            && ret.getReturnedExpression() instanceof CtFieldRead<?> read) {
          return fieldKey(read.getVariable());
        }
        return null;
      }
      String property = JavaBeans.readProperty(call.getExecutable().getSimpleName());
      return property == null ? null : fieldByName(call.getTarget(), property);
    }
    return null;
  }

  private FieldKey fieldByName(CtExpression<?> receiver, String field) {
    if (receiver == null || receiver.getType() == null) {
      return null;
    }
    CtType<?> type = types.get(receiver.getType().getQualifiedName());
    if (type == null) {
      return null;
    }
    for (CtType<?> h : types.hierarchy(type)) {
      if (h.getField(field) != null) {
        return new FieldKey(name(h), field);
      }
    }
    return null;
  }

  /**
   * True when a value written over a field cannot carry the data it replaces: literals, constants,
   * empty objects and collections, {@code @Anonymizes} results, and JDK calls over such values.
   */
  private boolean clears(CtExpression<?> e) {
    if (e instanceof CtLiteral<?>) {
      return true;
    }
    if (e instanceof CtFieldRead<?> read) {
      return constant(read.getVariable());
    }
    if (e instanceof CtConditional<?> c) {
      return clears(c.getThenExpression()) && clears(c.getElseExpression());
    }
    if (e instanceof CtBinaryOperator<?> b) {
      return operand(b.getLeftHandOperand()) && operand(b.getRightHandOperand());
    }
    if (e instanceof CtConstructorCall<?> n) {
      return n.getArguments().stream().allMatch(this::clears);
    }
    if (e instanceof CtNewArray<?> a) {
      return a.getElements().stream().allMatch(this::clears);
    }
    if (e instanceof CtInvocation<?> call) {
      if (anonymizes(call)) {
        return true;
      }
      CtTypeReference<?> owner = call.getExecutable().getDeclaringType();
      CtExpression<?> target = call.getTarget();
      return owner != null && owner.getQualifiedName().startsWith("java.")
          && (target == null || target instanceof CtTypeAccess<?> || clears(target))
          && call.getArguments().stream().allMatch(this::operand);
    }
    return false;
  }

  /** A part of a built value: a clearing value, or a number or flag that is not personal information. */
  private boolean operand(CtExpression<?> e) {
    if (clears(e)) {
      return true;
    }
    if (!primitive(e.getType())) {
      return false;
    }
    if (e instanceof CtFieldRead<?> read) {
      FieldKey key = fieldKey(read.getVariable());
      return key != null && !personalFields.contains(key);
    }
    if (e instanceof CtVariableRead<?>) {
      return true;
    }
    if (e instanceof CtInvocation<?> call && call.getArguments().isEmpty()) {
      FieldKey key = accessedField(call);
      return key != null && !personalFields.contains(key);
    }
    return false;
  }

  private boolean anonymizes(CtInvocation<?> call) {
    CtExecutable<?> declaration = graph.declarationOf(call.getExecutable());
    if (Knowledge.inModel(declaration)) {
      return facts.on(declaration).stream().anyMatch(d -> d.role() == Role.ANONYMIZES);
    }
    for (String type : receiverNames(call)) {
      for (Declaration d : facts.on(Target.method(type, call.getExecutable().getSimpleName(), null))) {
        if (d.role() == Role.ANONYMIZES && d.target().matchesParameters(Target.parameterNames(call.getExecutable().getParameters()))) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean constant(CtFieldReference<?> field) {
    CtField<?> declaration = declaration(field);
    if (declaration != null) {
      CtType<?> owner = declaration.getDeclaringType();
      return declaration.hasModifier(ModifierKind.STATIC) && declaration.hasModifier(ModifierKind.FINAL)
          || owner != null && owner.isEnum();
    }
    try {
      if (field.isStatic() && field.isFinal()) {
        return true;
      }
    } catch (RuntimeException e) {
      // not on the class path: judged by its name below
    }
    return CONSTANT_NAME.matcher(field.getSimpleName()).matches();
  }

  private static boolean primitive(CtTypeReference<?> type) {
    if (type == null) {
      return false;
    }
    try {
      return type.isPrimitive() || type.unbox().isPrimitive();
    } catch (RuntimeException e) {
      return false;
    }
  }

  // ---- names ---------------------------------------------------------------------------------

  /** The names a call may be looked up under: the receiver's static type, the declaring type, and their supertypes. */
  private Set<String> receiverNames(CtInvocation<?> call) {
    Set<String> names = new LinkedHashSet<>();
    if (call.getTarget() != null) {
      names.addAll(types.names(call.getTarget().getType()));
    }
    names.addAll(types.names(call.getExecutable().getDeclaringType()));
    return names;
  }

  private FieldKey fieldKey(CtFieldReference<?> field) {
    if (field == null) {
      return null;
    }
    CtField<?> declaration = declaration(field);
    CtTypeReference<?> owner = declaration != null && declaration.getDeclaringType() != null
        ? declaration.getDeclaringType().getReference() : field.getDeclaringType();
    return owner == null ? null : new FieldKey(normalise(owner.getQualifiedName()), field.getSimpleName());
  }

  /**
   * Spoon's declaration of a field reference ({@link spoon.reflect.reference.CtFieldReference#getFieldDeclaration()}),
   * the analysed types found through the index ({@link dev.datawarden.analyzer.model.ModelIndex#fieldDeclaration}).
   */
  private CtField<?> declaration(CtFieldReference<?> field) {
    CtTypeReference<?> owner = field.getDeclaringType();
    if (owner == null || owner.getClass() != spoon.support.reflect.reference.CtTypeReferenceImpl.class) {
      return spoonDeclaration(field); // an array's length, a type parameter's: as Spoon answers them
    }
    return graph.index().fieldDeclaration(field);
  }

  private static CtField<?> spoonDeclaration(CtFieldReference<?> field) {
    try {
      return field.getFieldDeclaration();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
