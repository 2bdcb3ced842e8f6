package dev.datawarden.analyzer.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import spoon.reflect.CtModel;
import spoon.reflect.code.CtFieldRead;
import spoon.reflect.code.CtLocalVariable;
import spoon.reflect.code.CtVariableRead;
import spoon.reflect.declaration.CtClass;
import spoon.reflect.declaration.CtConstructor;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtExecutable;
import spoon.reflect.declaration.CtField;
import spoon.reflect.declaration.CtMethod;
import spoon.reflect.declaration.CtModule;
import spoon.reflect.declaration.CtPackage;
import spoon.reflect.declaration.CtType;
import spoon.reflect.declaration.CtVariable;
import spoon.reflect.factory.Factory;
import spoon.reflect.reference.CtArrayTypeReference;
import spoon.reflect.reference.CtExecutableReference;
import spoon.reflect.reference.CtFieldReference;
import spoon.reflect.reference.CtLocalVariableReference;
import spoon.reflect.reference.CtReference;
import spoon.reflect.reference.CtTypeParameterReference;
import spoon.reflect.reference.CtTypeReference;
import spoon.reflect.reference.CtVariableReference;
import spoon.reflect.visitor.CtScanner;
import spoon.reflect.visitor.filter.TypeFilter;

/**
 * Fast answers to "which declaration does this reference name?" for the analysed code.
 *
 * <p>Spoon resolves a reference by searching the model each time: a nested type by scanning its
 * top-level type's whole tree, a local variable by scanning the statements before the reference.
 * On a large code base (guava) those searches were most of the analysis time. This index holds
 * every type of the model by qualified name, and every local variable by name within its top-level
 * type, built once per model and shared by every part of the analysis (it lives in the model's
 * metadata, so it goes away with the model). Anything the index cannot answer with certainty —
 * library types, overloaded methods, shadowed locals it cannot place — falls back to Spoon.
 *
 * <p>It also lists the model's elements, as Spoon's queries would find them ({@link #all},
 * {@link #within}, {@link #topLevelTypes}) but from one pass of Spoon's scanner, and names the
 * supertypes of analysed and library types without building Spoon's shadow models of library
 * classes ({@link #supertypeNames}, {@link #typeNames}).
 *
 * <p>The model must not change after the index is built. It is safe to use from several threads.
 */
public final class ModelIndex {

  /** Stands for "certainly no declaration" among the answers of {@link #local}. */
  private static final CtLocalVariable<?> NONE = new spoon.support.reflect.code.CtLocalVariableImpl<>();

  private final Map<String, CtType<?>> types = new HashMap<>();
  /** Every element of the model except references, in the order Spoon's scanner visits them. */
  private final List<CtElement> elements = new ArrayList<>();
  /** Where the elements of each type and executable lie in {@link #elements}: from, to (exclusive). */
  private final Map<CtElement, int[]> extents = new IdentityHashMap<>();
  /** {@link #all} by kind, filtered the first time each kind is asked for. */
  private final Map<Class<?>, List<? extends CtElement>> byKind = new ConcurrentHashMap<>();
  private final List<CtType<?>> topLevelTypes = new ArrayList<>();
  private final Factory factory;
  private final Map<String, List<String>> librarySupertypes = new HashMap<>();
  private final Map<String, Set<String>> typeNames = new HashMap<>();
  /** {@link #typeNames(CtType)}'s answers, by type. */
  private final Map<CtType<?>, Set<String>> typeNamesOf = Collections.synchronizedMap(new IdentityHashMap<>());
  // by identity: Spoon's equals() and hashCode() compare elements by their text
  private final Map<CtType<?>, Map<String, List<CtLocalVariable<?>>>> locals =
      Collections.synchronizedMap(new IdentityHashMap<>());
  /**
   * What {@link #variable} answered for each reference it was asked about that names no field of the
   * model ({@link #NONE} for none): finding a local's or a parameter's declaration walks the
   * reference's parents, and the data flow asks again at every analysis of a method.
   */
  private final Map<CtVariableReference<?>, CtVariable<?>> variables = Collections.synchronizedMap(new IdentityHashMap<>());
  private final Map<CtExecutable<?>, Map<CtVariable<?>, List<CtVariableRead<?>>>> readsByScope =
      Collections.synchronizedMap(new IdentityHashMap<>());

  private ModelIndex(Factory factory) {
    this.factory = factory;
    // one pass of Spoon's own scanner: Spoon's queries (getElements with a filter) walk the whole
    // tree each time, several times slower than a scanner, and the analysis asked them a dozen times
    Deque<Integer> open = new ArrayDeque<>();
    CtScanner scanner = new CtScanner() {
      @Override
      protected void enter(CtElement e) {
        if (e instanceof CtReference) {
          return;
        }
        if (e instanceof CtType<?> || e instanceof CtExecutable<?>) {
          open.push(elements.size());
        }
        elements.add(e);
      }

      @Override
      protected void exit(CtElement e) {
        if (e instanceof CtType<?> || e instanceof CtExecutable<?>) {
          extents.put(e, new int[] {open.pop(), elements.size()});
        }
      }
    };
    for (CtModule module : factory.getModel().getAllModules()) {
      scanner.scan(module);
    }
    for (CtElement e : elements) {
      if (e instanceof CtType<?> type && !type.isShadow() && !(type instanceof spoon.reflect.declaration.CtTypeParameter)) {
        types.putIfAbsent(type.getQualifiedName(), type);
      } else if (e instanceof CtPackage p) {
        topLevelTypes.addAll(p.getTypes()); // as CtModel.getAllTypes(): packages in the scanner's order
      }
    }
  }

  /**
   * The top-level types of the model, in the order of Spoon's {@code CtModel.getAllTypes()} (which
   * walks the whole model to find the packages each time it is called).
   */
  public List<CtType<?>> topLevelTypes() {
    return Collections.unmodifiableList(topLevelTypes);
  }

  /**
   * Every element of this kind in the model, in the order of Spoon's
   * {@code model.getElements(new TypeFilter<>(kind))}; references are not indexed and never returned.
   */
  @SuppressWarnings("unchecked")
  public <T extends CtElement> List<T> all(Class<T> kind) {
    refuseReferences(kind);
    return (List<T>) byKind.computeIfAbsent(kind, k -> Collections.unmodifiableList(filter(kind, 0, elements.size())));
  }

  /**
   * Every element of this kind inside {@code scope} (itself included), in the order of Spoon's
   * {@code scope.getElements(new TypeFilter<>(kind))}; references are never returned. Answered from the
   * index for the model's types and executables, by Spoon for any other scope.
   */
  @SuppressWarnings("unchecked")
  public <T extends CtElement> List<T> within(CtElement scope, Class<T> kind) {
    refuseReferences(kind);
    int[] extent = extents.get(scope);
    if (extent == null) {
      List<T> found = new ArrayList<>();
      for (CtElement e : scope.getElements(new TypeFilter<>(kind))) {
        if (!(e instanceof CtReference)) {
          found.add((T) e);
        }
      }
      return found;
    }
    return filter(kind, extent[0], extent[1]);
  }

  @SuppressWarnings("unchecked")
  private <T extends CtElement> List<T> filter(Class<T> kind, int from, int to) {
    List<T> found = new ArrayList<>();
    // asked once per implementation class: an instanceof check against an interface looks through
    // the class's many interfaces, and a model has millions of elements of a few hundred classes
    Map<Class<?>, Boolean> matching = new IdentityHashMap<>();
    for (int i = from; i < to; i++) {
      CtElement e = elements.get(i);
      Boolean matches = matching.get(e.getClass());
      if (matches == null) {
        matches = kind.isInstance(e);
        matching.put(e.getClass(), matches);
      }
      if (matches) {
        found.add((T) e);
      }
    }
    return found;
  }

  private static void refuseReferences(Class<?> kind) {
    if (CtReference.class.isAssignableFrom(kind)) {
      throw new IllegalArgumentException("references are not indexed: " + kind.getName());
    }
  }

  /**
   * Indexes a built model; the analysis keeps the index ({@link SourceModel#index()}) and hands it to
   * whatever asks, nothing stores it on the model.
   */
  public static ModelIndex of(CtModel model) {
    return new ModelIndex(model.getUnnamedModule().getFactory());
  }

  /** The analysed type with this qualified name ({@code a.B$C} for nested types); null when it is not analysed. */
  public CtType<?> type(String qualifiedName) {
    return types.get(qualifiedName);
  }

  /**
   * The analysed type a reference names; null for library types, primitives, arrays and type
   * parameters.
   */
  public CtType<?> modelType(CtTypeReference<?> ref) {
    if (ref == null || ref instanceof CtArrayTypeReference<?> || ref instanceof CtTypeParameterReference
        || ref.isPrimitive()) {
      return null;
    }
    return types.get(ref.getQualifiedName());
  }

  /**
   * What a reference names, as Spoon's {@code getTypeDeclaration()} answers (a shadow for library
   * types), but without searching the model for analysed types; null when it cannot be resolved.
   */
  public CtType<?> declaration(CtTypeReference<?> ref) {
    CtType<?> known = modelType(ref);
    if (known != null || ref == null) {
      return known;
    }
    try {
      return ref.getTypeDeclaration();
    } catch (RuntimeException | LinkageError e) {
      return null;
    }
  }

  /**
   * The qualified names of the direct supertypes of the type a reference names, as its declaration
   * lists them: the superclass, then the interfaces; empty when the type is not known.
   */
  public List<String> supertypeNames(CtTypeReference<?> ref) {
    if (ref == null) {
      return List.of();
    }
    if (ref instanceof CtArrayTypeReference<?> || ref instanceof CtTypeParameterReference || ref.isPrimitive()) {
      return supertypeNames(declaration(ref));
    }
    return supertypeNames(ref.getQualifiedName());
  }

  /**
   * A type's qualified name and those of all its supertypes, each once: the type, then its
   * superclass's names, then each interface's, as {@link #supertypeNames} lists them. Worked out
   * once per name.
   */
  public Set<String> typeNames(CtTypeReference<?> ref) {
    if (ref == null) {
      return Set.of();
    }
    String name = ref.getQualifiedName();
    synchronized (typeNames) {
      Set<String> cached = typeNames.get(name);
      if (cached != null) {
        return cached;
      }
      List<String> direct;
      try {
        direct = supertypeNames(ref);
      } catch (RuntimeException | LinkageError e) {
        direct = List.of(); // outside the class path: known by name only
      }
      return typeNames(name, direct);
    }
  }

  /**
   * False when {@code b} is none of {@code a}'s supertypes by name ({@link #typeNames}), in the
   * analysed code or on the class path; true when it is, or when they cannot be told. Spoon's own
   * test ({@code isSubtypeOf}) looks each type up by name, scanning a nested type's enclosing
   * class, and walks the hierarchy anew each time: asked only where this says maybe, it is spared.
   */
  public boolean maySubtype(CtType<?> a, CtType<?> b) {
    Set<String> names = typeNames(a);
    return names == null || names.contains(b.getQualifiedName());
  }

  /**
   * {@link #typeNames(CtTypeReference)} of a type, once per type (a type's reference is made anew
   * each time it is asked for); null when its supertypes cannot be told.
   */
  public Set<String> typeNames(CtType<?> type) {
    return typeNamesOf.computeIfAbsent(type, t -> {
      try {
        return typeNames(t.getReference());
      } catch (RuntimeException e) {
        return null; // unknown: not kept, asked again
      }
    });
  }

  private Set<String> typeNames(String name, List<String> direct) {
    Set<String> names = new LinkedHashSet<>();
    Set<String> view = Collections.unmodifiableSet(names);
    typeNames.put(name, view); // before the supertypes: a broken hierarchy's cycle ends here
    names.add(name);
    for (String sup : direct) {
      Set<String> cached = typeNames.get(sup);
      names.addAll(cached != null ? cached : typeNames(sup, supertypeNames(sup)));
    }
    return view;
  }

  /**
   * The same for the class or interface with this qualified name ({@code a.B$C} for nested types).
   * An analysed type answers from the model; a library type by reflection on the project's class
   * path, as Spoon reads it to build a shadow declaration (Spoon 11.5's JavaReflectionTreeBuilder:
   * no superclass for interfaces, annotations and direct subclasses of {@code Object}, {@code Enum}
   * and {@code Record} for enums and records, no interfaces for annotations) without building one:
   * a shadow is a model of every member of the class, and the analysis asks this of hundreds of
   * library types. The interfaces come in the order the class declares them (a shadow's come in an
   * order of Spoon's hash set).
   */
  public List<String> supertypeNames(String qualifiedName) {
    CtType<?> analysed = types.get(qualifiedName);
    if (analysed != null) {
      return supertypeNames(analysed);
    }
    synchronized (librarySupertypes) {
      return librarySupertypes.computeIfAbsent(qualifiedName, this::librarySupertypes);
    }
  }

  private static List<String> supertypeNames(CtType<?> declaration) {
    if (declaration == null) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    if (declaration.getSuperclass() != null) {
      names.add(declaration.getSuperclass().getQualifiedName());
    }
    for (CtTypeReference<?> i : declaration.getSuperInterfaces()) {
      names.add(i.getQualifiedName());
    }
    return names;
  }

  private List<String> librarySupertypes(String qualifiedName) {
    Class<?> type;
    try {
      type = Class.forName(qualifiedName, false, factory.getEnvironment().getInputClassLoader());
    } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
      return List.of(); // not on the class path: known by name only
    }
    List<String> names = new ArrayList<>();
    try {
      if (type.isAnnotation()) {
        return List.of();
      } else if (type.isEnum()) {
        names.add(Enum.class.getName());
      } else if (type.isRecord()) {
        names.add("java.lang.Record");
      } else if (!type.isInterface() && type.getSuperclass() != null && type.getSuperclass() != Object.class) {
        names.add(type.getSuperclass().getName());
      }
      for (Class<?> i : type.getInterfaces()) {
        names.add(i.getName());
      }
    } catch (LinkageError | RuntimeException e) {
      // a supertype outside the class path: the names found so far are all we know
    }
    return List.copyOf(names);
  }

  /**
   * The field a reference names as Spoon's {@code getFieldDeclaration()} answers it (declared on the
   * reference's declaring type, an enum's value too, a shadow's for library types; null when the
   * type is unknown), the analysed type found through the index: Spoon looks a nested type up by
   * scanning its enclosing class, which in a generated class of thousands of lines costs more than
   * everything else asked of it.
   */
  public CtField<?> fieldDeclaration(CtFieldReference<?> ref) {
    CtType<?> type = ref == null || ref.getDeclaringType() == null ? null : declaration(ref.getDeclaringType());
    if (type == null) {
      return null;
    }
    CtField<?> field = type.getField(ref.getSimpleName());
    return field == null && type instanceof spoon.reflect.declaration.CtEnum<?> e ? e.getEnumValue(ref.getSimpleName())
        : field;
  }

  /** The analysed field a reference names, declared on its type or inherited in the analysed code; null otherwise. */
  public CtField<?> modelField(CtFieldReference<?> ref) {
    if (ref == null) {
      return null;
    }
    CtType<?> owner = modelType(ref.getDeclaringType());
    String name = ref.getSimpleName();
    Set<CtType<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<CtType<?>> work = new ArrayDeque<>();
    if (owner != null) {
      work.add(owner);
    }
    while (!work.isEmpty()) {
      CtType<?> type = work.poll();
      if (!seen.add(type)) {
        continue;
      }
      CtField<?> field = type.getField(name);
      if (field != null) {
        return field;
      }
      CtType<?> superclass = modelType(type.getSuperclass());
      if (superclass != null) {
        work.add(superclass);
      }
      for (CtTypeReference<?> i : type.getSuperInterfaces()) {
        CtType<?> known = modelType(i);
        if (known != null) {
          work.add(known);
        }
      }
    }
    return null;
  }

  /**
   * The method or constructor a reference names, as Spoon's {@code getExecutableDeclaration()}
   * answers (a shadow for library methods); null when it cannot be resolved. A method of an
   * analysed type found by name and arity alone is answered here; overloads go to Spoon.
   */
  public CtExecutable<?> executable(CtExecutableReference<?> ref) {
    if (ref == null) {
      return null;
    }
    CtType<?> owner = modelType(ref.getDeclaringType());
    if (owner instanceof CtClass<?> type && ref.isConstructor()) {
      CtConstructor<?> only = null;
      int count = 0;
      for (CtConstructor<?> c : type.getConstructors()) {
        if (varArgs(c) || c.getParameters().size() == ref.getParameters().size()) {
          only = c;
          count += varArgs(c) ? 2 : 1;
        }
      }
      if (count == 1) {
        return only;
      }
    } else if (owner != null && !ref.isConstructor()) {
      CtMethod<?> only = null;
      int arity = ref.getParameters().size();
      int count = 0;
      for (CtMethod<?> m : owner.getMethodsByName(ref.getSimpleName())) {
        if (m.getParameters().size() == arity && !varArgs(m)) {
          only = m;
          count++;
        } else if (varArgs(m)) {
          count += 2; // the arity of a varargs call says little: let Spoon decide
        }
      }
      if (count == 1) {
        return only;
      }
    }
    try {
      return owner != null ? declaredOn(owner, ref) : ref.getExecutableDeclaration();
    } catch (RuntimeException | LinkageError e) {
      return null; // unresolvable in no-class-path mode
    }
  }

  /**
   * What Spoon's {@code getExecutableDeclaration()} answers for a reference whose declaring type is
   * the analysed {@code type} (not an array): it looks the type up by name first, scanning a nested
   * type's whole enclosing class, then asks the type as here (Spoon 11.5.0's
   * {@code CtExecutableReferenceImpl.getCtExecutable}).
   */
  private static CtExecutable<?> declaredOn(CtType<?> type, CtExecutableReference<?> ref) {
    CtTypeReference<?>[] parameters = ref.getParameters().toArray(new CtTypeReference<?>[0]);
    CtExecutable<?> method = type.getMethod(ref.getSimpleName(), parameters);
    if (method == null && type instanceof CtClass<?> c && ref.isConstructor()) {
      try {
        return c.getConstructor(parameters);
      } catch (ClassCastException e) {
        return null;
      }
    }
    if (method == null && ref.getSimpleName().startsWith("lambda$")) {
      @SuppressWarnings("rawtypes")
      List<spoon.reflect.code.CtLambda> lambdas = type.getElements(
          new spoon.reflect.visitor.filter.NamedElementFilter<>(spoon.reflect.code.CtLambda.class, ref.getSimpleName()));
      return lambdas.isEmpty() ? null : lambdas.get(0);
    }
    return method;
  }

  private static boolean varArgs(CtExecutable<?> e) {
    List<? extends spoon.reflect.declaration.CtParameter<?>> parameters = e.getParameters();
    return !parameters.isEmpty() && parameters.get(parameters.size() - 1).isVarArgs();
  }

  /**
   * The analysed method or constructor a reference names; null for library methods (without
   * building their shadow declarations) and for what cannot be resolved.
   */
  public CtExecutable<?> modelExecutable(CtExecutableReference<?> ref) {
    if (ref == null || modelType(ref.getDeclaringType()) == null) {
      return null;
    }
    CtExecutable<?> e = executable(ref);
    return e == null || e instanceof spoon.reflect.declaration.CtShadowable s && s.isShadow() ? null : e;
  }

  /**
   * The reads of a local variable or parameter in the code of the method, constructor or lambda
   * that declares it; indexed once per such code, the first time one of its variables is asked for.
   */
  public List<CtVariableRead<?>> reads(CtVariable<?> variable) {
    CtExecutable<?> scope = variable.getParent(CtExecutable.class);
    return scope == null ? List.of()
        : readsByScope.computeIfAbsent(scope, this::variableReads).getOrDefault(variable, List.of());
  }

  private Map<CtVariable<?>, List<CtVariableRead<?>>> variableReads(CtExecutable<?> scope) {
    Map<CtVariable<?>, List<CtVariableRead<?>>> reads = new IdentityHashMap<>();
    for (CtVariableRead<?> read : within(scope, CtVariableRead.class)) {
      if (read instanceof CtFieldRead<?> || read.getVariable() == null) {
        continue;
      }
      CtVariable<?> declaration = variable(read.getVariable());
      if (declaration != null) {
        reads.computeIfAbsent(declaration, k -> new ArrayList<>(2)).add(read);
      }
    }
    return reads;
  }

  /** The declaration a variable reference names; local variables without searching the statements before it. */
  public CtVariable<?> variable(CtVariableReference<?> ref) {
    if (ref == null) {
      return null;
    }
    if (ref instanceof CtFieldReference<?> field) {
      CtField<?> known = modelField(field);
      if (known != null) {
        return known;
      }
    }
    CtVariable<?> known = variables.get(ref);
    if (known == null) {
      known = declaration(ref);
      variables.put(ref, known == null ? NONE : known);
    }
    return known == NONE ? null : known;
  }

  private CtVariable<?> declaration(CtVariableReference<?> ref) {
    if (ref instanceof CtLocalVariableReference<?> local) {
      CtLocalVariable<?> known = local(local);
      if (known != null) {
        return known == NONE ? null : known;
      }
    }
    try {
      return ref.getDeclaration();
    } catch (RuntimeException | LinkageError e) {
      return null;
    }
  }

  /**
   * The local variable a reference names: the only local of that name in its top-level type, or,
   * when several share the name, the one declared in the innermost scope that encloses the
   * reference; {@link #NONE} when the type has no local of that name. Null when none of this
   * applies (Spoon decides then).
   */
  private CtLocalVariable<?> local(CtLocalVariableReference<?> ref) {
    if (!ref.isParentInitialized()) {
      return null;
    }
    CtType<?> top = ref.getParent(CtType.class);
    if (top == null) {
      return null;
    }
    for (CtType<?> outer = top.getParent(CtType.class); outer != null; outer = top.getParent(CtType.class)) {
      top = outer;
    }
    List<CtLocalVariable<?>> candidates = locals.computeIfAbsent(top, this::localsByName)
        .getOrDefault(ref.getSimpleName(), List.of());
    if (candidates.size() == 1) {
      return candidates.get(0);
    }
    if (candidates.isEmpty()) {
      return NONE; // no local of that name in the type (the empty name Spoon gives super's target)
    }
    Map<CtElement, Integer> depth = new IdentityHashMap<>();
    int d = 0;
    for (CtElement e = ref; e.isParentInitialized(); e = e.getParent()) {
      depth.put(e, d++);
    }
    CtLocalVariable<?> best = null;
    int bestDepth = Integer.MAX_VALUE;
    for (CtLocalVariable<?> candidate : candidates) {
      if (candidate.isParentInitialized()) {
        Integer at = depth.get(candidate.getParent());
        if (at != null && at < bestDepth) {
          best = candidate;
          bestDepth = at;
        }
      }
    }
    return best;
  }

  private Map<String, List<CtLocalVariable<?>>> localsByName(CtType<?> top) {
    Map<String, List<CtLocalVariable<?>>> byName = new HashMap<>();
    for (CtLocalVariable<?> local : within(top, CtLocalVariable.class)) {
      byName.computeIfAbsent(local.getSimpleName(), k -> new ArrayList<>(1)).add(local);
    }
    return byName;
  }
}
