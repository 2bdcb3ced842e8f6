package dev.datawarden.analyzer.rules.discovery;

import static dev.datawarden.analyzer.model.Elements.isBoolean;

import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.fact.Declaration;
import dev.datawarden.analyzer.fact.DeclaredData;
import dev.datawarden.analyzer.fact.Facts;
import dev.datawarden.analyzer.fact.Inference;
import dev.datawarden.analyzer.fact.Role;
import dev.datawarden.analyzer.fact.Target;
import dev.datawarden.analyzer.fact.TargetKind;
import dev.datawarden.analyzer.flow.CallGraph;
import dev.datawarden.analyzer.flow.Knowledge;
import dev.datawarden.analyzer.flow.ValueWalker;
import dev.datawarden.analyzer.frameworks.GeneratedCode;
import dev.datawarden.analyzer.model.Elements;
import dev.datawarden.analyzer.model.SourceModel;
import dev.datawarden.annotations.PersonalInfoCategory;
import dev.datawarden.annotations.SensitiveCategory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import spoon.reflect.code.CtExpression;
import spoon.reflect.code.CtLiteral;
import spoon.reflect.code.CtNewArray;
import spoon.reflect.declaration.CtAnnotation;
import spoon.reflect.declaration.CtAnnotationType;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtEnumValue;
import spoon.reflect.declaration.CtExecutable;
import spoon.reflect.declaration.CtField;
import spoon.reflect.declaration.CtInterface;
import spoon.reflect.declaration.CtMethod;
import spoon.reflect.declaration.CtModifiable;
import spoon.reflect.declaration.CtParameter;
import spoon.reflect.declaration.CtRecord;
import spoon.reflect.declaration.CtRecordComponent;
import spoon.reflect.declaration.CtType;
import spoon.reflect.declaration.CtTypeParameter;
import spoon.reflect.declaration.ModifierKind;
import spoon.reflect.reference.CtArrayTypeReference;
import spoon.reflect.reference.CtTypeReference;

/**
 * What looks like personal information but is declared nowhere: fields, record components and
 * entry-point parameters whose name, mapped name (a column, JSON property or request parameter),
 * type or Chinese label ({@link Labels}) match {@code pi-names.yml} ({@link PersonalInfoNames}), and,
 * once the engine has run, fields whose value the code stores in a declared field. The rule reports
 * it ({@link UnannotatedPersonalInfo}); before the engine runs, {@link InferredData} turns what an
 * element's own name, mapping, label or type says into inferred declarations.
 */
final class Discovery {
  /**
   * Why an element looks like personal information: what to declare, and what matched (its name,
   * mapped name, label or type: {@code inference}, with the label's {@code term}), or the declared
   * field its value is stored in ({@code storedIn}, when nothing of its own matched).
   */
  record Reason(SuggestedAnnotation suggestion, Inference inference, String term, String storedIn) {
    static Reason of(SuggestedAnnotation suggestion, Inference.Basis basis, String text) {
      return new Reason(suggestion, new Inference(basis, text), "", "");
    }
  }

  /**
   * Something that looks like personal information: where the element's name is, how messages name
   * it, why, and the element with the target a declaration on it would have.
   */
  record Candidate(Location location, String display, Reason reason, CtElement element, Target target) {}

  private final Facts facts;
  private final SourceModel model;
  private final CallGraph callGraph;
  private final PersonalInfoNames names = PersonalInfoNames.builtin();
  private final Labels labels = new Labels(names);
  private final FieldStores stores;
  private final Map<CtField<?>, Candidate> fields = new IdentityHashMap<>();
  private final Map<CtExecutable<?>, Boolean> anonymizers = new IdentityHashMap<>();

  /**
   * Discovery over {@code facts}, whose inferred declarations it ignores (they are its own
   * suggestions); {@code knowledge} is the engine's, for following values into declared fields,
   * or null before the engine has run, when only what an element's own name, mapping, label or
   * type says is found.
   */
  Discovery(Facts facts, SourceModel model, CallGraph callGraph, Knowledge knowledge) {
    this.facts = facts;
    this.model = model;
    this.callGraph = callGraph;
    this.stores = knowledge == null || callGraph == null ? null
        : new FieldStores(new ValueWalker(callGraph, knowledge), this::anonymizes,
            f -> f.getDeclaringType() != null && names.isIgnoredType(f.getDeclaringType().getSimpleName()));
  }

  /**
   * Every field, record component and entry-point parameter that looks like personal information,
   * in the order of their locations.
   */
  List<Candidate> candidates() {
    List<Eligible> eligible = eligibleFields();
    for (Eligible e : eligible) {
      match(e.name(), e.type(), e.element(), e.field().getDeclaringType())
          .map(r -> lookedUpFromIp(e.field(), r))
          .ifPresent(r -> fields.put(e.field(), e.candidate(r)));
    }
    // where no field is declared, no value can be stored in one: the walks are skipped
    boolean declaredFields = written(facts.all()).stream().anyMatch(d -> d.target().kind() == TargetKind.FIELD
        && (d.role() == Role.PERSONAL_INFO || d.role() == Role.SENSITIVE));
    for (Eligible e : eligible) {
      if (stores != null && declaredFields && !fields.containsKey(e.field()) && !isBoolean(e.type())) {
        storedInDeclared(e.field()).ifPresent(r -> fields.put(e.field(), e.candidate(r)));
      }
    }
    List<Candidate> parameters = parameters();
    dropGeneratedDuplicates();
    List<Candidate> all = new ArrayList<>(fields.values());
    all.addAll(parameters);
    all.sort(Comparator.comparing(Candidate::location));
    return all;
  }

  /**
   * Leaves out the fields generated code repeats: a field of a class a generator wrote for an entity
   * beside it ({@link GeneratedCode}: the file carries a generator's marker, and the class is named
   * after an analysed type with a suffix such as {@code Example}, {@code Query} or {@code _}) is not
   * reported when a field of the same name (case and underscores aside) is reported or declared in
   * that entity, or in a type no generator wrote. The entity is reported even when a generator wrote it,
   * and so is a field only the generated class has.
   */
  private void dropGeneratedDuplicates() {
    GeneratedCode generatedCode = GeneratedCode.builtin();
    Map<CtType<?>, Boolean> generated = new IdentityHashMap<>();
    Map<String, List<CtType<?>>> bySimpleName = new java.util.HashMap<>();
    List<CtField<?>> duplicates = new ArrayList<>();
    for (CtField<?> field : fields.keySet()) {
      CtType<?> top = field.getDeclaringType().getTopLevelType();
      List<String> entities = generatedCode.derivedFrom(top.getSimpleName());
      if (entities.isEmpty() || !generated.computeIfAbsent(top, generatedCode::marks)) {
        continue;
      }
      if (bySimpleName.isEmpty()) {
        for (CtType<?> t : model.index().all(CtType.class)) {
          if (t.isTopLevel() && !t.isShadow()) {
            bySimpleName.computeIfAbsent(t.getSimpleName(), k -> new ArrayList<>()).add(t);
          }
        }
      }
      String name = comparable(field.getSimpleName());
      boolean repeated = entities.stream().flatMap(e -> bySimpleName.getOrDefault(e, List.of()).stream())
          .anyMatch(entity -> personalFieldNamed(entity, name));
      for (CtField<?> other : fields.keySet()) {
        if (repeated) {
          break;
        }
        repeated = comparable(other.getSimpleName()).equals(name)
            && !generated.computeIfAbsent(other.getDeclaringType().getTopLevelType(), generatedCode::marks);
      }
      if (repeated || declaredFieldNamed(name, generated)) {
        duplicates.add(field);
      }
    }
    duplicates.forEach(fields::remove);
  }

  /** True when {@code type} (or a type nested in it) has a field of that name that is reported or declared. */
  private boolean personalFieldNamed(CtType<?> type, String name) {
    for (CtType<?> t : type.getElements(new spoon.reflect.visitor.filter.TypeFilter<CtType<?>>(CtType.class))) {
      for (CtField<?> f : t.getFields()) {
        if (comparable(f.getSimpleName()).equals(name) && (fields.containsKey(f) || declared(f))) {
          return true;
        }
      }
    }
    return false;
  }

  /** True when a declaration written on a field of that name sits in a type no generator wrote. */
  private boolean declaredFieldNamed(String name, Map<CtType<?>, Boolean> generated) {
    for (Declaration d : written(facts.all())) {
      if (d.target().kind() == TargetKind.FIELD && (d.role() == Role.PERSONAL_INFO || d.role() == Role.SENSITIVE)
          && d.target().memberName() != null && comparable(d.target().memberName()).equals(name)) {
        CtType<?> owner = model.index().type(d.target().typeName());
        if (owner != null && !generated.computeIfAbsent(owner.getTopLevelType(), GeneratedCode.builtin()::marks)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A field's name as generated code may spell it: {@code PHONE}, {@code phone_} and {@code phone} are one. */
  private static String comparable(String name) {
    return name.replace("_", "").toLowerCase(java.util.Locale.ROOT);
  }

  /** A field that could hold undeclared personal information, with the element its name and annotations are on. */
  private record Eligible(CtField<?> field, CtElement element, String name, CtTypeReference<?> type, Location location,
      String display) {
    Candidate candidate(Reason reason) {
      return new Candidate(location, display, reason, element,
          Target.field(field.getDeclaringType().getQualifiedName(), field.getSimpleName()));
    }
  }

  private List<Eligible> eligibleFields() {
    List<Eligible> eligible = new ArrayList<>();
    for (CtType<?> type : model.index().all(CtType.class)) {
      if (type.isShadow() || type instanceof CtInterface<?> || type instanceof CtAnnotationType<?>
          || type instanceof CtTypeParameter
          || Elements.isAnonymous(type) || !eligibleType(type) || component(type)) {
        continue;
      }
      if (type instanceof CtRecord record) {
        for (CtRecordComponent component : Records.components(record)) {
          CtField<?> field = record.getField(component.getSimpleName());
          Optional<Records.LineColumn> at = Records.nameOf(record, component);
          if (field != null && at.isPresent() && !declared(field) && !carriesDeclaration(component)
              && !configuration(component)) {
            Location location = new Location(model.locate(record).file(), at.get().line(), at.get().column());
            eligible.add(new Eligible(field, component, component.getSimpleName(), component.getType(), location,
                Target.field(record.getQualifiedName(), component.getSimpleName()).displayName()));
          }
        }
        continue;
      }
      for (CtField<?> field : type.getFields()) {
        if (field.isImplicit() || field instanceof CtEnumValue<?> || isConstant(field) || declared(field)
            || configuration(field)) {
          continue;
        }
        eligible.add(new Eligible(field, field, field.getSimpleName(), field.getType(), model.locate(field),
            Target.field(type.getQualifiedName(), field.getSimpleName()).displayName()));
      }
    }
    return eligible;
  }

  /** True for a type whose fields may hold undeclared data: not configuration, not a builder, not declared. */
  private boolean eligibleType(CtType<?> type) {
    for (CtType<?> t = type; t != null; t = t.getDeclaringType()) {
      if (names.isIgnoredType(t.getSimpleName()) || declaresData(Target.type(t.getQualifiedName()))
          || t.getAnnotations().stream().anyMatch(a -> names.isConfigurationTypeAnnotation(simpleName(a)))) {
        return false;
      }
    }
    return true;
  }

  /**
   * True for a framework component (a Spring bean, a servlet filter, an interceptor): it holds services
   * and settings, not a person's data.
   */
  private boolean component(CtType<?> type) {
    if (type.getAnnotations().stream().anyMatch(a -> names.isComponentAnnotation(simpleName(a)))) {
      return true;
    }
    List<CtTypeReference<?>> supertypes = new ArrayList<>(type.getSuperInterfaces());
    if (type.getSuperclass() != null) {
      supertypes.add(type.getSuperclass());
    }
    return supertypes.stream().anyMatch(t -> names.isComponentSupertype(t.getSimpleName()));
  }

  /**
   * Why a field or parameter looks like personal information by its name, its mapping, its label or
   * its type; {@code owner} is the type a field sits in (null for a parameter), whose head noun says
   * whose data it is: a bare {@code name} is a person's on a user or an address, a phone on a
   * department is the department's, an IP on a server is no one's.
   */
  private Optional<Reason> match(String name, CtTypeReference<?> type, CtElement annotated, CtType<?> owner) {
    if (names.isValueType(type)) {
      PersonalInfoNames.TypeKind kind = owner == null ? PersonalInfoNames.TypeKind.OTHER
          : names.typeKind(owner.getSimpleName());
      if (kind == PersonalInfoNames.TypeKind.ADDRESS && names.namesOrganisation(labels.of(owner))) {
        kind = PersonalInfoNames.TypeKind.ORGANISATION; // an address labelled 商家退货地址
      }
      if (kind == PersonalInfoNames.TypeKind.INFRASTRUCTURE) {
        return Optional.empty();
      }
      List<String> labelled = new ArrayList<>(labels.of(annotated));
      if (owner != null) {
        columnComment(owner, name, annotated).ifPresent(labelled::add);
      }
      Optional<Reason> reason = byOwn(name, type, annotated, kind, labelled);
      if (reason.isPresent() && kind == PersonalInfoNames.TypeKind.ORGANISATION && !names.namesPerson(name, labelled)) {
        return Optional.empty();
      }
      return reason;
    }
    CtTypeReference<?> element = elementType(type);
    if (element == null || element.isPrimitive() || element.getQualifiedName().startsWith("java.")
        || declaredCarrier(element)) {
      return Optional.empty();
    }
    return names.match(element.getSimpleName())
        .map(m -> Reason.of(m.suggestion(), Inference.Basis.TYPE, element.getSimpleName()));
  }

  /**
   * The comment an SQL DDL file of the project writes on the column a field maps ({@code mobile
   * varchar(11) COMMENT '手机号'}): the table is the one {@code @TableName} or {@code @Table} names, else
   * the type's name in snake case ({@code SysUser}: {@code sys_user}); the column the one the field's
   * mapping names, else its name in snake case.
   */
  private Optional<String> columnComment(CtType<?> owner, String name, CtElement annotated) {
    if (callGraph == null || callGraph.frameworks().columnComments().isEmpty()) {
      return Optional.empty();
    }
    dev.datawarden.analyzer.frameworks.SqlColumnComments ddl = callGraph.frameworks().columnComments();
    List<String> tables = new ArrayList<>();
    for (CtAnnotation<?> a : owner.getAnnotations()) {
      String simple = simpleName(a);
      if (simple.equals("TableName") || simple.equals("Table")) {
        for (String attribute : List.of("value", "name")) {
          if (a.getValues().get(attribute) instanceof CtLiteral<?> l && l.getValue() instanceof String t && !t.isBlank()) {
            tables.add(t.trim());
          }
        }
      }
    }
    tables.add(snakeCase(owner.getSimpleName()));
    List<String> columns = new ArrayList<>(mappedNames(annotated));
    columns.add(snakeCase(name));
    for (String table : tables) {
      for (String column : columns) {
        Optional<String> comment = ddl.comment(table, column.replace("`", ""));
        if (comment.isPresent() && comment.get().codePoints()
            .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
          return Optional.of(comment.get().trim());
        }
      }
    }
    return Optional.empty();
  }

  /** A Java name as a column or table name: {@code pwdUpdateTime} is {@code pwd_update_time}, {@code addr2} stays. */
  private static String snakeCase(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("([A-Z])([A-Z][a-z])", "$1_$2")
        .toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * A field an address's name suggests, whose every value the code writes is looked up from an IP address
   * ({@code setLoginAddress(AddressUtils.getRealAddressByIP(ip))}): a location derived from the IP, not a
   * postal address.
   */
  private Reason lookedUpFromIp(CtField<?> field, Reason reason) {
    if (!reason.suggestion().equals(SuggestedAnnotation.personalInfo(PersonalInfoCategory.ADDRESS))
        || reason.inference() == null || reason.inference().basis() == Inference.Basis.LABEL) {
      return reason;
    }
    List<CtExpression<?>> written = writesOf(field);
    if (written.isEmpty() || !written.stream().allMatch(this::fromIp)) {
      return reason;
    }
    return new Reason(SuggestedAnnotation.personalInfo(PersonalInfoCategory.LOCATION), reason.inference(),
        reason.term(), reason.storedIn());
  }

  /** The values the code writes into a field: assigned to it, or passed to its setter. */
  private List<CtExpression<?>> writesOf(CtField<?> field) {
    String name = field.getSimpleName();
    String setter = "set" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    String owner = field.getDeclaringType().getQualifiedName();
    List<CtExpression<?>> values = new ArrayList<>(setterArguments().getOrDefault(List.of(owner, setter), List.of()));
    values.addAll(assignedValues().getOrDefault(List.of(owner, name), List.of()));
    return values;
  }

  /**
   * The arguments of the calls of one argument in the model, by the declaring type and the name of
   * the method called, in the model's order: found in one scan, not one per field asked about.
   */
  private Map<List<String>, List<CtExpression<?>>> setterArguments() {
    if (setterArguments == null) {
      setterArguments = new java.util.HashMap<>();
      for (spoon.reflect.code.CtInvocation<?> call : model.index().all(spoon.reflect.code.CtInvocation.class)) {
        if (call.getArguments().size() == 1 && call.getExecutable().getDeclaringType() != null) {
          setterArguments.computeIfAbsent(List.of(call.getExecutable().getDeclaringType().getQualifiedName(),
              call.getExecutable().getSimpleName()), k -> new ArrayList<>()).add(call.getArguments().get(0));
        }
      }
    }
    return setterArguments;
  }

  /** The values assigned to fields in the model (a parameter assigned as it is left out), by field, in the model's order. */
  private Map<List<String>, List<CtExpression<?>>> assignedValues() {
    if (assignedValues == null) {
      assignedValues = new java.util.HashMap<>();
      for (spoon.reflect.code.CtAssignment<?, ?> a : model.index().all(spoon.reflect.code.CtAssignment.class)) {
        if (a.getAssigned() instanceof spoon.reflect.code.CtFieldWrite<?> w && w.getVariable() != null
            && w.getVariable().getDeclaringType() != null
            && !(a.getAssignment() instanceof spoon.reflect.code.CtVariableRead<?> v
                && v.getVariable() instanceof spoon.reflect.reference.CtParameterReference<?>)) {
          assignedValues.computeIfAbsent(List.of(w.getVariable().getDeclaringType().getQualifiedName(),
              w.getVariable().getSimpleName()), k -> new ArrayList<>()).add(a.getAssignment());
        }
      }
    }
    return assignedValues;
  }

  private Map<List<String>, List<CtExpression<?>>> setterArguments;
  private Map<List<String>, List<CtExpression<?>>> assignedValues;

  /** True for a call that takes an IP address, or is named after one ({@code getRealAddressByIP(ip)}). */
  private boolean fromIp(CtExpression<?> value) {
    if (!(value instanceof spoon.reflect.code.CtInvocation<?> call)) {
      return false;
    }
    if (isIp(call.getExecutable().getSimpleName())) {
      return true;
    }
    for (CtExpression<?> argument : call.getArguments()) {
      String name = argument instanceof spoon.reflect.code.CtVariableRead<?> v ? v.getVariable().getSimpleName()
          : argument instanceof spoon.reflect.code.CtInvocation<?> i ? i.getExecutable().getSimpleName() : "";
      if (isIp(name)) {
        return true;
      }
    }
    return false;
  }

  private boolean isIp(String name) {
    return names.match(name).map(m -> m.suggestion().equals(SuggestedAnnotation.personalInfo(PersonalInfoCategory.IP_ADDRESS)))
        .orElse(false);
  }

  /**
   * What the element's name, mapping or label say; a label that disagrees with the name wins, as it says
   * more (userName labelled 用户姓名 is a name, address labelled IP归属地 a location), unless it only says 地址.
   */
  private Optional<Reason> byOwn(String name, CtTypeReference<?> type, CtElement annotated,
      PersonalInfoNames.TypeKind kind, List<String> labelled) {
    Optional<SuggestedAnnotation> byType = names.categoryOfType(type);
    Optional<Reason> byLabel = Optional.empty();
    for (String label : labelled) {
      Optional<PersonalInfoNames.LabelMatch> m = names.matchLabel(label);
      if (m.isPresent() && !(m.get().suggestion().category().equals(PersonalInfoCategory.ADDRESS.name())
          && names.isLink(name))) {
        byLabel = Optional.of(new Reason(byType.orElse(m.get().suggestion()),
            new Inference(Inference.Basis.LABEL, Labels.shown(label)), m.get().term(), ""));
        break;
      }
    }
    if (byLabel.isPresent() && names.isKeyOfRecord(name, byLabel.get().suggestion())) {
      byLabel = Optional.empty(); // companyAddressId labelled 收货地址表id: the key of an address record
    }
    Optional<PersonalInfoNames.Match> byName = names.match(name).or(() -> names.matchInContext(kind, name));
    if (byName.isPresent() && byLabel.isEmpty() && labelled.stream().anyMatch(names::isFlagLabel)) {
      return Optional.empty(); // priviledgeBirthday labelled 是否有生日特权: a flag
    }
    if (byName.isPresent()) {
      SuggestedAnnotation s = byType.orElse(byName.get().suggestion());
      // 地址 is as much an IP's or a URL's address as a postal one: a label saying only that does not
      // overrule a name (ipaddr labelled 登录地址 is an IP address)
      if (byLabel.isPresent() && !byLabel.get().suggestion().equals(s)
          && !byLabel.get().suggestion().category().equals(PersonalInfoCategory.ADDRESS.name())) {
        return byLabel;
      }
      return Optional.of(Reason.of(s, Inference.Basis.NAME, name));
    }
    for (String mapped : mappedNames(annotated)) {
      Optional<PersonalInfoNames.Match> m = names.match(mapped).or(() -> names.matchInContext(kind, mapped));
      if (m.isPresent()) {
        return Optional.of(Reason.of(byType.orElse(m.get().suggestion()), Inference.Basis.MAPPED_NAME, mapped));
      }
    }
    return byLabel;
  }

  /**
   * The undeclared fields of request objects (the types endpoints take) whose value the code stores
   * in a declared field (a form's {@code hobby} copied into {@code Member.hobby}), each with the
   * candidate a declaration on it would be and the first such declared field; needs the engine's
   * knowledge. Fields of other types are left alone: a parser's input that its results come from is
   * not where data is collected.
   */
  List<Map.Entry<Candidate, CtField<?>>> copiedIntoDeclared() {
    List<Map.Entry<Candidate, CtField<?>>> copied = new ArrayList<>();
    if (stores == null || callGraph == null || !callGraph.hasFrameworkEntryPoints()) {
      return copied; // without endpoints there is no request object
    }
    java.util.Set<String> requests = requestTypes();
    for (Eligible e : eligibleFields()) {
      if (!isBoolean(e.type()) && requests.contains(e.field().getDeclaringType().getQualifiedName())) {
        declaredStore(e.field()).ifPresent(d -> copied.add(Map.entry(e.candidate(d.reason()), d.target())));
      }
    }
    return copied;
  }

  /** The analysed types the framework entry points take as parameters: request objects (forms, DTOs, commands). */
  private java.util.Set<String> requestTypes() {
    java.util.Set<String> types = new java.util.HashSet<>();
    for (CtExecutable<?> e : callGraph.entryPoints()) {
      for (CtParameter<?> p : e.getParameters()) {
        CtTypeReference<?> t = elementType(p.getType());
        if (t != null && !t.isPrimitive()) {
          types.add(t.getQualifiedName());
        }
      }
    }
    return types;
  }

  /** The declarations written on a field (not inferred nor carried over), for carrying them over. */
  List<Declaration> writtenOn(CtField<?> field) {
    return written(facts.on(Target.field(field.getDeclaringType().getQualifiedName(), field.getSimpleName())));
  }

  /** The category of the declared field an undeclared field's value is stored in, if any. */
  private Optional<Reason> storedInDeclared(CtField<?> field) {
    return declaredStore(field).map(DeclaredStore::reason);
  }

  /** The first declared field an undeclared field's value is stored in, with the category it declares. */
  private record DeclaredStore(Reason reason, CtField<?> target) {}

  private Optional<DeclaredStore> declaredStore(CtField<?> field) {
    if (declaredCarrier(elementType(field.getType()))) {
      return Optional.empty();
    }
    for (CtField<?> target : stores.ofField(field)) {
      Optional<SuggestedAnnotation> s = declaredCategory(target);
      if (s.isPresent()) {
        return Optional.of(new DeclaredStore(new Reason(s.get(), null, "", display(target)), target));
      }
    }
    return Optional.empty();
  }

  /** Parameters of entry points, unless their value is kept in a field (reported there, or declared). */
  private List<Candidate> parameters() {
    List<Candidate> found = new ArrayList<>();
    if (callGraph == null || !callGraph.hasFrameworkEntryPoints()) {
      return found; // without endpoints, every uncalled public method stands in: too noisy for parameters
    }
    for (CtExecutable<?> e : callGraph.entryPoints()) {
      if (!(e instanceof CtMethod<?> method) || method.getDeclaringType() == null
          || !eligibleType(method.getDeclaringType())) {
        continue;
      }
      List<CtParameter<?>> parameters = method.getParameters();
      for (int i = 0; i < parameters.size(); i++) {
        CtParameter<?> p = parameters.get(i);
        Target target = Target.parameter(method.getDeclaringType().getQualifiedName(), method.getSimpleName(), null, i);
        if (!written(facts.on(p)).isEmpty() || !written(facts.on(target)).isEmpty() || configuration(p)) {
          continue;
        }
        Optional<Reason> r = match(p.getSimpleName(), p.getType(), p, null);
        if (r.isPresent() && !keptInField(p)) {
          found.add(new Candidate(model.locate(p), "parameter " + p.getSimpleName() + " of "
              + Target.method(method.getDeclaringType().getQualifiedName(), method.getSimpleName(), null).displayName(),
              r.get(), p, Target.parameter(method.getDeclaringType().getQualifiedName(), method.getSimpleName(),
                  signature(method), i)));
        }
      }
    }
    return found;
  }

  private boolean keptInField(CtParameter<?> p) {
    if (stores == null) {
      return false; // before the engine: the parameter is data wherever it is kept
    }
    for (CtField<?> f : stores.ofParameter(p)) {
      if (fields.containsKey(f) || declared(f) || !eligibleType(f.getDeclaringType())) {
        return true;
      }
    }
    return false;
  }

  /** The names a field or parameter is mapped to by its annotations: a column, a JSON property, a request parameter. */
  private List<String> mappedNames(CtElement element) {
    List<String> mapped = new ArrayList<>();
    for (CtAnnotation<?> a : element.getAnnotations()) {
      for (String attribute : names.mappingAttributes(simpleName(a))) {
        CtExpression<?> value = a.getValues().get(attribute);
        if (value instanceof CtLiteral<?> literal && literal.getValue() instanceof String s && !s.isBlank()) {
          mapped.add(s);
        } else if (value instanceof CtNewArray<?> array) {
          for (CtExpression<?> item : array.getElements()) {
            if (item instanceof CtLiteral<?> literal && literal.getValue() instanceof String s && !s.isBlank()) {
              mapped.add(s);
            }
          }
        }
      }
    }
    return mapped;
  }

  /** True when the field, its getter or a catalog entry declares anything about it. */
  private boolean declared(CtField<?> field) {
    CtType<?> owner = field.getDeclaringType();
    if (owner == null) {
      return false;
    }
    if (!written(facts.on(field)).isEmpty()) {
      return true;
    }
    String type = owner.getQualifiedName();
    if (!written(facts.on(Target.field(type, field.getSimpleName()))).isEmpty()) {
      return true;
    }
    String capitalized = Character.toUpperCase(field.getSimpleName().charAt(0)) + field.getSimpleName().substring(1);
    for (String getter : List.of("get" + capitalized, "is" + capitalized, field.getSimpleName())) {
      if (owner.getMethodsByName(getter).stream().anyMatch(m -> m.getParameters().isEmpty())
          && !written(facts.on(Target.method(type, getter, List.of()))).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** The declaration on a field naming its category: a specific @Sensitive first, then @PersonalInfo. */
  private Optional<SuggestedAnnotation> declaredCategory(CtField<?> field) {
    if (field.getDeclaringType() == null) {
      return Optional.empty();
    }
    List<Declaration> on = written(facts.on(Target.field(field.getDeclaringType().getQualifiedName(),
        field.getSimpleName())));
    for (Declaration d : on) {
      if (d.role() == Role.SENSITIVE && !DeclaredData.of(d).category().equals(SensitiveCategory.OTHER.name())) {
        return Optional.of(SuggestedAnnotation.sensitive(SensitiveCategory.valueOf(DeclaredData.of(d).category())));
      }
    }
    for (Declaration d : on) {
      if (d.role() == Role.PERSONAL_INFO) {
        return Optional.of(SuggestedAnnotation.personalInfo(PersonalInfoCategory.valueOf(DeclaredData.of(d).category())));
      }
    }
    for (Declaration d : on) {
      if (d.role() == Role.SENSITIVE) {
        return Optional.of(SuggestedAnnotation.sensitive(SensitiveCategory.valueOf(DeclaredData.of(d).category())));
      }
    }
    return Optional.empty();
  }

  /** True for an analysed type that declares data, on itself or its fields: passing it passes declared data. */
  private boolean declaredCarrier(CtTypeReference<?> type) {
    if (type == null) {
      return false;
    }
    CtType<?> t;
    try {
      t = model.index().modelType(type);
    } catch (RuntimeException e) {
      return false;
    }
    if (t == null || t.isShadow()) {
      return false;
    }
    if (declaresData(Target.type(t.getQualifiedName()))) {
      return true;
    }
    return t.getFields().stream().anyMatch(f -> declaresData(Target.field(t.getQualifiedName(), f.getSimpleName())));
  }

  private boolean declaresData(Target target) {
    return written(facts.on(target)).stream()
        .anyMatch(d -> d.role().declaresPersonalInfo() || d.role() == Role.IMPORTANT_DATA);
  }

  /** Asked for every call a value passes through: answered once per method. */
  private boolean anonymizes(CtExecutable<?> e) {
    return anonymizers.computeIfAbsent(e, this::declaredAnonymizer);
  }

  private boolean declaredAnonymizer(CtExecutable<?> e) {
    if (facts.on(e).stream().anyMatch(d -> d.role() == Role.ANONYMIZES)) {
      return true;
    }
    CtType<?> owner = e.getParent(CtType.class);
    return e instanceof CtMethod<?> && owner != null
        && facts.on(Target.method(owner.getQualifiedName(), e.getSimpleName(), null)).stream()
            .anyMatch(d -> d.role() == Role.ANONYMIZES);
  }

  /**
   * True when the element carries a data annotation of the vocabulary, read from the element
   * itself: record components are implicit in Spoon's model, and the facts leave them out.
   */
  private static boolean carriesDeclaration(CtElement element) {
    return element.getAnnotations().stream().map(Discovery::simpleName)
        .anyMatch(n -> n.equals("PersonalInfo") || n.equals("Sensitive") || n.equals("ImportantData"));
  }

  private boolean configuration(CtElement element) {
    return element.getAnnotations().stream().anyMatch(a -> names.isConfigurationAnnotation(simpleName(a)));
  }

  private static boolean isConstant(CtModifiable m) {
    return m.hasModifier(ModifierKind.STATIC) && m.hasModifier(ModifierKind.FINAL);
  }

  /**
   * The declarations among {@code declarations} that someone wrote: discovery's own inferences do
   * not make an element declared.
   */
  private static List<Declaration> written(List<Declaration> declarations) {
    return declarations.stream().filter(d -> !d.isUnwritten()).toList();
  }

  private static List<String> signature(CtExecutable<?> executable) {
    return executable.getParameters().stream().map(p -> p.getType() == null ? "?" : p.getType().getQualifiedName())
        .toList();
  }

  private static String display(CtField<?> field) {
    return Target.field(field.getDeclaringType().getQualifiedName(), field.getSimpleName()).displayName();
  }

  /** The type of the elements of an array or a one-argument container, or the type itself. */
  private static CtTypeReference<?> elementType(CtTypeReference<?> type) {
    if (type instanceof CtArrayTypeReference<?> array) {
      return elementType(array.getComponentType());
    }
    if (type != null && type.getActualTypeArguments().size() == 1 && type.getQualifiedName().startsWith("java.util.")) {
      return elementType(type.getActualTypeArguments().get(0));
    }
    return type;
  }

  private static String simpleName(CtAnnotation<?> a) {
    return a.getAnnotationType() == null ? "" : a.getAnnotationType().getSimpleName();
  }
}
