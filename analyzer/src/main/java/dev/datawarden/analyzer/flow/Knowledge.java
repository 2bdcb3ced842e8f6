package dev.datawarden.analyzer.flow;

import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.fact.Attributes;
import dev.datawarden.analyzer.fact.Declaration;
import dev.datawarden.analyzer.fact.DeclaredData;
import dev.datawarden.analyzer.fact.Facts;
import dev.datawarden.analyzer.fact.Role;
import dev.datawarden.analyzer.fact.SinkKind;
import dev.datawarden.analyzer.fact.Target;
import dev.datawarden.analyzer.fact.WebApi;
import dev.datawarden.analyzer.frameworks.ClientDestinations;
import dev.datawarden.analyzer.frameworks.Destination;
import dev.datawarden.analyzer.frameworks.Frameworks;
import dev.datawarden.analyzer.frameworks.MyBatisMappers;
import dev.datawarden.analyzer.model.Elements;
import dev.datawarden.analyzer.model.ModelIndex;
import dev.datawarden.analyzer.model.SourceModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import spoon.reflect.code.CtAbstractInvocation;
import spoon.reflect.code.CtConstructorCall;
import spoon.reflect.code.CtExecutableReferenceExpression;
import spoon.reflect.code.CtExpression;
import spoon.reflect.code.CtInvocation;
import spoon.reflect.declaration.CtAnnotation;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtExecutable;
import spoon.reflect.declaration.CtField;
import spoon.reflect.declaration.CtMethod;
import spoon.reflect.declaration.CtParameter;
import spoon.reflect.declaration.CtType;
import spoon.reflect.declaration.ModifierKind;
import spoon.reflect.reference.CtExecutableReference;
import spoon.reflect.reference.CtTypeReference;

/**
 * What the declarations say about the program elements the engine meets: which fields, methods
 * and parameters are sources, which calls are sinks, sanitizers or transfer records, which types
 * carry data. Reads annotations and catalogs alike; library knowledge comes from the catalogs, and
 * the framework conventions the engine recognises (Lombok, Spring Data, MyBatis and its mapper XML
 * statements) are named here.
 */
public final class Knowledge {

  /** The category of personal information that is sensitive in itself, without a {@code @Sensitive}. */
  public static final String SENSITIVE_CATEGORY = "ID_NUMBER";




  private final Facts facts;
  private final SourceModel model;
  private final Frameworks frameworks;
  private final Map<String, List<Source>> sourcesByTarget = new HashMap<>();
  /** What {@link #carriedBy} finds for a type and all its fields, per field filter and kind of call. */
  private final Map<Carried, List<Source>> carried = new HashMap<>();
  /** Every field: what {@link #carriedBy(CtTypeReference)} keeps. */
  private static final Predicate<CtField<?>> ALL_FIELDS = f -> true;
  private final Map<CtType<?>, Boolean> printsData = new IdentityHashMap<>();
  private ClientDestinations clientDestinations;

  /** True when some method is declared {@code @Restores}: only then is anonymised data kept aside (see {@link Taint}). */
  private final boolean restorers;

  public Knowledge(Facts facts, SourceModel model, Frameworks frameworks) {
    this.frameworks = frameworks;
    this.facts = facts;
    this.model = model;
    this.restorers = !facts.of(Role.RESTORES).isEmpty();
  }

  /** True when some method (annotated or catalogued) restores what an {@code @Anonymizes} or {@code @Encrypts} method made safe. */
  boolean restorers() {
    return restorers;
  }

  // ---- sources -------------------------------------------------------------------------------

  /** The sources a declaration list makes: personal (or sensitive) data, and important data. */
  private List<Source> sourcesOf(List<Declaration> declarations, String name) {
    return sourcesOf(declarations, name, List.of());
  }

  /**
   * The sources a declaration list makes, taking the legal basis from {@code enclosing} (the
   * declarations of the member's type) when the member's own declarations write none.
   */
  private List<Source> sourcesOf(List<Declaration> declarations, String name, List<Declaration> enclosing) {
    Declaration pi = null;
    Declaration sensitive = null;
    Declaration important = null;
    for (Declaration d : declarations) {
      switch (d.role()) {
        case PERSONAL_INFO -> pi = pi == null ? d : pi;
        case SENSITIVE -> sensitive = sensitive == null ? d : sensitive;
        case IMPORTANT_DATA -> important = important == null ? d : important;
        default -> { }
      }
    }
    List<Declaration> own = new ArrayList<>();
    if (sensitive != null) {
      own.add(sensitive);
    }
    if (pi != null) {
      own.add(pi);
    }
    String basis = writtenBasis(own).or(() -> writtenBasis(enclosing)).orElse(DeclaredData.CONSENT);
    List<Source> sources = new ArrayList<>();
    if (sensitive != null) {
      List<String> purposes = new ArrayList<>(DeclaredData.of(sensitive).purposes());
      if (pi != null) {
        DeclaredData.of(pi).purposes().stream().filter(p -> !purposes.contains(p)).forEach(purposes::add);
      }
      sources.add(new Source(Source.Kind.SENSITIVE, DeclaredData.of(sensitive).category(),
          pi != null ? DeclaredData.of(pi).category() : "OTHER", name, sensitive.location(), purposes, sensitive,
          basis));
    } else if (pi != null) {
      // an identity document number is sensitive personal information in itself (GB/T 35273-2020
      // Annex B lists 身份证件号码): @PersonalInfo(category = ID_NUMBER) needs no @Sensitive beside it
      DeclaredData data = DeclaredData.of(pi);
      Source.Kind kind = data.category().equals(SENSITIVE_CATEGORY) ? Source.Kind.SENSITIVE : Source.Kind.PERSONAL;
      sources.add(new Source(kind, data.category(), data.category(), name,
          pi.location(), data.purposes(), pi, basis));
    }
    if (important != null) {
      String catalog = DeclaredData.of(important).catalog();
      sources.add(new Source(Source.Kind.IMPORTANT, catalog.isEmpty() ? "important data" : catalog, "", name,
          important.location(), List.of(), important, DeclaredData.CONSENT));
    }
    return List.copyOf(sources);
  }

  /** The legal basis the first personal-data declaration of {@code declarations} writes, if one does. */
  private static Optional<String> writtenBasis(List<Declaration> declarations) {
    return declarations.stream().filter(d -> d.role().declaresPersonalInfo()).map(DeclaredData::of)
        .filter(DeclaredData::legalBasisWritten).map(DeclaredData::legalBasis).findFirst();
  }

  /** The sources a read of field {@code name} of type {@code typeName} yields. */
  public List<Source> fieldSources(String typeName, String name) {
    Target target = Target.field(typeName, name);
    String key = "F " + target;
    List<Source> sources = sourcesByTarget.get(key);
    if (sources == null) {
      List<Declaration> own = dataDeclarations(target);
      sources = own.isEmpty() ? typeSources(typeName)
          : sourcesOf(own, target.displayName(), dataDeclarations(Target.type(typeName)));
      sourcesByTarget.put(key, sources);
    }
    return sources;
  }

  /**
   * The sources a type-level declaration makes of every field, when no field of the type has a
   * declaration of its own: {@code @ImportantData record RouteStats(...)} is important data
   * through and through, while a type-level {@code @PersonalInfo(retention = ...)} over annotated
   * fields only sets their defaults.
   */
  private List<Source> typeSources(String typeName) {
    Target type = Target.type(typeName);
    String key = "T " + type;
    List<Source> sources = sourcesByTarget.get(key);
    if (sources == null) {
      sources = List.of();
      List<Declaration> declared = dataDeclarations(type);
      if (!declared.isEmpty()) {
        CtType<?> t = factoryType(typeName);
        boolean membersDeclared = t != null && t.getFields().stream()
            .anyMatch(f -> !dataDeclarations(Target.field(typeName, f.getSimpleName())).isEmpty());
        sources = membersDeclared ? List.of() : sourcesOf(declared, type.displayName());
      }
      sourcesByTarget.put(key, sources);
    }
    return sources;
  }

  public spoon.reflect.CtModel spoon() {
    return model.spoon();
  }

  /** The statements of the project's MyBatis mapper XML files. */
  public MyBatisMappers mappers() {
    return frameworks.mappers();
  }

  private CtType<?> factoryType(String qualifiedName) {
    return model.index().type(qualifiedName);
  }

  /** The sources a call of {@code method} yields: an annotated or catalogued method result. */
  public List<Source> methodSources(CtExecutableReference<?> ref, CtExecutable<?> declaration) {
    if (Knowledge.inModel(declaration)) {
      List<Declaration> on = facts.on(declaration);
      if (on.stream().noneMatch(Knowledge::isData)) {
        return List.of();
      }
      return sourcesOf(on, displayName(declaration));
    }
    if (ref.getDeclaringType() == null) {
      return List.of();
    }
    for (String type : typeNames(ref.getDeclaringType())) {
      Target target = Target.method(type, ref.getSimpleName(), null);
      List<Declaration> matching = dataDeclarations(target).stream().filter(d -> signatureMatches(d, ref)).toList();
      if (!matching.isEmpty()) {
        return sourcesOf(matching, target.displayName());
      }
    }
    return List.of();
  }

  public List<Source> parameterSources(CtParameter<?> parameter) {
    List<Declaration> on = facts.on(parameter);
    return on.isEmpty() ? List.of() : sourcesOf(on, "parameter " + parameter.getSimpleName());
  }

  /**
   * The simple names of the fields whose reads are sources: declared fields, and every field of an
   * analysed type declared as a whole. For {@link Relevance}, which may find more than there are.
   */
  public Set<String> sourceFieldNames() {
    Set<String> names = new java.util.HashSet<>();
    for (Declaration d : facts.all()) {
      if (!isData(d)) {
        continue;
      }
      if (d.target().kind() == dev.datawarden.analyzer.fact.TargetKind.FIELD) {
        names.add(d.target().memberName());
      } else if (d.target().kind() == dev.datawarden.analyzer.fact.TargetKind.TYPE) {
        CtType<?> type = factoryType(d.target().typeName().replace('$', '.'));
        if (type == null) {
          type = factoryType(d.target().typeName());
        }
        if (type != null) {
          type.getFields().forEach(f -> names.add(f.getSimpleName()));
        }
      }
    }
    return names;
  }

  /** The simple names of the methods declared (or catalogued) as sources, for {@link Relevance}. */
  public Set<String> sourceMethodNames() {
    Set<String> names = new java.util.HashSet<>();
    for (Declaration d : facts.all()) {
      if (isData(d) && d.target().kind() == dev.datawarden.analyzer.fact.TargetKind.METHOD) {
        names.add(d.target().memberName());
      }
    }
    return names;
  }

  private static boolean isData(Declaration d) {
    return d.role() == Role.PERSONAL_INFO || d.role() == Role.SENSITIVE || d.role() == Role.IMPORTANT_DATA;
  }

  private List<Declaration> dataDeclarations(Target target) {
    return facts.on(target).stream()
        .filter(Knowledge::isData)
        .filter(d -> d.target().kind() == target.kind())
        .toList();
  }

  // ---- carriers ------------------------------------------------------------------------------

  /**
   * The data an object of this type carries: the sources of its fields (and of its superclasses'
   * in the analysed code), for the type itself, its array component and its type arguments
   * ({@code List<Member>}).
   */
  public List<Source> carriedBy(CtTypeReference<?> type) {
    return carriedBy(type, null, ALL_FIELDS, false);
  }

  /** The type itself, its array component and its type arguments: what a field of this type holds. */
  private static List<CtTypeReference<?>> heldTypes(CtTypeReference<?> type) {
    List<CtTypeReference<?>> held = new ArrayList<>();
    held.add(type instanceof spoon.reflect.reference.CtArrayTypeReference<?> a ? a.getComponentType() : type);
    held.addAll(type.getActualTypeArguments());
    return held;
  }

  /**
   * True when converting an object of this type to a string prints data it carries: an analysed
   * {@code toString} that reads such fields (decided by the engine), a record's, or Lombok's.
   */
  public boolean toStringGenerated(CtType<?> type) {
    return printsData.computeIfAbsent(type, t -> {
      return frameworks.generatesToString(t);
    });
  }

  /**
   * The type whose {@code toString} decides what a value of {@code declaration} prints: the type
   * itself or its nearest analysed superclass with a {@code toString} of its own (with code) or a
   * generated one (a record's, Lombok's); null when none does.
   */
  public CtType<?> printingType(CtType<?> declaration) {
    for (CtType<?> t = declaration; t != null; t = t.getSuperclass() == null ? null : declarationOf(t.getSuperclass())) {
      if (writtenToString(t) != null || toStringGenerated(t)) {
        return t;
      }
    }
    return null;
  }

  /** The {@code toString} with code a type declares, if any. */
  public static CtMethod<?> writtenToString(CtType<?> type) {
    CtMethod<?> toString = type.getMethod("toString");
    return toString != null && toString.getBody() != null ? toString : null;
  }

  /** Fields Lombok leaves out of its {@code toString}. */
  public boolean excludedFromToString(CtField<?> field) {
    return field.getAnnotations().stream().anyMatch(a -> a.getAnnotationType().getQualifiedName().endsWith("ToString.Exclude")
        || a.getAnnotationType().getQualifiedName().endsWith("ToString$Exclude"));
  }

  public CtType<?> declarationOf(CtTypeReference<?> type) {
    return type == null ? null : model.index().modelType(type);
  }

  private CtType<?> superclassInModel(CtType<?> type) {
    CtTypeReference<?> sup = type.getSuperclass();
    return sup == null ? null : declarationOf(sup);
  }

  // ---- sinks, sanitizers, records -------------------------------------------------------------

  /** The sink a call is, if any: an annotated transfer, a catalogued sink, or a repository write. */
  public Optional<Sink> sinkOf(CtAbstractInvocation<?> call, CtExecutable<?> declaration) {
    Optional<Sink> sink = sinkOf(call.getExecutable(), receiverTypes(call), call instanceof CtConstructorCall<?>,
        declaration);
    if (sink.isPresent() && builtinTransfer(sink.get()) && insideDeclaredTransfer(call.getParent(CtMethod.class))) {
      // the vendor SDK called inside the user's own @ThirdPartyTransfer or @CrossBorder method: that
      // declaration is the transfer, and the SDK call is only the request that carries it out
      return Optional.of(new Sink(Sink.Kind.NETWORK, sink.get().name(), null));
    }
    if (sink.isPresent() && placeable(sink.get()) && !insideDeclaredTransfer(call.getParent(CtMethod.class))) {
      return Optional.of(placed(call, sink.get()));
    }
    return sink;
  }

  /**
   * True for a sink whose destination the code's configuration may decide: a vendor of the built-in
   * catalog, or a network request nobody declared (an HTTP client's call). The user's own
   * declarations and catalog entries say where data goes, and win.
   */
  private static boolean placeable(Sink sink) {
    Declaration d = sink.declaration();
    return d == null ? sink.kind() == Sink.Kind.NETWORK
        : isBuiltin(d) && (sink.kind() == Sink.Kind.THIRD_PARTY || sink.kind() == Sink.Kind.CROSS_BORDER
            || sink.kind() == Sink.Kind.NETWORK);
  }

  /**
   * The sink as the place its client or URL points to makes it: a transfer abroad when the place is
   * outside mainland China, a provision to a web API's recipient when the URL is on a catalogued host,
   * a provision to a provider's mainland region when a vendor abroad by default is configured to
   * one (an S3 bucket in {@code cn-north-1}); the sink unchanged otherwise.
   */
  private Sink placed(CtAbstractInvocation<?> call, Sink sink) {
    List<String> types = receiverTypes(call);
    Optional<Destination> found = clientDestinations().of(call, types, sink.kind() == Sink.Kind.NETWORK);
    if (found.isEmpty()) {
      return sink;
    }
    Destination d = found.get();
    Target target = sink.declaration() != null ? sink.declaration().target()
        : Target.method(types.isEmpty() ? "?" : types.get(0), call.getExecutable().getSimpleName(), null);
    WebApi api = d.place().webApi();
    if (d.place().abroad()) {
      Declaration declaration = api != null && api.role() == Role.CROSS_BORDER ? api.declarationFor(target)
          : synthetic(Role.CROSS_BORDER, target, Map.of("destination", List.of(d.place().country())), d);
      return new Sink(Sink.Kind.CROSS_BORDER, sink.name(), declaration, d);
    }
    if (api != null && api.role() == Role.THIRD_PARTY_TRANSFER && sink.kind() == Sink.Kind.NETWORK) {
      return new Sink(Sink.Kind.THIRD_PARTY, sink.name(), api.declarationFor(target), d);
    }
    if (sink.kind() == Sink.Kind.CROSS_BORDER && !d.place().provider().isEmpty()) {
      String recipient = frameworks.destinations().domesticRecipient(d.place().provider())
          .orElse(d.place().provider());
      return new Sink(Sink.Kind.THIRD_PARTY, sink.name(),
          synthetic(Role.THIRD_PARTY_TRANSFER, target, Map.of("recipient", recipient), d), d);
    }
    return sink;
  }

  /** The declaration of the vendor catalog that a destination makes of a sink: as the product's, with no basis or agreement. */
  private static Declaration synthetic(Role role, Target target, Map<String, Object> written, Destination d) {
    Map<String, Object> values = Attributes.complete(role, written, m -> { }).orElseThrow();
    return new Declaration(role, target, values, written.keySet(), d.location(), Declaration.Origin.BUILTIN);
  }

  private ClientDestinations clientDestinations() {
    if (clientDestinations == null) {
      clientDestinations = new ClientDestinations(frameworks.configuration(), frameworks.destinations(), model);
    }
    return clientDestinations;
  }

  public Optional<Sink> sinkOf(
      CtExecutableReference<?> ref, List<String> receiverTypes, boolean constructor, CtExecutable<?> declaration) {
    if (Knowledge.inModel(declaration)) {
      Optional<Sink> annotated = transferSink(facts.on(declaration), displayName(declaration));
      if (annotated.isPresent()) {
        return annotated;
      }
      CtType<?> owner = declaration.getParent(CtType.class);
      if (owner != null && declaration instanceof CtMethod<?> m && m.hasModifier(ModifierKind.PUBLIC)) {
        annotated = transferSink(facts.on(owner), displayName(declaration));
        if (annotated.isPresent()) {
          return annotated;
        }
      }
      Optional<MyBatisMappers.Statement> statement = declaration instanceof CtMethod<?> m && m.getBody() == null
          && owner != null && owner.isInterface() ? mapperStatement(ref, receiverTypes, owner) : Optional.empty();
      if (statement.isEmpty() && declaration instanceof CtMethod<?> m && m.getBody() == null && owner != null
          && owner.isInterface() && isRepository(owner)) {
        statement = frameworks.persistence().annotatedStatement(m); // @Insert("..."), @Query("update ...")
      }
      if (statement.isPresent()) {
        // the statement says what the method does: inserts and updates store, selects and deletes do not
        if (statement.get().kind().writes()) {
          return Optional.of(new Sink(Sink.Kind.STORAGE, displayName(declaration), null));
        }
      } else if (declaration instanceof CtMethod<?> m && m.getBody() == null && owner != null && owner.isInterface()
          && isRepository(owner) && isWrite(m.getSimpleName())) {
        return Optional.of(new Sink(Sink.Kind.STORAGE, displayName(declaration), null));
      }
      if (declaration instanceof CtMethod<?> m && m.getBody() == null && owner != null && owner.isInterface()
          && owner.getAnnotations().stream().anyMatch(a -> Elements.simpleName(a).equals("FeignClient"))) {
        // an OpenFeign client: every call is an HTTP request carrying its arguments
        return Optional.of(new Sink(Sink.Kind.NETWORK, displayName(declaration), null));
      }
    }
    if (!constructor && isWrite(ref.getSimpleName()) && !judgedByStatement(declaration, ref, receiverTypes)) {
      for (String type : receiverTypes) {
        CtType<?> t = factoryType(type);
        if (t != null && !t.isShadow() && t.isInterface() && isRepository(t)) {
          // a method a Spring Data repository or a MyBatis mapper inherits: no declaration in the sources
          return Optional.of(new Sink(Sink.Kind.STORAGE, t.getSimpleName() + "." + ref.getSimpleName() + "()", null));
        }
      }
    }
    // the user's catalogs first: an entry of theirs for the method or its type overrides the built-in one
    for (boolean builtin : new boolean[] {false, true}) {
      for (String type : receiverTypes) {
        String method = constructor ? "<init>" : ref.getSimpleName();
        for (Declaration d : facts.on(Target.method(type, method, null))) {
          if (isBuiltin(d) != builtin || !signatureMatches(d, ref)) {
            continue;
          }
          Optional<Sink> s = catalogSink(d, type, method);
          if (s.isPresent()) {
            return s;
          }
        }
        for (Declaration d : facts.on(Target.type(type))) {
          if (isBuiltin(d) != builtin) {
            continue;
          }
          Optional<Sink> s = catalogSink(d, type, method);
          if (s.isPresent()) {
            return s;
          }
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isBuiltin(Declaration d) {
    return d.origin() == Declaration.Origin.BUILTIN;
  }

  /**
   * True for a third party or a transfer abroad the built-in vendor catalog knows (an SMS, payment or
   * storage SDK), which the user's own declared transfer around the call overrides.
   */
  private static boolean builtinTransfer(Sink sink) {
    return sink.declaration() != null && isBuiltin(sink.declaration())
        && (sink.kind() == Sink.Kind.THIRD_PARTY || sink.kind() == Sink.Kind.CROSS_BORDER);
  }

  /** True when a method, or the type declaring it, is declared a transfer in the user's code or catalog. */
  /**
   * True when the method is declared a transfer, or belongs to a type declared one: the calls it
   * makes to networks, brokers and vendors are that declared transfer, not others.
   */
  boolean insideDeclaredTransfer(CtExecutable<?> method) {
    if (method == null) {
      return false;
    }
    if (facts.on(method).stream().anyMatch(Knowledge::isTransferDeclaration)) {
      return true;
    }
    CtType<?> owner = method.getParent(CtType.class);
    return owner != null && facts.on(owner).stream().anyMatch(Knowledge::isTransferDeclaration);
  }

  private static boolean isTransferDeclaration(Declaration d) {
    return d.role() == Role.THIRD_PARTY_TRANSFER || d.role() == Role.CROSS_BORDER;
  }

  private Optional<Sink> catalogSink(Declaration d, String type, String method) {
    String name = Target.type(type).simpleTypeName() + "." + method + "()";
    return switch (d.role()) {
      case SINK -> Optional.of(new Sink(Sink.Kind.of(SinkKind.of(d)), name, d));
      case THIRD_PARTY_TRANSFER -> Optional.of(new Sink(Sink.Kind.THIRD_PARTY, name, d));
      case CROSS_BORDER -> Optional.of(new Sink(Sink.Kind.CROSS_BORDER, name, d));
      default -> Optional.empty();
    };
  }

  /**
   * The transfer an analysed method is declared to be, by its own annotation or catalog entry, or,
   * for a public method, by its type's; empty for any other method.
   */
  public Optional<Sink> declaredTransfer(CtExecutable<?> method) {
    Optional<Sink> own = transferSink(facts.on(method), displayName(method));
    if (own.isPresent()) {
      return own;
    }
    CtType<?> owner = method.getParent(CtType.class);
    return owner != null && method instanceof CtMethod<?> m && m.hasModifier(ModifierKind.PUBLIC)
        ? transferSink(facts.on(owner), displayName(method)) : Optional.empty();
  }

  private static Optional<Sink> transferSink(List<Declaration> declarations, String name) {
    for (Declaration d : declarations) {
      if (d.role() == Role.CROSS_BORDER) {
        return Optional.of(new Sink(Sink.Kind.CROSS_BORDER, name, d));
      }
    }
    for (Declaration d : declarations) {
      if (d.role() == Role.THIRD_PARTY_TRANSFER) {
        return Optional.of(new Sink(Sink.Kind.THIRD_PARTY, name, d));
      }
    }
    return Optional.empty();
  }

  /** True when a statement (mapper XML or annotation) says what this analysed repository method does. */
  private boolean judgedByStatement(CtExecutable<?> declaration, CtExecutableReference<?> ref, List<String> receiverTypes) {
    if (!inModel(declaration) || !(declaration instanceof CtMethod<?> m) || m.getBody() != null) {
      return false;
    }
    CtType<?> owner = m.getDeclaringType();
    return owner != null && owner.isInterface() && (mapperStatement(ref, receiverTypes, owner).isPresent()
        || frameworks.persistence().annotatedStatement(m).isPresent());
  }

  /**
   * The properties of its argument a storage call's statement names as what it writes: from the
   * SQL of its mapper XML statement, of its MyBatis {@code @Insert}/{@code @Update} annotation or its
   * Spring Data {@code @Query} ({@link MyBatisMappers#writtenProperties}); null when no statement
   * says, and the call stores the whole object.
   */
  public Set<String> storedProperties(CtAbstractInvocation<?> call, CtExecutable<?> declaration) {
    if (!inModel(declaration) || !(declaration instanceof CtMethod<?> m) || m.getBody() != null) {
      return null;
    }
    CtType<?> owner = m.getDeclaringType();
    if (owner == null || !owner.isInterface()) {
      return null;
    }
    Optional<MyBatisMappers.Statement> statement = mapperStatement(call.getExecutable(), receiverTypes(call), owner);
    if (statement.isEmpty()) {
      statement = frameworks.persistence().annotatedStatement(m);
    }
    return statement.filter(st -> st.kind().writes()).map(MyBatisMappers.Statement::writtenProperties).orElse(null);
  }

  /**
   * The data an object of this type carries in its fields named in {@code stored} (all when null)
   * that {@code keep} accepts, and all the data of the objects those fields hold. For a storage call
   * ({@code storage}), without the inverse side of a JPA relation ({@code @OneToMany(mappedBy = ...)},
   * which saving the owner does not write) unless the relation cascades.
   */
  public List<Source> carriedBy(CtTypeReference<?> type, Set<String> stored, Predicate<CtField<?>> keep, boolean storage) {
    if (type == null) {
      return List.of();
    }
    Set<Source> all = new LinkedHashSet<>();
    collectCarried(type, stored, keep, storage, all, 0);
    return List.copyOf(all);
  }

  private void collectCarried(CtTypeReference<?> type, Set<String> stored, Predicate<CtField<?>> keep, boolean storage,
      Set<Source> into, int depth) {
    if (type == null || depth > 3) {
      return;
    }
    if (type instanceof spoon.reflect.reference.CtArrayTypeReference<?> array) {
      collectCarried(array.getComponentType(), stored, keep, storage, into, depth + 1);
      return;
    }
    CtType<?> declaration = declarationOf(type);
    if (declaration != null && stored == null) {
      into.addAll(carried.computeIfAbsent(new Carried(declaration, keep, storage), k -> carriedFields(declaration, null,
          keep, storage, java.util.Collections.newSetFromMap(new IdentityHashMap<>()))));
    } else if (declaration != null) {
      into.addAll(carriedFields(declaration, stored, keep, storage,
          java.util.Collections.newSetFromMap(new IdentityHashMap<>())));
    }
    for (CtTypeReference<?> argument : type.getActualTypeArguments()) {
      collectCarried(argument, stored, keep, storage, into, depth + 1);
    }
  }

  /** A type, the filter of its fields (one instance per filter) and the kind of call: compared by identity. */
  private record Carried(CtType<?> type, Predicate<CtField<?>> keep, boolean storage) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Carried c && c.type == type && c.keep == keep && c.storage == storage;
    }

    @Override
    public int hashCode() {
      return 31 * (31 * System.identityHashCode(type) + System.identityHashCode(keep)) + Boolean.hashCode(storage);
    }
  }

  /**
   * The data of a type's fields {@code stored} names and {@code keep} accepts, and of the analysed
   * types its undeclared ones hold ({@code Order.shippingAddress}: persisting an order persists its
   * address), all of whose data counts.
   */
  private List<Source> carriedFields(CtType<?> type, Set<String> stored, Predicate<CtField<?>> keep, boolean storage,
      Set<CtType<?>> visiting) {
    Set<Source> sources = new LinkedHashSet<>();
    if (!visiting.add(type) || visiting.size() > 4) {
      return List.of();
    }
    for (CtType<?> t = type; t != null; t = superclassInModel(t)) {
      for (CtField<?> f : t.getFields()) {
        if (f.hasModifier(ModifierKind.STATIC) || stored != null && !stored.contains(f.getSimpleName()) || !keep.test(f)
            || storage && frameworks.persistence().isInverseSide(f)) {
          continue;
        }
        List<Source> own = fieldSources(t.getQualifiedName(), f.getSimpleName());
        if (!own.isEmpty()) {
          sources.addAll(own);
        } else if (f.getType() != null) {
          for (CtTypeReference<?> held : heldTypes(f.getType())) {
            CtType<?> nested = declarationOf(held);
            if (nested != null) {
              sources.addAll(carriedFields(nested, null, ALL_FIELDS, storage, visiting)); // what it holds came from elsewhere
            }
          }
        }
      }
    }
    visiting.remove(type);
    return List.copyOf(sources);
  }

  /**
   * True when a call reads stored data and stores nothing: a persistence manager's lookup
   * ({@code EntityManager.find}, {@code createQuery}), or a repository or mapper method that is no
   * write (a {@code find…}, a mapper XML {@code <select>}), declared in the sources or inherited.
   */
  public boolean readsStorage(CtAbstractInvocation<?> call, CtExecutable<?> declaration) {
    if (call instanceof CtConstructorCall<?> || sinkOf(call, declaration).isPresent()) {
      return false;
    }
    List<String> types = receiverTypes(call);
    if (frameworks.persistence().isManager(types)) {
      return true;
    }
    if (Knowledge.inModel(declaration)) {
      CtType<?> owner = declaration.getParent(CtType.class);
      return declaration instanceof CtMethod<?> m && m.getBody() == null && owner != null && owner.isInterface()
          && (isRepository(owner) || mapperStatement(call.getExecutable(), types, owner).isPresent());
    }
    for (String type : types) {
      CtType<?> t = factoryType(type);
      if (t != null && !t.isShadow() && t.isInterface() && isRepository(t)) {
        return true; // a method a Spring Data repository or a MyBatis mapper inherits
      }
    }
    return false;
  }

  /** True when the analysed method, its type, or its catalogue entry carries {@code role}. */
  public boolean has(CtAbstractInvocation<?> call, CtExecutable<?> declaration, Role role) {
    return has(call.getExecutable(), receiverTypes(call), call instanceof CtConstructorCall<?>, declaration, role);
  }

  public boolean has(CtExecutableReference<?> ref, List<String> receiverTypes, boolean constructor, CtExecutable<?> declaration,
      Role role) {
    if (Knowledge.inModel(declaration)) {
      return facts.on(declaration).stream().anyMatch(d -> d.role() == role);
    }
    String method = constructor ? "<init>" : ref.getSimpleName();
    for (String type : receiverTypes) {
      for (Declaration d : facts.on(Target.method(type, method, null))) {
        if (d.role() == role && signatureMatches(d, ref)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The catalogue entries of {@code role} for the library method a call runs. */
  public List<Declaration> catalogued(CtAbstractInvocation<?> call, Role role) {
    return catalogued(call.getExecutable(), receiverTypes(call), call instanceof CtConstructorCall<?>, role);
  }

  /** The catalogue entries of {@code role} for the library method a method reference names. */
  public List<Declaration> catalogued(CtExecutableReferenceExpression<?, ?> reference, Role role) {
    CtExecutableReference<?> ref = reference.getExecutable();
    CtTypeReference<?> receiver = reference.getTarget() == null ? null : staticType(reference.getTarget());
    return catalogued(ref, receiverTypes(ref, receiver), ref.isConstructor(), role);
  }

  private List<Declaration> catalogued(CtExecutableReference<?> ref, List<String> receiverTypes, boolean constructor,
      Role role) {
    List<Declaration> found = new ArrayList<>();
    String method = constructor ? "<init>" : ref.getSimpleName();
    for (String type : receiverTypes) {
      for (Declaration d : facts.on(Target.method(type, method, null))) {
        if (d.role() == role && signatureMatches(d, ref)) {
          found.add(d);
        }
      }
    }
    return found;
  }

  public boolean declares(CtElement element, Role role) {
    return facts.on(element).stream().anyMatch(d -> d.role() == role);
  }

  public List<Declaration> declarationsOn(CtElement element) {
    return facts.on(element);
  }

  /** The declarations on a target, annotations and catalog entries alike. */
  public List<Declaration> declarationsOn(Target target) {
    return facts.on(target);
  }

  /**
   * The statement of a mapper XML file for a mapper method: under the receiver's type (a mapper may
   * inherit a method its own XML defines) or the interface that declares it.
   */
  private Optional<MyBatisMappers.Statement> mapperStatement(CtExecutableReference<?> ref, List<String> receiverTypes,
      CtType<?> owner) {
    List<String> names = new ArrayList<>(receiverTypes);
    names.add(owner.getQualifiedName());
    return frameworks.mappers().statement(names, ref.getSimpleName());
  }

  private boolean isRepository(CtType<?> type) {
    if (frameworks.mappers().isMapper(type.getQualifiedName())) {
      return true; // a mapper XML file names it as its namespace
    }
    if (frameworks.persistence().hasRepositoryAnnotation(type)) {
      return true;
    }
    for (CtTypeReference<?> sup : type.getSuperInterfaces()) {
      for (String name : typeNames(sup)) {
        if (frameworks.persistence().isRepositorySupertype(name)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean isWrite(String method) {
    return frameworks.persistence().isWrite(method);
  }

  // ---- types -----------------------------------------------------------------------------------

  /** The type names a call may be looked up under: the declaring type, the receiver's, and supertypes. */
  public List<String> receiverTypes(CtAbstractInvocation<?> call) {
    Set<String> names = new LinkedHashSet<>();
    if (call instanceof CtInvocation<?> inv && inv.getTarget() != null) {
      CtTypeReference<?> receiver = staticType(inv.getTarget());
      if (receiver != null) {
        names.addAll(typeNames(receiver));
      }
    }
    if (call instanceof CtConstructorCall<?> cc && cc.getType() != null) {
      names.addAll(typeNames(cc.getType()));
    }
    if (call.getExecutable().getDeclaringType() != null) {
      names.addAll(typeNames(call.getExecutable().getDeclaringType()));
    }
    return List.copyOf(names);
  }

  /** The static type of an expression, with the logger field Lombok generates filled in. */
  public CtTypeReference<?> staticType(CtExpression<?> expression) {
    CtTypeReference<?> type = expression.getType();
    if (expression instanceof spoon.reflect.code.CtVariableRead<?> read && read.getVariable().getSimpleName().equals("log")
        && declarationOf(read.getVariable()) == null) {
      CtType<?> owner = expression.getParent(CtType.class);
      while (owner != null) {
        for (CtAnnotation<?> a : owner.getAnnotations()) {
          String logger = frameworks.generatedLogger(a).orElse(null);
          if (logger != null) {
            return expression.getFactory().Type().createReference(logger);
          }
        }
        owner = owner.getDeclaringType();
      }
    }
    return type;
  }

  private Object declarationOf(spoon.reflect.reference.CtVariableReference<?> variable) {
    return model.index().variable(variable);
  }

  /** A type's qualified name and those of all its known supertypes, in the analysed code or on the class path. */
  public Set<String> typeNames(CtTypeReference<?> type) {
    return type == null ? Set.of() : model.index().typeNames(type);
  }

  private static boolean signatureMatches(Declaration d, CtExecutableReference<?> ref) {
    return d.target().matchesParameters(Target.parameterNames(ref.getParameters()));
  }


  /** True for a method or constructor of the analysed sources, false for library (shadow) ones. */
  public static boolean inModel(CtExecutable<?> e) {
    return e != null && !e.isImplicit() && !(e instanceof spoon.reflect.declaration.CtShadowable s && s.isShadow());
  }

  public static String displayName(CtExecutable<?> e) {
    CtType<?> owner = e.getParent(CtType.class);
    String type = owner == null ? "" : typeName(owner) + ".";
    return e instanceof spoon.reflect.declaration.CtConstructor<?> ? "new " + (owner == null ? "?" : typeName(owner)) + "()"
        : type + e.getSimpleName() + "()";
  }

  /**
   * How a message names a type: its simple name; an anonymous class as what it is written as, in
   * the type around it ({@code AsyncFactory.new TimerTask() {…}}), not by its compiler-given number.
   */
  static String typeName(CtType<?> type) {
    if (!Elements.isAnonymous(type)) {
      return type.getSimpleName();
    }
    CtType<?> outer = type.getParent(CtType.class);
    CtTypeReference<?> base = type.getSuperclass() != null ? type.getSuperclass()
        : type.getSuperInterfaces().stream().findFirst().orElse(null);
    return (outer == null ? "" : typeName(outer) + ".") + "new " + (base == null ? "Object" : base.getSimpleName())
        + "() {…}";
  }

  public Location locate(CtElement element) {
    return model.locate(element);
  }

  /** The type names a method reference may be looked up under. */
  public List<String> receiverTypes(CtExecutableReference<?> ref, CtTypeReference<?> receiver) {
    Set<String> names = new LinkedHashSet<>();
    if (receiver != null) {
      names.addAll(typeNames(receiver));
    }
    if (ref.getDeclaringType() != null) {
      names.addAll(typeNames(ref.getDeclaringType()));
    }
    return List.copyOf(names);
  }

  /** The index of the analysed model. */
  public ModelIndex index() {
    return model.index();
  }

  /** The framework models of this analysis. */
  public Frameworks frameworks() {
    return frameworks;
  }
}
