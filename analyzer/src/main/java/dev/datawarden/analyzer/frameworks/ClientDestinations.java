package dev.datawarden.analyzer.frameworks;

import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.model.Elements;
import dev.datawarden.analyzer.model.SourceModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import spoon.reflect.code.CtAbstractInvocation;
import spoon.reflect.code.CtAssignment;
import spoon.reflect.code.CtBinaryOperator;
import spoon.reflect.code.CtConditional;
import spoon.reflect.code.CtConstructorCall;
import spoon.reflect.code.CtExpression;
import spoon.reflect.code.CtFieldRead;
import spoon.reflect.code.CtInvocation;
import spoon.reflect.code.CtLiteral;
import spoon.reflect.code.CtLocalVariable;
import spoon.reflect.code.CtNewArray;
import spoon.reflect.code.CtReturn;
import spoon.reflect.code.CtVariableRead;
import spoon.reflect.code.CtVariableWrite;
import spoon.reflect.declaration.CtAnnotation;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtExecutable;
import spoon.reflect.declaration.CtField;
import spoon.reflect.declaration.CtMethod;
import spoon.reflect.declaration.CtParameter;
import spoon.reflect.declaration.CtType;
import spoon.reflect.declaration.CtVariable;
import spoon.reflect.reference.CtTypeReference;

/**
 * Where a sink call sends data, as far as the code and its configuration say: the values that reach
 * the call's URL argument or its client's construction (through locals, fields, constructors, Spring
 * {@code @Bean} methods and the analysed methods that return them), taken from string literals,
 * {@code @Value("${key}")} fields and parameters, getters of {@code @ConfigurationProperties} classes
 * and region constants ({@code Region.US_EAST_1}), with the keys looked up in the project's
 * {@link ApplicationConfig}; each value is placed by {@link Destinations}. One per analysis; answers
 * are remembered per call.
 *
 * <p>A value in a region position (given to a {@code Region} type or to a method or key whose name
 * says {@code region}) is a region ID of the provider whose SDK it is given to; any other value counts
 * when it is a URL or a provider's endpoint. A place abroad in the configuration that applies by
 * default wins; then one abroad in another profile (the message names it); then a web API or a
 * region in mainland China.
 */
public final class ClientDestinations {
  private static final int MAX_DEPTH = 12;
  private static final int MAX_CANDIDATES = 64;
  private static final int MAX_CALLERS = 8;
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");
  private static final Set<String> VALUE_TYPES = Set.of("java.lang.String", "java.lang.CharSequence", "java.net.URI",
      "java.net.URL", "java.lang.Object");

  /** A value that may say where data goes, with where it was found. */
  private record Candidate(String text, boolean region, List<String> types, String key, Location location,
      String profile) {}

  private final ApplicationConfig config;
  private final Destinations destinations;
  private final SourceModel model;
  private final Map<CtElement, Optional<Destination>> answers = new IdentityHashMap<>();
  private List<CtMethod<?>> beanMethods;
  private Map<String, List<CtAbstractInvocation<?>>> callsByName;

  public ClientDestinations(ApplicationConfig config, Destinations destinations, SourceModel model) {
    this.config = config;
    this.destinations = destinations;
    this.model = model;
  }

  /**
   * Where the call sends data; {@code receiverTypes} are the qualified names of its receiver's type
   * and supertypes, which say whose SDK a region belongs to. For an HTTP request ({@code request}),
   * its first argument is its URL or the request object holding it; for an SDK's call, the client
   * alone says where (a URL in an SMS's text is no destination). Empty when nothing places it.
   */
  public Optional<Destination> of(CtAbstractInvocation<?> call, Collection<String> receiverTypes, boolean request) {
    return answers.computeIfAbsent(call, c -> find(call, receiverTypes, request));
  }

  private Optional<Destination> find(CtAbstractInvocation<?> call, Collection<String> receiverTypes, boolean request) {
    List<Candidate> found = new ArrayList<>();
    Set<CtElement> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    if (call instanceof CtInvocation<?> inv && inv.getTarget() != null) {
      collect(inv.getTarget(), false, List.copyOf(receiverTypes), 0, seen, found);
    }
    if (request && !call.getArguments().isEmpty()) {
      CtExpression<?> url = call.getArguments().get(0);
      if (holdsValueOrClient(url.getType())) { // a URL, or a request object (OkHttp's, Apache's); not the data
        collect(url, false, List.copyOf(receiverTypes), 0, seen, found);
      }
    }
    CtExecutable<?> declared = model.index().modelExecutable(call.getExecutable());
    CtType<?> owner = declared == null ? null : declared.getParent(CtType.class);
    if (owner != null) {
      annotationString(owner, "FeignClient", "url") // an OpenFeign client's base URL
          .ifPresent(url -> configured(url, false, List.copyOf(receiverTypes), owner, found));
    }
    for (String key : destinations.configurationKeys(receiverTypes)) {
      configured("${" + key + "}", false, List.copyOf(receiverTypes), call, found);
    }
    List<Destination> placed = new ArrayList<>();
    for (Candidate c : found) {
      List<String> types = new ArrayList<>(c.types());
      types.addAll(receiverTypes);
      Optional<Destinations.Place> place = c.region() ? destinations.ofRegion(c.text(), types) : Optional.empty();
      if (place.isEmpty()) {
        place = destinations.ofHost(c.text());
      }
      place.ifPresent(p -> placed.add(new Destination(p, c.text(), c.key(), c.location(), c.profile())));
    }
    Optional<Destination> abroad = placed.stream().filter(d -> d.place().abroad() && d.profile().isEmpty()).findFirst();
    if (abroad.isEmpty()) {
      abroad = placed.stream().filter(d -> d.place().abroad()).findFirst();
    }
    if (abroad.isPresent()) {
      return abroad;
    }
    Optional<Destination> api = placed.stream().filter(d -> d.place().webApi() != null).findFirst();
    return api.isPresent() ? api : placed.stream().findFirst();
  }

  // ---- following values back ------------------------------------------------------------------

  private void collect(CtElement e, boolean region, List<String> types, int depth, Set<CtElement> seen,
      List<Candidate> out) {
    if (e == null || depth > MAX_DEPTH || out.size() >= MAX_CANDIDATES || !seen.add(e)) {
      return;
    }
    if (e instanceof CtLiteral<?> literal) {
      if (literal.getValue() instanceof String s) {
        out.add(new Candidate(s, region, types, "", model.locate(literal), ""));
      }
    } else if (e instanceof CtBinaryOperator<?> op) {
      collect(op.getLeftHandOperand(), region, types, depth + 1, seen, out);
      collect(op.getRightHandOperand(), region, types, depth + 1, seen, out);
    } else if (e instanceof CtConditional<?> c) {
      collect(c.getThenExpression(), region, types, depth + 1, seen, out);
      collect(c.getElseExpression(), region, types, depth + 1, seen, out);
    } else if (e instanceof CtNewArray<?> array) {
      array.getElements().forEach(x -> collect(x, region, types, depth + 1, seen, out));
    } else if (e instanceof CtVariableRead<?> read) {
      CtVariable<?> variable = model.index().variable(read.getVariable());
      if (variable != null) {
        variable(variable, region, types, depth, seen, out);
      } else if (read instanceof CtFieldRead<?> field && field.getVariable().getDeclaringType() != null
          && isRegionType(field.getVariable().getDeclaringType())) {
        // a library's region constant: Region.US_EAST_1 (AWS SDK 2), Regions.CN_NORTH_1 (AWS SDK 1)
        String constant = field.getVariable().getSimpleName();
        if (constant.equals(constant.toUpperCase(Locale.ROOT))) {
          out.add(new Candidate(constant.toLowerCase(Locale.ROOT).replace('_', '-'), true,
              with(types, field.getVariable().getDeclaringType().getQualifiedName()), "", model.locate(field), ""));
        }
      }
    } else if (e instanceof CtInvocation<?> inv) {
      invocation(inv, region, types, depth, seen, out);
    } else if (e instanceof CtConstructorCall<?> cc) {
      boolean regionArguments = cc.getType() != null && isRegionType(cc.getType());
      List<String> given = cc.getType() == null ? types : with(types, cc.getType().getQualifiedName());
      cc.getArguments().forEach(a -> collect(a, regionArguments, given, depth + 1, seen, out));
    }
  }

  private void invocation(CtInvocation<?> inv, boolean region, List<String> types, int depth, Set<CtElement> seen,
      List<Candidate> out) {
    String name = inv.getExecutable().getSimpleName();
    CtType<?> receiver = inv.getTarget() == null || inv.getTarget().getType() == null ? null
        : model.index().modelType(inv.getTarget().getType());
    if (receiver != null && configurationPrefix(receiver).isPresent() && inv.getArguments().isEmpty()) {
      String property = JavaBeans.getterProperty(name, 0);
      CtField<?> field = property == null ? null : receiver.getField(property);
      if (field != null) {
        variable(field, region, types, depth, seen, out); // a getter of configuration properties, Lombok's included
        return;
      }
    }
    CtExecutable<?> executable = model.index().modelExecutable(inv.getExecutable());
    if (executable != null && executable.getBody() != null) {
      for (CtReturn<?> r : model.index().within(executable.getBody(), CtReturn.class)) {
        if (r.getParent(CtExecutable.class) == executable) {
          collect(r.getReturnedExpression(), region, types, depth + 1, seen, out);
        }
      }
      return;
    }
    // a library call: what its receiver was built with and what it is given
    boolean regionArguments = name.toLowerCase(Locale.ROOT).contains("region")
        || (inv.getExecutable().getDeclaringType() != null && isRegionType(inv.getExecutable().getDeclaringType()));
    List<String> given = inv.getExecutable().getDeclaringType() == null ? types
        : with(types, inv.getExecutable().getDeclaringType().getQualifiedName());
    if (inv.getTarget() != null) {
      collect(inv.getTarget(), region, given, depth + 1, seen, out);
    }
    for (CtExpression<?> a : inv.getArguments()) {
      collect(a, regionArguments, given, depth + 1, seen, out);
    }
  }

  private void variable(CtVariable<?> variable, boolean region, List<String> types, int depth, Set<CtElement> seen,
      List<Candidate> out) {
    if (!seen.add(variable) || depth > MAX_DEPTH) {
      return;
    }
    boolean regionNamed = region || variable.getSimpleName().toLowerCase(Locale.ROOT).contains("region");
    Optional<String> value = valueAnnotation(variable);
    if (value.isPresent()) {
      configured(value.get(), regionNamed, types, variable, out);
      return;
    }
    if (variable instanceof CtField<?> field) {
      CtType<?> owner = field.getDeclaringType();
      Optional<String> prefix = owner == null ? Optional.empty() : configurationPrefix(owner);
      if (prefix.isPresent()) {
        int before = out.size();
        configured("${" + prefix.get() + "." + field.getSimpleName() + "}", regionNamed, types, field, out);
        if (out.size() > before && out.get(before).key().length() > 0) {
          return; // the configuration sets it: its initializer is only the default
        }
      }
      boolean assigned = field.getDefaultExpression() != null;
      collect(field.getDefaultExpression(), regionNamed, types, depth + 1, seen, out);
      CtType<?> scope = owner == null ? null : owner.getTopLevelType();
      if (scope != null) {
        for (CtAssignment<?, ?> a : model.index().within(scope, CtAssignment.class)) {
          if (a.getAssigned() instanceof CtVariableWrite<?> w && model.index().variable(w.getVariable()) == field) {
            assigned = true;
            collect(a.getAssignment(), regionNamed, types, depth + 1, seen, out);
          }
        }
      }
      if (!assigned) {
        beans(field.getType(), regionNamed, types, depth, seen, out); // injected
      }
    } else if (variable instanceof CtLocalVariable<?> local) {
      collect(local.getDefaultExpression(), regionNamed, types, depth + 1, seen, out);
      CtExecutable<?> scope = local.getParent(CtExecutable.class);
      if (scope != null) {
        for (CtAssignment<?, ?> a : model.index().within(scope, CtAssignment.class)) {
          if (a.getAssigned() instanceof CtVariableWrite<?> w && model.index().variable(w.getVariable()) == local) {
            collect(a.getAssignment(), regionNamed, types, depth + 1, seen, out);
          }
        }
      }
    } else if (variable instanceof CtParameter<?> parameter && holdsValueOrClient(parameter.getType())) {
      CtExecutable<?> method = parameter.getParent();
      int index = method.getParameters().indexOf(parameter);
      int callers = 0;
      for (CtAbstractInvocation<?> call : callers(method)) {
        if (callers++ >= MAX_CALLERS) {
          break;
        }
        if (index < call.getArguments().size()) {
          collect(call.getArguments().get(index), regionNamed, types, depth + 1, seen, out);
        }
      }
      if (callers == 0) {
        beans(parameter.getType(), regionNamed, types, depth, seen, out); // injected into a constructor or a @Bean method
      }
    }
  }

  /** The values a {@code @Value} template or a configuration key has, each a candidate. */
  private void configured(String template, boolean region, List<String> types, CtElement at, List<Candidate> out) {
    Matcher m = PLACEHOLDER.matcher(template);
    if (!m.find()) {
      out.add(new Candidate(template, region, types, "", model.locate(at), ""));
      return;
    }
    String key = m.group(1).trim();
    boolean regionKey = region || key.toLowerCase(Locale.ROOT).contains("region");
    List<ApplicationConfig.Value> values = config.values(key);
    for (ApplicationConfig.Value v : values) {
      String text = template.substring(0, m.start()) + v.text() + template.substring(m.end());
      out.add(new Candidate(text, regionKey, types, v.key(), v.location(), v.profile()));
    }
    if (values.isEmpty() && m.group(2) != null) {
      String text = template.substring(0, m.start()) + m.group(2) + template.substring(m.end());
      out.add(new Candidate(text, regionKey, types, "", model.locate(at), ""));
    }
  }

  /** The Spring {@code @Bean} methods that make an object of this type: what they return was built there. */
  private void beans(CtTypeReference<?> type, boolean region, List<String> types, int depth, Set<CtElement> seen,
      List<Candidate> out) {
    if (type == null || type.isPrimitive() || holdsValue(type)) {
      return;
    }
    String wanted = type.getQualifiedName();
    for (CtMethod<?> bean : beanMethods()) {
      if (bean.getType() != null && model.index().typeNames(bean.getType()).contains(wanted) && bean.getBody() != null) {
        for (CtReturn<?> r : model.index().within(bean.getBody(), CtReturn.class)) {
          if (r.getParent(CtExecutable.class) == bean) {
            collect(r.getReturnedExpression(), region, types, depth + 1, seen, out);
          }
        }
      }
    }
  }

  private List<CtMethod<?>> beanMethods() {
    if (beanMethods == null) {
      List<CtMethod<?>> found = new ArrayList<>();
      for (CtMethod<?> m : model.index().all(CtMethod.class)) {
        if (Elements.annotated(m, Set.of("Bean"))) {
          found.add(m);
        }
      }
      beanMethods = List.copyOf(found);
    }
    return beanMethods;
  }

  /**
   * The calls of an analysed method or constructor in the model, found through an index of calls by
   * name, once per method: a parameter is followed to its callers for every call it is given to.
   */
  private List<CtAbstractInvocation<?>> callers(CtExecutable<?> method) {
    return callersOf.computeIfAbsent(method, this::findCallers);
  }

  private final Map<CtExecutable<?>, List<CtAbstractInvocation<?>>> callersOf = new java.util.IdentityHashMap<>();

  private List<CtAbstractInvocation<?>> findCallers(CtExecutable<?> method) {
    List<CtAbstractInvocation<?>> calls = new ArrayList<>();
    if (!(method instanceof CtMethod<?>) && !(method instanceof spoon.reflect.declaration.CtConstructor<?>)) {
      return calls;
    }
    if (callsByName == null) {
      callsByName = new java.util.HashMap<>();
      for (CtAbstractInvocation<?> call : model.index().all(CtAbstractInvocation.class)) {
        callsByName.computeIfAbsent(call.getExecutable().getSimpleName(), k -> new ArrayList<>()).add(call);
      }
    }
    for (CtAbstractInvocation<?> call : callsByName.getOrDefault(method.getSimpleName(), List.of())) {
      if (call.getArguments().size() == method.getParameters().size()
          && model.index().modelExecutable(call.getExecutable()) == method) {
        calls.add(call);
      }
    }
    return calls;
  }

  // ---- names -------------------------------------------------------------------------------------

  /** The template of a {@code @Value} on the variable, if it carries one. */
  private static Optional<String> valueAnnotation(CtVariable<?> variable) {
    for (CtAnnotation<?> a : variable.getAnnotations()) {
      if (Elements.simpleName(a).equals("Value")) {
        Object value = a.getValues().get("value");
        if (value instanceof CtLiteral<?> l && l.getValue() instanceof String s) {
          return Optional.of(s);
        }
      }
    }
    return Optional.empty();
  }

  /** The string an attribute of an annotation (by simple name) on the element holds, if written. */
  private static Optional<String> annotationString(CtElement element, String annotation, String attribute) {
    for (CtAnnotation<?> a : element.getAnnotations()) {
      if (Elements.simpleName(a).equals(annotation) && a.getValues().get(attribute) instanceof CtLiteral<?> l
          && l.getValue() instanceof String s && !s.isBlank()) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The prefix of a {@code @ConfigurationProperties} class ({@code prefix} or {@code value}), if it is one. */
  private static Optional<String> configurationPrefix(CtType<?> type) {
    for (CtAnnotation<?> a : type.getAnnotations()) {
      if (Elements.simpleName(a).equals("ConfigurationProperties")) {
        for (String attribute : List.of("prefix", "value")) {
          Object value = a.getValues().get(attribute);
          if (value instanceof CtLiteral<?> l && l.getValue() instanceof String s && !s.isBlank()) {
            return Optional.of(s);
          }
        }
        return Optional.of("");
      }
    }
    return Optional.empty();
  }

  private static boolean isRegionType(CtTypeReference<?> type) {
    String simple = type.getSimpleName();
    return simple.equals("Region") || simple.equals("Regions");
  }

  /** True for the types a URL, an endpoint or a region is held in (or an unknown type). */
  private static boolean holdsValue(CtTypeReference<?> type) {
    return type == null || VALUE_TYPES.contains(type.getQualifiedName());
  }

  /** True for a value type or a library type (a client, a builder, a region), not for the project's own data types. */
  private boolean holdsValueOrClient(CtTypeReference<?> type) {
    if (holdsValue(type) || type.getQualifiedName().startsWith("java.util.")) {
      return holdsValue(type);
    }
    if (type.isPrimitive()) {
      return false;
    }
    CtType<?> own = model.index().modelType(type);
    return own == null || configurationPrefix(own).isPresent();
  }

  private static List<String> with(List<String> types, String type) {
    Set<String> all = new LinkedHashSet<>();
    all.add(type);
    all.addAll(types);
    return List.copyOf(all);
  }
}
