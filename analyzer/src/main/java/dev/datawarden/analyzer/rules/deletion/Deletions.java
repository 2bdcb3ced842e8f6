package dev.datawarden.analyzer.rules.deletion;

import static dev.datawarden.analyzer.frameworks.AnalysedTypes.name;
import static dev.datawarden.analyzer.frameworks.AnalysedTypes.normalise;

import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.fact.Declaration;
import dev.datawarden.analyzer.fact.Facts;
import dev.datawarden.analyzer.fact.FieldKey;
import dev.datawarden.analyzer.fact.Role;
import dev.datawarden.analyzer.fact.Target;
import dev.datawarden.analyzer.fact.TargetKind;
import dev.datawarden.analyzer.flow.CallGraph;
import dev.datawarden.analyzer.flow.Flow;
import dev.datawarden.analyzer.flow.Flows;
import dev.datawarden.analyzer.flow.Sink;
import dev.datawarden.analyzer.frameworks.AnalysedTypes;
import dev.datawarden.analyzer.frameworks.JavaBeans;
import dev.datawarden.analyzer.frameworks.Persistence;
import dev.datawarden.analyzer.model.SourceModel;
import dev.datawarden.analyzer.rule.RuleContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import spoon.reflect.code.CtAbstractInvocation;
import spoon.reflect.code.CtExpression;
import spoon.reflect.cu.SourcePosition;
import spoon.reflect.cu.position.CompoundSourcePosition;
import spoon.reflect.declaration.CtAnnotation;
import spoon.reflect.declaration.CtCompilationUnit;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtExecutable;
import spoon.reflect.declaration.CtField;
import spoon.reflect.declaration.CtMethod;
import spoon.reflect.declaration.CtType;
import spoon.reflect.declaration.CtTypeMember;
import spoon.support.comparator.SignatureComparator;

/**
 * How the analysed code deletes personal information: which types hold it and are stored, which
 * calls delete stored objects, which methods are declared deletion paths, and which personal fields
 * a deletion path leaves in place. Serves the deletion rules (Art. 23, 24).
 *
 * <p>A <em>delete</em> of a type is one of: {@code EntityManager.remove(x)} (or Hibernate's
 * {@code Session.delete/remove}, {@code MongoOperations.remove}) with {@code x} of that type; a
 * {@code delete*}/{@code remove*} call on a repository or mapper whose entity is that type (the
 * type argument of a Spring Data or MyBatis-Plus supertype, else the {@code <Type>Repository},
 * {@code <Type>Mapper} or {@code <Type>Dao} name, else a parameter of that type), unless a mapper
 * XML file has a statement for the method: then its SQL decides (a {@code <delete>} whose table no
 * analysed type maps to deletes the mapper's entity; an {@code <update>} that only sets a flag
 * deletes nothing); an SQL or JPQL
 * {@code DELETE FROM <table>} string (in the method, in a constant it reads, in an annotation of
 * the mapper method it calls, or in that method's statement in a MyBatis mapper XML file) naming
 * the type's table ({@code @Table(name)},
 * {@code @Entity(name)}, {@code @TableName}, the simple name or its snake_case); and a call of a
 * declared deletion path whose body is not analysed (a catalogued library method). Deleting an
 * object deletes what is stored with it: embedded values, element collections, plain nested
 * objects, and relations that cascade the removal.
 *
 * <p>A field is <em>cleared</em> on a path when it is assigned, directly or through its setter, a
 * value that cannot carry the old data: a literal or constant, an empty collection or object, the
 * result of an {@code @Anonymizes} method, or an expression built from those and from numbers
 * ({@code "deleted-" + id}); a collection field is also cleared by {@code clear()}.
 */
public final class Deletions {

  /** A personal-information field of a type, as a finding names it. */
  public record PersonalField(String typeName, String simpleTypeName, String name, String category,
      Declaration declaration) {
    /** {@code Member.email (EMAIL)}. */
    public String describe() {
      return simpleTypeName + "." + name + " (" + category + ")";
    }

    FieldKey key() {
      return new FieldKey(typeName, name);
    }
  }

  /** A declared deletion path with an analysed method: the method and the analysed types it names. */
  public record DeletionPath(CtExecutable<?> method, List<CtType<?>> types) {
    public DeletionPath {
      types = List.copyOf(types);
    }
  }

  /**
   * What a deletion path leaves in place: personal fields and owned data neither cleared nor
   * deleted ({@code Member.email (EMAIL)}, {@code Member.addresses (Address)}), and the soft-delete
   * flags it sets ({@code Member.deleted}), for the message.
   */
  public record Gap(List<String> leftInPlace, List<String> softDeleteFlags, List<Declaration> restsOn) {
    public Gap {
      leftInPlace = List.copyOf(leftInPlace);
      softDeleteFlags = List.copyOf(softDeleteFlags);
      restsOn = List.copyOf(restsOn);
    }
  }


  private final Facts facts;
  private final SourceModel model;
  private final CallGraph graph;
  private final Persistence persistence;
  private final AnalysedTypes types;
  private final MethodDeletions methods;
  private final Map<String, List<PersonalField>> personalFields = new HashMap<>();
  private final Map<String, String> persisted = new LinkedHashMap<>();
  private final Map<String, String> storedFieldByField = new LinkedHashMap<>();
  private final List<DeletionPath> paths = new ArrayList<>();
  private Set<CtExecutable<?>> reachable;
  private List<CtExecutable<?>> unreachableDeleting;
  private final Map<String, Set<String>> storedWith = new HashMap<>();
  /** {@link #owned}, worked out once per type: {@link #covered} asks it of every listed type for every type. */
  private final Map<String, Set<String>> owned = new HashMap<>();
  private Set<String> reachablyDeleted;

  private Deletions(Facts facts, SourceModel model, Flows flows) {
    this.facts = facts;
    this.model = model;
    this.graph = flows.callGraph();
    this.persistence = graph.frameworks().persistence();
    this.types = new AnalysedTypes(model);
    Set<FieldKey> personalKeys = new HashSet<>();
    for (CtType<?> t : types.all()) {
      for (PersonalField f : personalFields(t)) {
        personalKeys.add(f.key());
      }
    }
    Map<String, Set<String>> learnedTables = new HashMap<>();
    this.methods = new MethodDeletions(facts, graph, types, personalKeys, graph.frameworks().mappers(), learnedTables);
    findFieldByFieldStorage(flows, learnedTables); // before any method's deletions are worked out
    findPersisted(flows);
    findPaths();
  }

  /**
   * The deletions of the analysed code, worked out once per analysis; empty when the rules run
   * without the engine.
   */
  public static Optional<Deletions> of(RuleContext context) {
    Flows flows = context.flows();
    return flows.callGraph() == null ? Optional.empty()
        : Optional.of(context.shared(Deletions.class, () -> new Deletions(context.facts(), context.model(), flows)));
  }

  // ---- personal information --------------------------------------------------------------------

  /** The analysed classes and records that declare personal fields, in source order. */
  public List<CtType<?>> holders() {
    return types.all().stream()
        .filter(t -> !t.isInterface() && !t.isAnnotationType() && !personalFields(t).isEmpty())
        .sorted(Comparator.comparing(model::locate))
        .toList();
  }

  /**
   * The personal fields a type declares itself: fields (or their getters) declared
   * {@code @PersonalInfo}/{@code @Sensitive} by annotation or catalog; when none is, and the type
   * itself is declared, every instance field but identifiers and references to other analysed types.
   */
  public List<PersonalField> personalFields(CtType<?> type) {
    return personalFields.computeIfAbsent(name(type), k -> findPersonalFields(type));
  }

  private List<PersonalField> findPersonalFields(CtType<?> type) {
    String qualified = type.getQualifiedName();
    Map<String, PersonalField> found = new LinkedHashMap<>();
    List<CtField<?>> fields = types.storedFields(type);
    for (CtField<?> f : fields) {
      declarationOf(facts.on(Target.field(qualified, f.getSimpleName())))
          .ifPresent(c -> found.put(f.getSimpleName(), field(type, f.getSimpleName(), c)));
    }
    // the accessors in the order of Spoon's getMethods(), which sorts every method by its signature
    List<CtMethod<?>> accessors = new ArrayList<>();
    for (CtTypeMember member : type.getTypeMembers()) {
      if (member instanceof CtMethod<?> m && m.getParameters().isEmpty()
          && JavaBeans.readProperty(m.getSimpleName()) != null) {
        accessors.add(m);
      }
    }
    accessors.sort(new SignatureComparator());
    for (CtMethod<?> m : accessors) {
      String property = JavaBeans.readProperty(m.getSimpleName());
      if (!found.containsKey(property) && fields.stream().anyMatch(f -> f.getSimpleName().equals(property))) {
        declarationOf(facts.on(Target.method(qualified, m.getSimpleName(), null)))
            .ifPresent(c -> found.put(property, field(type, property, c)));
      }
    }
    if (found.isEmpty()) {
      Optional<Declaration> whole = declarationOf(facts.on(Target.type(qualified)));
      if (whole.isPresent()) {
        for (CtField<?> f : fields) {
          if (!persistence.isIdentifier(f) && !f.getSimpleName().equals("id") && types.held(f.getType()).isEmpty()) {
            found.put(f.getSimpleName(), field(type, f.getSimpleName(), whole.get()));
          }
        }
      }
    }
    return List.copyOf(found.values());
  }

  private PersonalField field(CtType<?> type, String name, Declaration declaration) {
    return new PersonalField(name(type), type.getSimpleName(), name, declaration.categoryLabel(), declaration);
  }

  /** The declaration naming a member's category: its {@code @PersonalInfo}, else its {@code @Sensitive}. */
  private static Optional<Declaration> declarationOf(List<Declaration> declarations) {
    Optional<Declaration> pi = declarations.stream().filter(d -> d.role() == Role.PERSONAL_INFO).findFirst();
    if (pi.isPresent()) {
      return pi;
    }
    return declarations.stream().filter(d -> d.role() == Role.SENSITIVE).findFirst();
  }

  /** The personal fields of a type and of its analysed superclasses. */
  private List<PersonalField> allPersonalFields(CtType<?> type) {
    List<PersonalField> all = new ArrayList<>();
    for (CtType<?> t : types.hierarchy(type)) {
      all.addAll(personalFields(t));
    }
    return all;
  }

  // ---- storage -------------------------------------------------------------------------------

  /**
   * Why a type counts as stored, e.g. {@code @Entity}, {@code stored by EntityManager.persist()},
   * {@code kept in Order.shippingAddress}; empty for types that only pass through (requests, DTOs).
   */
  public Optional<String> persisted(CtType<?> type) {
    return Optional.ofNullable(persisted.get(name(type)));
  }

  private void findPersisted(Flows flows) {
    for (CtType<?> t : types.all()) {
      for (CtType<?> h : types.hierarchy(t)) {
        Optional<String> a = persistence.entityAnnotation(h);
        if (a.isPresent()) {
          persisted.putIfAbsent(name(t), "@" + a.get());
          break;
        }
      }
    }
    for (CtType<?> t : types.all()) {
      // Spring Data and MyBatis-Plus repository interfaces name their entity; names alone (MapStruct's
      // MemberMapper converts, it does not store) are not enough to call a type stored
      if (t.isInterface() && methods.frameworkRepository(types.names(t.getReference()))) {
        for (String entity : types.typeArguments(t.getReference())) {
          persisted.putIfAbsent(entity, "managed by " + t.getSimpleName());
        }
      }
    }
    for (Flow f : flows.all()) {
      if (f.sink().kind().isAtRest() && f.sinkCall() instanceof CtAbstractInvocation<?> call) {
        for (CtExpression<?> argument : call.getArguments()) {
          for (CtType<?> t : types.held(argument.getType())) {
            persisted.putIfAbsent(name(t), "stored by " + f.sink().name());
          }
        }
      }
    }
    storedFieldByField.forEach(persisted::putIfAbsent);
    Deque<String> queue = new ArrayDeque<>(persisted.keySet());
    while (!queue.isEmpty()) {
      CtType<?> owner = types.get(queue.poll());
      if (owner == null) {
        continue;
      }
      for (CtType<?> h : types.hierarchy(owner)) {
        for (CtField<?> f : types.storedFields(h)) {
          for (CtType<?> kept : types.held(f.getType())) {
            if (persisted.putIfAbsent(name(kept), "kept in " + owner.getSimpleName() + "." + f.getSimpleName()) == null) {
              queue.add(name(kept));
            }
          }
        }
      }
    }
  }

  /**
   * Types whose fields are written to storage one by one ({@code ps.setString(2, profile.mobile)},
   * {@code jdbcTemplate.update(sql, p.getName())}): stored, in the table the SQL of the method that
   * writes them names when it names exactly one ({@code INSERT INTO t_member_profile ...}), so that
   * a {@code DELETE FROM t_member_profile} deletes them. A call given an analysed object whole is
   * left to the rules above: the object is what it stores.
   */
  private void findFieldByFieldStorage(Flows flows, Map<String, Set<String>> learnedTables) {
    for (Flow f : flows.all()) {
      if (f.sink().kind() != Sink.Kind.STORAGE || !(f.sinkCall() instanceof CtAbstractInvocation<?> call)
          || call.getArguments().stream().anyMatch(a -> !types.held(a.getType()).isEmpty())
          || f.source().declaration() == null) {
        continue;
      }
      Target target = f.source().declaration().target();
      CtType<?> owner = target.typeName() == null ? null : types.get(target.typeName());
      if (owner == null || owner.isInterface() || target.kind() == TargetKind.PARAMETER) {
        continue;
      }
      storedFieldByField.putIfAbsent(name(owner), "stored by " + f.sink().name());
      CtExecutable<?> writer = CallGraph.owner(call);
      Set<String> tables = writer == null ? Set.of() : methods.writtenTables(writer);
      if (tables.size() == 1) {
        learnedTables.computeIfAbsent(tables.iterator().next(), k -> new LinkedHashSet<>()).add(name(owner));
      }
    }
  }

  // ---- deletion paths ------------------------------------------------------------------------

  /** The declared deletion paths (annotated or catalogued) whose method is in the analysed code, in source order. */
  public List<DeletionPath> paths() {
    return Collections.unmodifiableList(paths);
  }

  private void findPaths() {
    for (CtExecutable<?> e : graph.executables()) {
      if (!(e instanceof CtMethod<?> m) || m.getDeclaringType() == null) {
        continue;
      }
      List<CtType<?>> listed = new ArrayList<>();
      boolean declared = false;
      for (Declaration d : facts.on(Target.method(m.getDeclaringType().getQualifiedName(), m.getSimpleName(), null))) {
        if (d.role() == Role.DELETION_PATH && d.target().matchesParameters(parameterTypes(m))) {
          declared = true;
          for (String value : dev.datawarden.analyzer.fact.DeletionPath.of(d).types()) {
            CtType<?> t = types.get(value);
            if (t != null && !listed.contains(t)) {
              listed.add(t);
            }
          }
        }
      }
      if (declared) {
        paths.add(new DeletionPath(m, listed));
      }
    }
    paths.sort(Comparator.comparing(p -> model.locate(p.method())));
  }

  private static List<String> parameterTypes(CtExecutable<?> e) {
    return e.getParameters().stream().map(p -> p.getType() == null ? "" : p.getType().getQualifiedName()).toList();
  }

  /** The methods that run when {@code method} is called: itself, or its analysed implementations when abstract. */
  private List<CtExecutable<?>> starts(CtExecutable<?> method) {
    if (method.getBody() != null || !(method instanceof CtMethod<?> m)) {
      return List.of(method);
    }
    List<CtExecutable<?>> implementations = new ArrayList<>();
    for (CtExecutable<?> e : graph.executables()) {
      if (e instanceof CtMethod<?> candidate && candidate != m && candidate.getBody() != null
          && candidate.getSimpleName().equals(m.getSimpleName()) && graph.overrides(candidate, m)) {
        implementations.add(candidate);
      }
    }
    return implementations;
  }


  private Set<CtExecutable<?>> closure(Collection<CtExecutable<?>> roots) {
    Set<CtExecutable<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<CtExecutable<?>> queue = new ArrayDeque<>();
    for (CtExecutable<?> r : roots) {
      if (seen.add(r)) {
        queue.add(r);
      }
    }
    while (!queue.isEmpty()) {
      for (CallGraph.CallSite site : graph.calls(queue.poll())) {
        for (CtExecutable<?> target : graph.targets(site.call())) {
          if (seen.add(target)) {
            queue.add(target);
          }
        }
      }
    }
    return seen;
  }

  // ---- coverage (MissingDeletionPath) --------------------------------------------------------

  /**
   * True when some deletion covers the type: a declared deletion path names it, a subtype or
   * supertype of it, or a type that owns it; or code reachable from an entry point or from a
   * declared deletion path deletes it or an object it is stored with.
   */
  public boolean covered(CtType<?> type) {
    String t = name(type);
    return listedCovers(t) || deletes(reachablyDeleted(), t);
  }

  /**
   * True when a type some declared deletion path lists is {@code t}, owns it, or is {@link
   * AnalysedTypes#related related} to it. Asks {@code related} only of the listed types that may
   * be: those among {@code t}'s possible supertypes, those with {@code t} among theirs, and those
   * whose supertypes are not known ({@code related} answers false for every other pair); asking it
   * of every listed type for every type made the rule quadratic in the code base.
   */
  private boolean listedCovers(String t) {
    if (listed == null) {
      listed = new Listed();
    }
    if (listed.names.contains(t) || listed.owned.contains(t)) {
      return true;
    }
    Set<String> up = types.possibleSupertypeNames(t);
    if (up == null) {
      return listed.names.stream().anyMatch(l -> types.related(t, l));
    }
    Set<String> candidates = new LinkedHashSet<>(listed.unknown);
    for (String n : up) {
      if (listed.names.contains(normalise(n))) {
        candidates.add(normalise(n));
      }
    }
    CtType<?> own = types.get(t);
    if (own != null) {
      candidates.addAll(listed.below.getOrDefault(own.getQualifiedName(), List.of()));
    }
    return candidates.stream().anyMatch(l -> types.related(t, l));
  }

  /** The types the declared deletion paths list, indexed for {@link #listedCovers}; made when first needed. */
  private Listed listed;

  private final class Listed {
    /** Their names. */
    final Set<String> names = new LinkedHashSet<>();
    /** What they own. */
    final Set<String> owned = new HashSet<>();
    /** By each qualified name that may name a supertype of one: the listed types below it. */
    final Map<String, List<String>> below = new HashMap<>();
    /** Those whose supertypes are not known. */
    final Set<String> unknown = new LinkedHashSet<>();

    Listed() {
      for (DeletionPath p : paths) {
        for (CtType<?> type : p.types()) {
          String l = name(type);
          if (!names.add(l)) {
            continue;
          }
          owned.addAll(owned(l));
          Set<String> up = types.possibleSupertypeNames(l);
          if (up == null) {
            unknown.add(l);
          } else {
            up.forEach(n -> below.computeIfAbsent(n, k -> new ArrayList<>()).add(l));
          }
        }
      }
    }
  }

  /**
   * Where the analysed types holding personal information (the context sources' too) that some
   * deletion covers ({@link #covered}) are named, as {@link MissingDeletionPath} would report them,
   * for judging a multi-module build as a whole.
   */
  public Set<Location> coveredHolders() {
    Set<Location> locations = new TreeSet<>();
    for (CtType<?> type : holders()) {
      if (covered(type)) {
        locations.add(nameLocation(type));
      }
    }
    return locations;
  }

  /** The methods an entry point or a declared deletion path reaches, computed when first needed. */
  private Set<CtExecutable<?>> reachable() {
    if (reachable == null) {
      List<CtExecutable<?>> roots = new ArrayList<>(graph.entryPoints());
      paths.forEach(p -> roots.addAll(starts(p.method())));
      for (CtExecutable<?> e : graph.executables()) {
        if (e instanceof CtMethod<?> m && libraryCallback(m)) {
          roots.add(m); // a session DAO's doDelete(), a TimerTask's run(): the library calls them
        }
      }
      reachable = closure(roots);
    }
    return reachable;
  }

  /**
   * True for a method the library its class extends calls back: an override of an abstract or
   * protected method declared by a type outside the analysed code (a template method such as a
   * session DAO's {@code doDelete}, a {@code TimerTask}'s {@code run}), written {@code @Override}
   * in a class whose superclass is not analysed; when the hierarchy does not resolve, a protected one.
   */
  private boolean libraryCallback(CtMethod<?> m) {
    if (m.getBody() == null || m.isStatic() || m.getDeclaringType() == null
        || m.getAnnotations().stream().noneMatch(a -> a.getAnnotationType().getSimpleName().equals("Override"))) {
      return false; // an override says so (asking Spoon for the top definitions of every method costs minutes)
    }
    spoon.reflect.reference.CtTypeReference<?> superclass = m.getDeclaringType().getSuperclass();
    if (superclass == null || types.get(superclass.getQualifiedName()) != null) {
      return false; // extends nothing, or an analysed class (whose calls the call graph sees)
    }
    try {
      for (CtMethod<?> top : m.getTopDefinitions()) {
        if (top != m && !dev.datawarden.analyzer.flow.Knowledge.inModel(top) || top.isShadow()) {
          return top.isAbstract() || top.hasModifier(spoon.reflect.declaration.ModifierKind.PROTECTED);
        }
      }
    } catch (RuntimeException e) {
      // a hierarchy Spoon cannot resolve: judged by the modifiers below
    }
    return m.hasModifier(spoon.reflect.declaration.ModifierKind.PROTECTED);
  }

  /** The types deleted by code reachable from an entry point or a deletion path. */
  private Set<String> reachablyDeleted() {
    if (reachablyDeleted == null) {
      reachablyDeleted = new LinkedHashSet<>();
      for (CtExecutable<?> e : reachable()) {
        reachablyDeleted.addAll(methods.of(e).deleted);
      }
    }
    return reachablyDeleted;
  }

  /** Analysed methods that delete the type but that no entry point or deletion path reaches, in source order. */
  public List<CtExecutable<?>> unreachableDeletes(CtType<?> type) {
    String t = name(type);
    return unreachableDeleting().stream()
        .filter(e -> deletes(methods.of(e).deleted, t))
        .sorted(Comparator.comparing(model::locate))
        .toList();
  }

  /**
   * The methods no entry point reaches that delete something, in the call graph's order: found
   * once, not once per stored type (which made the rule quadratic in the size of the code base).
   */
  private List<CtExecutable<?>> unreachableDeleting() {
    if (unreachableDeleting == null) {
      unreachableDeleting = graph.executables().stream()
          .filter(e -> !reachable().contains(e) && !methods.of(e).deleted.isEmpty())
          .toList();
    }
    return unreachableDeleting;
  }

  private boolean deletes(Set<String> deleted, String type) {
    for (String d : deleted) {
      if (types.related(type, d) || storedWith(d).contains(type)) {
        return true;
      }
    }
    return false;
  }

  // ---- completeness (IncompleteDeletion) -----------------------------------------------------

  /**
   * The personal fields of the path's types, and the owned data holding personal information,
   * that the path (with everything it calls) neither clears nor deletes. A path whose method has
   * no analysed body (an interface implemented elsewhere) is taken at its word.
   */
  public Gap gap(DeletionPath path) {
    List<CtExecutable<?>> starts = starts(path.method());
    if (starts.isEmpty()) {
      return new Gap(List.of(), List.of(), List.of());
    }
    Set<String> deleted = new LinkedHashSet<>();
    Set<FieldKey> cleared = new LinkedHashSet<>();
    Set<String> flags = new LinkedHashSet<>();
    for (CtExecutable<?> e : closure(starts)) {
      MethodDeletions.Effects fx = methods.of(e);
      deleted.addAll(fx.deleted);
      cleared.addAll(fx.cleared);
      flags.addAll(fx.softDeleteFlags);
    }
    List<String> left = new ArrayList<>();
    List<Declaration> restsOn = new ArrayList<>();
    boolean anyRowKept = false;
    for (CtType<?> type : path.types()) {
      boolean rowDeleted = deletes(deleted, name(type));
      anyRowKept |= !rowDeleted;
      if (!rowDeleted) {
        for (PersonalField f : allPersonalFields(type)) {
          if (!cleared.contains(f.key())) {
            left.add(f.describe());
            restsOn.add(f.declaration());
          }
        }
      }
      for (CtType<?> h : types.hierarchy(type)) {
        for (CtField<?> f : ownedFields(h)) {
          if (cleared.contains(new FieldKey(name(h), f.getSimpleName())) && clearingDeletes(f) || rowDeleted && storedWithRow(f)) {
            continue;
          }
          List<CtType<?>> owned = ownedTypes(f, h);
          boolean handled = owned.stream().allMatch(o -> deletes(deleted, name(o)) || clearedInPlace(o, cleared));
          if (!handled) {
            left.add(h.getSimpleName() + "." + f.getSimpleName() + " ("
                + String.join(", ", owned.stream().map(CtType::getSimpleName).toList()) + ")");
            owned.forEach(o -> allPersonalFields(o).forEach(p -> restsOn.add(p.declaration())));
          }
        }
      }
    }
    return new Gap(left, anyRowKept ? List.copyOf(flags) : List.of(), restsOn);
  }

  /** True when every personal field of an owned object is cleared on the path: it is anonymised in place. */
  private boolean clearedInPlace(CtType<?> type, Set<FieldKey> cleared) {
    List<PersonalField> fields = allPersonalFields(type);
    return !fields.isEmpty() && fields.stream().allMatch(f -> cleared.contains(f.key()));
  }

  // ---- ownership -----------------------------------------------------------------------------

  /** Fields holding data of another analysed type that carries personal information, and that is not merely referenced. */
  private List<CtField<?>> ownedFields(CtType<?> type) {
    List<CtField<?>> owned = new ArrayList<>();
    for (CtField<?> f : types.storedFields(type)) {
      if (!persistence.isSharedReference(f) && !ownedTypes(f, type).isEmpty()) {
        owned.add(f);
      }
    }
    return owned;
  }

  private List<CtType<?>> ownedTypes(CtField<?> field, CtType<?> owner) {
    return types.held(field.getType()).stream()
        .filter(t -> !types.related(name(t), name(owner)) && holdsPersonalInfo(t, 0))
        .toList();
  }

  private boolean holdsPersonalInfo(CtType<?> type, int depth) {
    if (!allPersonalFields(type).isEmpty()) {
      return true;
    }
    if (depth > 3) {
      return false;
    }
    for (CtType<?> h : types.hierarchy(type)) {
      for (CtField<?> f : types.storedFields(h)) {
        if (!persistence.isSharedReference(f)) {
          for (CtType<?> t : types.held(f.getType())) {
            if (!types.related(name(t), name(type)) && holdsPersonalInfo(t, depth + 1)) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  /** The types a type owns, transitively: what a declared deletion path for it must also erase. */
  private Set<String> owned(String type) {
    Set<String> found = owned.get(type);
    if (found == null) {
      found = reach(type, f -> !persistence.isSharedReference(f));
      owned.put(type, found);
    }
    return found;
  }

  /** The types deleted together with an object of this type: embedded, nested, or cascaded to. */
  private Set<String> storedWith(String type) {
    Set<String> found = storedWith.get(type);
    if (found == null) {
      found = reach(type, this::storedWithRow);
      storedWith.put(type, found);
    }
    return found;
  }

  private Set<String> reach(String type, Predicate<CtField<?>> follows) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> queue = new ArrayDeque<>(List.of(type));
    while (!queue.isEmpty()) {
      CtType<?> t = types.get(queue.poll());
      if (t == null) {
        continue;
      }
      for (CtType<?> h : types.hierarchy(t)) {
        for (CtField<?> f : types.storedFields(h)) {
          if (follows.test(f)) {
            for (CtType<?> o : types.held(f.getType())) {
              if (o != t && seen.add(name(o))) {
                queue.add(name(o));
              }
            }
          }
        }
      }
    }
    seen.remove(type);
    return seen;
  }

  /** True when the field's data goes with the row: not a relation, or a relation that cascades removal. */
  private boolean storedWithRow(CtField<?> field) {
    CtAnnotation<?> relation = relation(field);
    if (relation == null) {
      return true;
    }
    CtExpression<?> cascade = relation.getValues().get("cascade");
    String c = cascade == null ? "" : cascade.toString();
    return c.contains("REMOVE") || c.contains("ALL") || removesOrphans(relation);
  }

  /** True when clearing the field deletes its data: not a relation (a relation only unlinks), or one removing orphans. */
  private boolean clearingDeletes(CtField<?> field) {
    CtAnnotation<?> relation = relation(field);
    return relation == null || removesOrphans(relation);
  }

  private static boolean removesOrphans(CtAnnotation<?> relation) {
    CtExpression<?> orphans = relation.getValues().get("orphanRemoval");
    return orphans != null && orphans.toString().equals("true");
  }

  private CtAnnotation<?> relation(CtField<?> field) {
    return persistence.relation(field).orElse(null);
  }

  // ---- locations -----------------------------------------------------------------------------

  /** Where a type or method is named (the line of {@code class Member}, not of its annotations or Javadoc). */
  public Location nameLocation(CtElement element) {
    Location start = model.locate(element);
    SourcePosition p = element.getPosition();
    if (p instanceof CompoundSourcePosition named && p.isValidPosition()) {
      CtCompilationUnit unit = named.getCompilationUnit();
      int[] separators = unit == null ? null : unit.getLineSeparatorPositions();
      if (separators != null) {
        int at = named.getNameStart();
        int line = 1;
        int lineStart = 0;
        for (int separator : separators) {
          if (separator >= at) {
            break;
          }
          line++;
          lineStart = separator + 1;
        }
        return new Location(start.file(), line, at - lineStart + 1);
      }
    }
    return start;
  }
}
