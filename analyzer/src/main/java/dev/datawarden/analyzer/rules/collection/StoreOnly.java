package dev.datawarden.analyzer.rules.collection;


import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.fact.Role;
import dev.datawarden.analyzer.flow.CallGraph;
import dev.datawarden.analyzer.flow.Flow;
import dev.datawarden.analyzer.flow.Knowledge;
import dev.datawarden.analyzer.flow.Sink;
import dev.datawarden.analyzer.flow.ValueWalker;
import dev.datawarden.analyzer.frameworks.AnalysedTypes;
import dev.datawarden.analyzer.frameworks.JavaBeans;
import dev.datawarden.analyzer.frameworks.MyBatisMappers;
import dev.datawarden.analyzer.model.Elements;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import spoon.reflect.CtModel;
import spoon.reflect.code.BinaryOperatorKind;
import spoon.reflect.code.CtAbstractInvocation;
import spoon.reflect.code.CtBinaryOperator;
import spoon.reflect.code.CtExecutableReferenceExpression;
import spoon.reflect.code.CtExpression;
import spoon.reflect.code.CtInvocation;
import spoon.reflect.code.CtLambda;
import spoon.reflect.code.CtLiteral;
import spoon.reflect.code.CtReturn;
import spoon.reflect.code.CtStatementList;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtExecutable;
import spoon.reflect.declaration.CtField;
import spoon.reflect.declaration.CtMethod;
import spoon.reflect.declaration.CtRecord;
import spoon.reflect.declaration.CtType;
import spoon.reflect.declaration.CtVariable;
import spoon.reflect.declaration.ModifierKind;
import spoon.reflect.reference.CtArrayTypeReference;
import spoon.reflect.reference.CtTypeParameterReference;
import spoon.reflect.reference.CtTypeReference;
import spoon.reflect.visitor.filter.TypeFilter;

/**
 * Whether the analysed code ever <em>uses</em> a collected value, or only stores it. A value lives
 * in <em>holders</em>: fields (read anywhere, directly or through a getter, Lombok's or a record's
 * accessor), parameters and locals (read in their method), and method results (read at every call).
 * Each read of a holder ends in one of four ways: a <em>use</em> (a condition, a comparison,
 * arithmetic, a call the analysis cannot follow, a sink that is not storage, a return to a client),
 * a <em>store</em> (an argument of a storage or file sink), a <em>copy</em> into another holder
 * (an assignment, an analysed callee's parameter, a setter, constructor or builder generated for an
 * analysed type, a return to the callers), or nothing (a discarded value, a null test). Reads inside
 * {@code equals}, {@code hashCode}, {@code toString} and {@code @DeletionPath} methods are not looked
 * at. A holder is used when one of its reads is a use or one of its copies is used; it is stored
 * when one of its reads is a store or one of its copies is stored; both flags only grow, and are
 * propagated backward over the copies found from the holder asked about. What each read does is
 * the {@link ValueWalker}'s answer, with {@link ValueWalker.Conversions#KNOWN}: a library call not
 * named as a conversion is a use, since unsure must mean used here.
 *
 * <p>Objects are judged by their static types, once for the whole model: a field is used when an
 * object holding it (its type, a type related to it by inheritance, or a type holding it through a
 * field) is returned by an entry point, passed to a call that is neither analysed nor storage,
 * concatenated to a string or converted with {@code toString()}; it is stored when such an object
 * is passed to a storage sink or its type is a persistent entity. A field a query may compare in the
 * database (named by a derived query method such as {@code findByMobile}, or in a query text with a
 * {@code where}, in the code or in a MyBatis mapper XML statement) is used. A query text names the
 * tables it reads: what it compares is a use of the fields of the types stored there (by
 * {@code @Table}, {@code @TableName}, their names, or a mapper statement that inserts or updates them
 * there), and of no other type's; a text naming a table no analysed type is known to be stored in is
 * evidence for every type, as a derived query is. Declared data that the engine saw reach a sink
 * other than storage counts as used too.
 */
final class StoreOnly {
  /** Holders followed from one value, at most; beyond, the value counts as used. */
  private static final int MAX_HOLDERS = 5_000;
  /** Calls a value may pass through (conversions, string building) before it counts as used. */
  private static final int MAX_DEPTH = 8;
  /** The operators a Spring Data derived query may append to a property name. */
  private static final String QUERY_OPERATORS = "(IgnoreCase|AllIgnoreCase|IsNotNull|NotNull|IsNull|Null|IsNot|Not"
      + "|GreaterThanEqual|GreaterThan|LessThanEqual|LessThan|Between|NotLike|Like|StartingWith|StartsWith"
      + "|EndingWith|EndsWith|NotContaining|Containing|Contains|NotIn|In|IsTrue|True|IsFalse|False|Before|After"
      + "|Equals|Is|Exists|Regex|Near|Within|IsEmpty|IsNotEmpty|Empty)+$";

  /** What the analysed code does with a collected value. */
  enum Verdict {
    /** Some code uses it (or the analysis could not tell). */
    USED,
    /** It is kept at rest, and nothing reads it except to keep it. */
    STORED_ONLY,
    /** Nothing reads it at all, and it is not kept either. */
    UNUSED
  }

  private final CtModel model;
  private final CallGraph callGraph;
  private final ValueWalker walker;
  private final Knowledge knowledge;
  private final Set<Location> transferred = new java.util.HashSet<>();
  private Index index;

  StoreOnly(CtModel model, CallGraph callGraph, Knowledge knowledge, List<Flow> flows) {
    this.model = model;
    this.callGraph = callGraph;
    this.knowledge = knowledge;
    this.walker = new ValueWalker(callGraph, knowledge);
    for (Flow f : flows) {
      if (!f.sink().kind().isAtRest() && f.chain().stream().noneMatch(m -> knowledge.declares(m, Role.DELETION_PATH))) {
        transferred.add(f.source().location());
      }
    }
  }

  /** The verdict on a value held by a collection point's parameter or by a field, declared by {@code source}. */
  Verdict judge(CtVariable<?> holder, Location source) {
    if (transferred.contains(source)) {
      return Verdict.USED;
    }
    if (index == null) {
      index = new Index();
    }
    Map<CtElement, Holder> holders = new IdentityHashMap<>();
    Deque<Holder> work = new ArrayDeque<>();
    holders.put(holder, new Holder(holder));
    work.add(holders.get(holder));
    while (!work.isEmpty()) {
      if (holders.size() > MAX_HOLDERS) {
        return Verdict.USED; // too far to follow: unsure, so used
      }
      Holder h = work.poll();
      for (CtExpression<?> read : reads(h)) {
        if (!ignored(read)) {
          consume(read, h, 0);
        }
        if (h.used) {
          break;
        }
      }
      for (CtElement target : h.copies) {
        if (!holders.containsKey(target)) {
          Holder next = new Holder(target);
          holders.put(target, next);
          work.add(next);
        }
      }
    }
    // both flags travel backward over the copies, until nothing changes
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Holder h : holders.values()) {
        for (CtElement target : h.copies) {
          Holder t = holders.get(target);
          if (t.used && !h.used || t.stored && !h.stored) {
            h.used |= t.used;
            h.stored |= t.stored;
            changed = true;
          }
        }
      }
    }
    Holder start = holders.get(holder);
    return start.used ? Verdict.USED : start.stored ? Verdict.STORED_ONLY : Verdict.UNUSED;
  }

  /** One holder of the value, with what its reads were found to do. */
  private static final class Holder {
    final CtElement element;
    final List<CtElement> copies = new ArrayList<>();
    boolean used;
    boolean stored;

    Holder(CtElement element) {
      this.element = element;
    }

    void copy(CtElement target) {
      // by identity: Spoon's equals() would take two fields written alike for one
      if (target != element && copies.stream().noneMatch(c -> c == target)) {
        copies.add(target);
      }
    }
  }

  /** The expressions whose value is the holder's: reads of a variable, or calls of a method. */
  private List<CtExpression<?>> reads(Holder h) {
    CtElement e = h.element;
    if (e instanceof CtField<?> field) {
      h.used |= index.used(field);
      h.stored |= index.stored(field);
      return walker.reads(field);
    }
    if (e instanceof CtExecutable<?> method) {
      if (callGraph.isEntryPoint(method) || index.referenced.contains(method)) {
        h.used = true; // returned to a client, or to a library through a method reference
        return List.of();
      }
      if (callGraph.callers(method).isEmpty() && !isAccessor(method)) {
        h.used = true; // called from outside the analysed code, or by reflection
      }
      return walker.calls(method);
    }
    CtVariable<?> variable = (CtVariable<?>) e;
    CtExecutable<?> scope = variable.getParent(CtExecutable.class);
    if (scope == null) {
      h.used = true;
      return List.of();
    }
    return new ArrayList<>(walker.reads(variable));
  }

  /** Reads that do not count: in {@code equals}, {@code hashCode}, {@code toString} and deletion paths. */
  private boolean ignored(CtExpression<?> read) {
    CtExecutable<?> method = CallGraph.owner(read);
    if (method == null) {
      return false;
    }
    if (method instanceof CtMethod<?> m) {
      String name = m.getSimpleName();
      int arity = m.getParameters().size();
      if (name.equals("equals") && arity == 1 || (name.equals("hashCode") || name.equals("toString")) && arity == 0) {
        return true;
      }
    }
    return knowledge.declares(method, Role.DELETION_PATH);
  }

  /** Follows a value one step up, to what consumes it, and notes the outcome on {@code h}. */
  private void consume(CtExpression<?> e, Holder h, int depth) {
    if (depth > MAX_DEPTH) {
      h.used = true;
      return;
    }
    for (ValueWalker.Use use : walker.uses(e, ValueWalker.Conversions.KNOWN)) {
      if (use instanceof ValueWalker.IntoField f) {
        h.copy(f.field());
      } else if (use instanceof ValueWalker.IntoVariable v) {
        h.copy(v.variable());
      } else if (use instanceof ValueWalker.IntoParameter p) {
        h.copy(p.parameter());
      } else if (use instanceof ValueWalker.Returned r) {
        h.copy(r.method());
      } else if (use instanceof ValueWalker.GoesOn g) {
        consume(g.result(), h, depth + 1);
      } else if (use instanceof ValueWalker.Protected p) {
        consume(p.result(), h, depth + 1); // the result is the value, protected
      } else if (use instanceof ValueWalker.IntoSink s) {
        h.stored |= s.sink().kind().isAtRest();
        h.used |= !s.sink().kind().isAtRest();
      } else if (use instanceof ValueWalker.Consumed) {
        h.used = true;
      } // Ignored: a null test, a dropped value, a deletion path
    }
  }

  /** A getter-shaped method: what a framework calls reflectively, so no caller is no use. */
  private boolean isAccessor(CtExecutable<?> method) {
    return method instanceof CtMethod<?> m && m.getParameters().isEmpty()
        && (JavaBeans.readProperty(m.getSimpleName()) != null || m.getDeclaringType() instanceof CtRecord);
  }

  /**
   * What is known about every field and every object of the model, found in one scan: the reads
   * of each field, the methods named by method references, and the types whose objects are used
   * whole (escape) or kept whole (stored).
   */
  private final class Index {
    final Set<CtExecutable<?>> referenced = Collections.newSetFromMap(new IdentityHashMap<>());
    final Set<CtField<?>> referencedAccessors = Collections.newSetFromMap(new IdentityHashMap<>());
    final Set<CtType<?>> escaped = Collections.newSetFromMap(new IdentityHashMap<>());
    final Set<CtType<?>> stored = Collections.newSetFromMap(new IdentityHashMap<>());
    /**
     * Properties named by derived queries and words of query texts whose tables are not known, lower
     * case: the database compares them, in any type's table.
     */
    final Set<String> queried = new java.util.HashSet<>();
    /** Words of query texts, lower case, by a type stored in a table the text reads: the database compares them there. */
    final Map<CtType<?>, Set<String>> queriedIn = new IdentityHashMap<>();
    /** The query texts met, worked out once the tables of the types are known. */
    private final List<String> queryTexts = new ArrayList<>();
    private final AnalysedTypes tables = new AnalysedTypes(knowledge.index());
    /** The types a mapper statement inserts or updates in a table, by the table: the SQL that stores their fields. */
    private final Map<String, Set<CtType<?>>> writtenIn = new HashMap<>();
    private final Map<String, Optional<CtType<?>>> types = new HashMap<>();
    private final Map<CtType<?>, Set<CtType<?>>> supertypes = new IdentityHashMap<>();
    private Set<CtType<?>> escapedRelated;
    private Set<CtType<?>> storedRelated;

    Index() {
      // every element of the analysed types, in the order Spoon's scanner visits them, from the
      // model's index (references hold nothing looked at here; what lies inside them, such as a
      // type-use annotation's text, is indexed)
      for (CtType<?> t : knowledge.index().topLevelTypes()) {
        for (CtElement e : knowledge.index().within(t, CtElement.class)) {
          visit(e);
        }
      }
      for (MyBatisMappers.Statement statement : knowledge.mappers().all()) {
        CtType<?> mapper = knowledge.index().type(statement.namespace());
        if (mapper != null) {
          for (CtMethod<?> m : mapper.getMethodsByName(statement.id())) {
            learnTables(statement, m);
          }
        }
        queryTexts.add(statement.sql()); // a mapper XML statement counts as the same text in a @Select would
      }
      for (String text : queryTexts) {
        queryText(text);
      }
      for (CtExecutable<?> entry : callGraph.entryPoints()) {
        if (entry instanceof CtMethod<?> m) {
          escaped.addAll(held(m.getType()));
          for (CtReturn<?> r : m.getElements(new TypeFilter<CtReturn<?>>(CtReturn.class))) {
            if (r.getReturnedExpression() != null && r.getParent(CtExecutable.class) == m) {
              escaped.addAll(held(knowledge.staticType(r.getReturnedExpression())));
            }
          }
        }
      }
      escapedRelated = related(escaped);
      storedRelated = related(stored);
    }

    private void visit(CtElement e) {
      if (e instanceof CtAbstractInvocation<?> call) {
        if (call instanceof CtInvocation<?> invocation) {
          toStringCall(invocation);
        }
        objectArguments(call);
      } else if (e instanceof CtExecutableReferenceExpression<?, ?> reference) {
        CtExecutable<?> declaration = callGraph.declarationOf(reference.getExecutable());
        if (Knowledge.inModel(declaration)) {
          referenced.add(declaration);
        } else if (reference.getExecutable().getDeclaringType() != null) {
          CtType<?> owner = knowledge.declarationOf(reference.getExecutable().getDeclaringType());
          String property = JavaBeans.getterProperty(reference.getExecutable().getSimpleName(), 0);
          if (owner != null && property != null && owner.getField(property) != null) {
            referencedAccessors.add(owner.getField(property));
          }
        }
      } else if (e instanceof CtBinaryOperator<?> op && op.getKind() == BinaryOperatorKind.PLUS && Elements.isString(op.getType())) {
        escaped.addAll(held(op.getLeftHandOperand().getType()));
        escaped.addAll(held(op.getRightHandOperand().getType()));
      } else if (e instanceof CtType<?> type && knowledge.frameworks().persistence().isEntity(type)) {
        stored.add(type);
      } else if (e instanceof CtMethod<?> m && m.getBody() == null && m.getDeclaringType() != null
          && m.getDeclaringType().isInterface() && m.getSimpleName().contains("By")) {
        // a derived query (findByMobileAndDeletedFalse): the database compares what is stored
        String criteria = m.getSimpleName().substring(m.getSimpleName().indexOf("By") + 2).split("OrderBy")[0];
        for (String property : criteria.split("(?<=[a-z0-9])(?:And|Or)(?=[A-Z])")) {
          queried.add(property.toLowerCase(Locale.ROOT)); // CheckIn may be a property, not Check with In
          queried.add(property.replaceAll(QUERY_OPERATORS, "").toLowerCase(Locale.ROOT));
        }
      } else if (e instanceof CtLiteral<?> literal && literal.getValue() instanceof String text) {
        queryTexts.add(text); // SQL or JPQL in code, or in @Query/@Select
      }
      if (e instanceof CtMethod<?> m && m.getBody() == null) {
        knowledge.frameworks().persistence().annotatedStatement(m).ifPresent(statement -> learnTables(statement, m));
      }
    }

    /** A mapper method whose statement inserts or updates one table: the analysed types it is given are stored there. */
    private void learnTables(MyBatisMappers.Statement statement, CtMethod<?> method) {
      if (!statement.kind().writes()) {
        return;
      }
      Set<String> written = AnalysedTypes.writtenTables(statement.sql());
      if (written.size() != 1) {
        return;
      }
      for (CtVariable<?> p : method.getParameters()) {
        writtenIn.computeIfAbsent(written.iterator().next(), k -> Collections.newSetFromMap(new IdentityHashMap<>()))
            .addAll(held(p.getType()));
      }
    }

    /**
     * A query text: the words of its conditions ({@code where}, {@code on}, {@code having}) and of
     * its ordering may name a column or a property the database compares. The columns an
     * {@code insert} lists or an {@code update} sets are only stored, and a text without a
     * {@code where} word (a message saying "anywhere") is no query.
     */
    private void queryText(String text) {
      String[] words = text.toLowerCase(Locale.ROOT).split("[^a-z0-9_]+");
      if (!List.of(words).contains("where")) {
        return;
      }
      Set<String> compared = new java.util.HashSet<>();
      boolean condition = false;
      for (String word : words) {
        if (CONDITION_WORDS.contains(word)) {
          condition = true;
        } else if (CLAUSE_WORDS.contains(word)) {
          condition = false;
        } else if (condition) {
          compared.add(word);
        }
      }
      Set<CtType<?>> stored = storedIn(text);
      if (stored == null) {
        queried.addAll(compared);
        return;
      }
      for (CtType<?> type : stored) {
        queriedIn.computeIfAbsent(type, k -> new java.util.HashSet<>()).addAll(compared);
      }
    }

    /**
     * The analysed types stored in the tables a query text reads ({@code from}, {@code join},
     * {@code update}, {@code into}, and the tables listed after a {@code from}); null when it names
     * none, or one no analysed type is known to be stored in: then its table is unknown.
     */
    private Set<CtType<?>> storedIn(String text) {
      Set<CtType<?>> found = Collections.newSetFromMap(new IdentityHashMap<>());
      boolean any = false;
      Matcher m = READ_TABLES.matcher(text);
      while (m.find()) {
        for (String listed : m.group(1).split(",")) {
          String table = AnalysedTypes.unquotedTable(listed.strip().split("\\s+")[0]);
          if (CLAUSE_WORDS.contains(table) || table.equals("where")) {
            continue; // a subquery's select, or no table at all
          }
          Set<CtType<?>> types = Collections.newSetFromMap(new IdentityHashMap<>());
          for (String name : tables.storedIn(table)) {
            types.add(tables.get(name));
          }
          types.addAll(writtenIn.getOrDefault(table, Set.of()));
          types.remove(null);
          if (types.isEmpty()) {
            return null;
          }
          found.addAll(types);
          any = true;
        }
      }
      return any ? found : null;
    }

    /** A {@code toString()} whose text goes on: the object it is called on is printed. */
    private void toStringCall(CtInvocation<?> call) {
      if (call.getExecutable().getSimpleName().equals("toString") && call.getArguments().isEmpty()
          && call.getTarget() != null && !(call.getParent() instanceof CtStatementList)) {
        escaped.addAll(held(knowledge.staticType(call.getTarget())));
      }
    }

    /**
     * Objects of analysed types passed whole: kept by a storage sink, or used by what the analysis
     * cannot follow. A library call that only wraps them ({@code Optional.of(member)},
     * {@code members.add(member)}: its result or its receiver holds their type) passes them on
     * instead, and what becomes of the wrapper is judged by its own static type.
     */
    private void objectArguments(CtAbstractInvocation<?> call) {
      List<CtType<?>> passed = new ArrayList<>();
      List<CtExpression<?>> arguments = call.getArguments();
      for (int i = 0; i < arguments.size(); i++) {
        CtExpression<?> a = arguments.get(i);
        if (a instanceof CtLambda<?> || a instanceof CtExecutableReferenceExpression<?, ?>) {
          continue;
        }
        List<CtType<?>> held = held(knowledge.staticType(a));
        if (!held.isEmpty() && walker.generatedStore(call, i) == null) {
          passed.addAll(held);
        }
      }
      if (passed.isEmpty()) {
        return;
      }
      Optional<Sink> sink = knowledge.sinkOf(call, callGraph.declaration(call));
      if (sink.isPresent()) {
        (sink.get().kind().isAtRest() ? stored : escaped).addAll(passed);
        return;
      }
      List<CtExecutable<?>> targets = callGraph.targets(call);
      if (!targets.isEmpty() && targets.stream().anyMatch(t -> t.getBody() != null)) {
        return; // followed into the analysed code, where every use is seen
      }
      if (targets.isEmpty()) {
        List<CtType<?>> wrapping = new ArrayList<>(held(call instanceof CtExpression<?> e ? e.getType() : null));
        if (call instanceof CtInvocation<?> invocation && invocation.getTarget() != null
            && knowledge.frameworks().libraryCalls().mutatesReceiver(call, () -> knowledge.receiverTypes(call))) {
          wrapping.addAll(held(knowledge.staticType(invocation.getTarget())));
        }
        passed.removeAll(wrapping);
      }
      escaped.addAll(passed); // a library, or an interface without an analysed implementation
    }

    boolean used(CtField<?> field) {
      return referencedAccessors.contains(field) || relatedTo(field, escaped, escapedRelated) || queried(field);
    }

    /**
     * True when a query may compare the field's stored values: its name or column is named in one
     * whose table is unknown, or in one reading the table of its type, of a subtype (which inherits
     * the field) or of a supertype (whose table may hold the subtypes' rows).
     */
    private boolean queried(CtField<?> field) {
      String name = field.getSimpleName();
      String lower = name.toLowerCase(Locale.ROOT);
      String column = name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
      if (queried.contains(lower) || queried.contains(column)) {
        return true;
      }
      CtType<?> owner = field.getDeclaringType();
      if (owner == null || queriedIn.isEmpty()) {
        return false;
      }
      for (Map.Entry<CtType<?>, Set<String>> e : queriedIn.entrySet()) {
        if ((e.getValue().contains(lower) || e.getValue().contains(column))
            && (supertypes(e.getKey()).contains(owner) || supertypes(owner).contains(e.getKey()))) {
          return true;
        }
      }
      return false;
    }

    boolean stored(CtField<?> field) {
      return relatedTo(field, stored, storedRelated);
    }

    /** True when an object holding the field may be one of {@code types}: its type, a subtype or a supertype of it. */
    private boolean relatedTo(CtField<?> field, Set<CtType<?>> types, Set<CtType<?>> relatedTypes) {
      CtType<?> owner = field.getDeclaringType();
      if (owner == null) {
        return false;
      }
      if (relatedTypes.contains(owner)) {
        return true; // the owner is one of the types or one of their supertypes
      }
      for (CtType<?> sup : supertypes(owner)) {
        if (types.contains(sup)) {
          return true; // the static type is a supertype of the owner
        }
      }
      return false;
    }

    /** The types, what their fields hold (transitively), and their supertypes. */
    private Set<CtType<?>> related(Set<CtType<?>> roots) {
      Set<CtType<?>> closed = Collections.newSetFromMap(new IdentityHashMap<>());
      Deque<CtType<?>> work = new ArrayDeque<>(roots);
      while (!work.isEmpty()) {
        CtType<?> t = work.poll();
        if (!closed.add(t)) {
          continue;
        }
        for (CtType<?> s : supertypes(t)) {
          for (CtField<?> f : s.getFields()) {
            if (!f.hasModifier(ModifierKind.STATIC)) {
              work.addAll(held(f.getType()));
            }
          }
        }
      }
      roots.addAll(closed);
      Set<CtType<?>> withSupertypes = Collections.newSetFromMap(new IdentityHashMap<>());
      for (CtType<?> t : closed) {
        withSupertypes.addAll(supertypes(t));
      }
      return withSupertypes;
    }

    /** A type and its analysed supertypes. */
    private Set<CtType<?>> supertypes(CtType<?> type) {
      Set<CtType<?>> known = supertypes.get(type);
      if (known != null) {
        return known;
      }
      Set<CtType<?>> all = Collections.newSetFromMap(new IdentityHashMap<>());
      supertypes.put(type, all); // breaks cycles in broken hierarchies
      all.add(type);
      List<CtTypeReference<?>> direct = new ArrayList<>(type.getSuperInterfaces());
      if (type.getSuperclass() != null) {
        direct.add(type.getSuperclass());
      }
      for (CtTypeReference<?> sup : direct) {
        CtType<?> t = analysed(sup);
        if (t != null) {
          all.addAll(supertypes(t));
        }
      }
      return all;
    }

    /** The analysed types an expression of this type holds: itself, its array component, its type arguments. */
    private List<CtType<?>> held(CtTypeReference<?> type) {
      List<CtType<?>> found = new ArrayList<>();
      held(type, found, 0);
      return found;
    }

    private void held(CtTypeReference<?> type, List<CtType<?>> into, int depth) {
      if (type == null || depth > 3 || type instanceof CtTypeParameterReference || type.isPrimitive()) {
        return;
      }
      if (type instanceof CtArrayTypeReference<?> array) {
        held(array.getComponentType(), into, depth + 1);
        return;
      }
      CtType<?> t = analysed(type);
      if (t != null && !t.isEnum() && into.stream().noneMatch(known -> known == t)) {
        into.add(t);
      }
      for (CtTypeReference<?> argument : type.getActualTypeArguments()) {
        held(argument, into, depth + 1);
      }
    }

    private CtType<?> analysed(CtTypeReference<?> type) {
      String name = type.getQualifiedName();
      if (name.startsWith("java.")) {
        return null;
      }
      return types.computeIfAbsent(name, k -> Optional.ofNullable(knowledge.declarationOf(type))).orElse(null);
    }
  }

  /**
   * The tables a query reads or writes: the name after {@code from}, {@code join}, {@code update} or
   * {@code into}, with the further tables (and their aliases) a {@code from} lists with commas.
   */
  private static final String TABLE = "[\\w.`\"\\[\\]]+(?:\\s+(?:as\\s+)?(?!(?:where|join|inner|left|right|outer|full|cross"
      + "|natural|on|using|set|values|select|group|order|having|limit|union)\\b)\\w+)?";
  private static final Pattern READ_TABLES =
      Pattern.compile("(?i)\\b(?:from|join|update|into)\\s+(" + TABLE + "(?:\\s*,\\s*" + TABLE + ")*)");
  /** SQL and JPQL words after which the words name what the database compares or sorts by. */
  private static final Set<String> CONDITION_WORDS = Set.of("where", "on", "having", "order", "group");
  /** SQL and JPQL words after which the words name what is selected, stored or set. */
  private static final Set<String> CLAUSE_WORDS =
      Set.of("select", "from", "insert", "into", "values", "update", "set", "delete", "join");
}
