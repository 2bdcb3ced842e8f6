package dev.datawarden.analyzer.catalog;

import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.api.Problem;
import dev.datawarden.analyzer.fact.AttributeSpec;
import dev.datawarden.analyzer.fact.Attributes;
import dev.datawarden.analyzer.fact.Declaration;
import dev.datawarden.analyzer.fact.Misuse;
import dev.datawarden.analyzer.fact.Role;
import dev.datawarden.analyzer.fact.Target;
import dev.datawarden.analyzer.fact.TargetKind;
import dev.datawarden.analyzer.fact.WebApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads catalog files ({@code datawarden.yml}): the vocabulary for code that cannot be annotated.
 * Works on the YAML node tree so every entry keeps its line; a malformed entry is reported with its
 * line and skipped, and the rest of the file still applies.
 */
public final class CatalogLoader {

  /** The catalog that ships with DataWarden: the common library sinks. */
  public static final String BUILTIN_RESOURCE = "/dev/datawarden/analyzer/catalog/builtin.yml";

  /**
   * The vendor catalog that ships with DataWarden, one file per vendor family beside the built-in
   * catalog ({@code vendors/<family>.yml}): the SDKs through which data reaches a third party or
   * leaves the country. Loaded with the built-in catalog, in this order.
   */
  public static final List<String> VENDOR_FAMILIES = List.of(
      "sms", "push", "payment", "wechat-dingtalk", "object-storage", "mail", "maps", "identity", "analytics",
      "e-signature", "logistics", "foreign");

  /** The catalog key of web APIs named by their host ({@link WebApi}). */
  public static final String HOST_KEY = "host";

  private static final String JAVA_NAME = "[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*";
  private static final String QUALIFIED = JAVA_NAME + "(?:[.$]" + JAVA_NAME + ")*";
  private static final Pattern TYPE = Pattern.compile(QUALIFIED);
  private static final Pattern MEMBER = Pattern.compile("(" + QUALIFIED + ")#(" + JAVA_NAME + ")");
  private static final Pattern METHOD =
      Pattern.compile("(" + QUALIFIED + ")#(" + JAVA_NAME + "|<init>)(?:\\(([^)]*)\\))?");
  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+");
  private static final Pattern PARAMETER_TYPE = Pattern.compile(QUALIFIED + "(?:\\[\\])*(?:\\.\\.\\.)?");

  /** What a catalog file gave: usable declarations, web APIs, vocabulary misuses and malformed entries. */
  public record Loaded(List<Declaration> declarations, List<WebApi> webApis, List<Misuse> misuses,
      List<Problem> problems) {
    public Loaded {
      declarations = List.copyOf(declarations);
      webApis = List.copyOf(webApis);
      misuses = List.copyOf(misuses);
      problems = List.copyOf(problems);
    }

    public Loaded(List<Declaration> declarations, List<Misuse> misuses, List<Problem> problems) {
      this(declarations, List.of(), misuses, problems);
    }
  }

  private final List<Declaration> declarations = new ArrayList<>();
  private final List<WebApi> webApis = new ArrayList<>();
  private final List<Misuse> misuses = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  private final String file;
  private final Declaration.Origin origin;

  private CatalogLoader(String file, Declaration.Origin origin) {
    this.file = file;
    this.origin = origin;
  }

  /** Loads a user's catalog; {@code displayName} is how the file is named in findings and problems. */
  public static Loaded load(Path path, String displayName) {
    CatalogLoader loader = new CatalogLoader(displayName, Declaration.Origin.CATALOG);
    try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      loader.read(reader);
    } catch (IOException e) {
      loader.problem(0, "catalog.unreadable", describe(e));
    }
    return loader.result();
  }

  /**
   * The built-in catalog and the vendor catalog ({@link #VENDOR_FAMILIES}); a problem in them is a
   * defect of DataWarden, so it fails loudly. Read once per class loader, when first asked for: it is
   * a constant of the product, and a Maven build analyses each of its modules in the plugin's one
   * class loader, a daemon every compilation.
   */
  public static Loaded loadBuiltin() {
    return Builtin.LOADED;
  }

  private static final class Builtin {
    static final Loaded LOADED = readBuiltin();
  }

  private static Loaded readBuiltin() {
    List<Declaration> declarations = new ArrayList<>();
    List<WebApi> webApis = new ArrayList<>();
    declarations.addAll(loadResource("builtin.yml").declarations());
    for (String family : VENDOR_FAMILIES) {
      Loaded vendors = loadResource("vendors/" + family + ".yml");
      declarations.addAll(vendors.declarations());
      webApis.addAll(vendors.webApis());
    }
    return new Loaded(declarations, webApis, List.of(), List.of());
  }

  /** One file of the built-in catalog, named relative to the folder of {@link #BUILTIN_RESOURCE}. */
  static Loaded loadResource(String name) {
    String resource = BUILTIN_RESOURCE.substring(0, BUILTIN_RESOURCE.lastIndexOf('/') + 1) + name;
    CatalogLoader loader = new CatalogLoader(name, Declaration.Origin.BUILTIN);
    try (InputStream in = CatalogLoader.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      loader.read(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Loaded loaded = loader.result();
    if (!loaded.problems().isEmpty() || !loaded.misuses().isEmpty()) {
      throw new IllegalStateException("the built-in catalog " + name + " is invalid: " + loaded.problems()
          + loaded.misuses());
    }
    return loaded;
  }

  private Loaded result() {
    return new Loaded(declarations, webApis, misuses, problems);
  }

  private void read(Reader reader) {
    Optional<Node> root;
    try {
      root = new Compose(LoadSettings.builder().setLabel(file).build()).composeReader(reader);
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1).orElse(0);
      problem(line, "catalog.notYaml", e.getProblem());
      return;
    } catch (YamlEngineException e) {
      problem(0, "catalog.notYaml", e.getMessage());
      return;
    }
    if (root.isEmpty()) {
      return; // an empty catalog declares nothing
    }
    if (!(root.get() instanceof MappingNode top)) {
      problem(line(root.get()), "catalog.notMapping");
      return;
    }
    for (NodeTuple section : top.getValue()) {
      String key = scalar(section.getKeyNode());
      if (HOST_KEY.equals(key)) {
        if (section.getValueNode() instanceof SequenceNode list) {
          list.getValue().forEach(this::webApi);
        } else if (!(section.getValueNode() instanceof ScalarNode s && s.getValue().isEmpty())) {
          problem(line(section.getValueNode()), "catalog.notList", key);
        }
        continue;
      }
      Optional<Role> role = key == null ? Optional.empty() : Role.byCatalogKey(key);
      if (role.isEmpty()) {
        problem(
            line(section.getKeyNode()),
            "catalog.unknownKey", key,
            Arrays.stream(Role.values()).map(Role::catalogKey).collect(Collectors.joining(", ")) + ", " + HOST_KEY);
        continue;
      }
      Node entries = section.getValueNode();
      if (entries instanceof SequenceNode list) {
        for (Node entry : list.getValue()) {
          entry(role.get(), entry);
        }
      } else if (!(entries instanceof ScalarNode s && s.getValue().isEmpty())) {
        problem(line(entries), "catalog.notList", key);
      }
    }
  }

  private void entry(Role role, Node node) {
    int line = line(node);
    if (!(node instanceof MappingNode mapping)) {
      problem(line, "catalog.entryNotMapping", role.catalogKey(), "{method: a.b.C#name}");
      return;
    }
    Target target = null;
    String targetKey = null;
    Map<String, Object> written = new LinkedHashMap<>();
    Map<String, Integer> attributeLines = new LinkedHashMap<>();
    for (NodeTuple t : mapping.getValue()) {
      String key = scalar(t.getKeyNode());
      if (key == null) {
        problem(line(t.getKeyNode()), "catalog.keyNotName");
        return;
      }
      if (key.equals("type") || key.equals("field") || key.equals("method")) {
        if (targetKey != null) {
          problem(line, "catalog.twoTargets", targetKey, key);
          return;
        }
        targetKey = key;
        String text = scalar(t.getValueNode());
        target = text == null ? null : parseTarget(key, text.trim());
        if (target == null) {
          problem(line(t.getValueNode()), "catalog.malformedTarget", key, text, example(key));
          return;
        }
      } else {
        Object value = value(role.attributes().get(key), t.getValueNode());
        if (value == null) {
          problem(line(t.getValueNode()), "catalog.attributeNotValue", key);
          return;
        }
        written.put(key, value);
        attributeLines.put(key, line(t.getKeyNode()));
      }
    }
    if (target == null) {
      problem(line, "catalog.noTarget", role.catalogKey());
      return;
    }
    Location location = new Location(file, line, 0);
    if (!role.targets().contains(target.kind())) {
      misuses.add(Misuse.of(location, "misuse.notAllowedOnTarget", role.displayName(),
          Misuse.text("misuse.target." + target.kind().name()), target,
          Misuse.texts(role.targets().stream().map(k -> "misuse.target." + k.name()).toList())));
      return;
    }
    Target named = target;
    // a misuse of one attribute (unknown, malformed) is reported at that attribute's own line
    Optional<Map<String, Object>> values = Attributes.complete(role, written, m -> misuses.add(Misuse.of(
        attributeLines.entrySet().stream().filter(a -> named(m, a.getKey())).findFirst()
            .map(a -> new Location(file, a.getValue(), 0)).orElse(location),
        "misuse.inCatalog", m.asArgument(), named)));
    values.ifPresent(v -> declarations.add(new Declaration(role, named, v, written.keySet(), location, origin)));
  }

  /**
   * A web API entry: {@code {host: restapi.amap.com, recipient: "AMap"}} is a provision to the
   * recipient, {@code {host: api.openai.com, destination: [US]}} a transfer abroad; the other
   * attributes are those of {@code thirdPartyTransfer} or {@code crossBorder}.
   */
  private void webApi(Node node) {
    int line = line(node);
    if (!(node instanceof MappingNode mapping)) {
      problem(line, "catalog.entryNotMapping", HOST_KEY, "{host: api.example.com, recipient: Example}");
      return;
    }
    String host = null;
    Map<String, Node> attributes = new LinkedHashMap<>();
    for (NodeTuple t : mapping.getValue()) {
      String key = scalar(t.getKeyNode());
      if (key == null) {
        problem(line(t.getKeyNode()), "catalog.keyNotName");
        return;
      }
      if (key.equals(HOST_KEY)) {
        host = scalar(t.getValueNode());
      } else {
        attributes.put(key, t.getValueNode());
      }
    }
    if (host == null || !HOST.matcher(host.trim()).matches()) {
      problem(line, "catalog.malformedHost", host == null ? "" : host);
      return;
    }
    Role role = attributes.containsKey("destination") ? Role.CROSS_BORDER : Role.THIRD_PARTY_TRANSFER;
    Map<String, Object> written = new LinkedHashMap<>();
    for (Map.Entry<String, Node> a : attributes.entrySet()) {
      Object value = value(role.attributes().get(a.getKey()), a.getValue());
      if (value == null) {
        problem(line(a.getValue()), "catalog.attributeNotValue", a.getKey());
        return;
      }
      written.put(a.getKey(), value);
    }
    Location location = new Location(file, line, 0);
    String name = host.trim();
    Target named = Target.type(name);
    Attributes.complete(role, written, m -> misuses.add(Misuse.of(location, "misuse.inCatalog", m.asArgument(), named)))
        .ifPresent(v -> webApis.add(new WebApi(name, role, v, location, origin)));
  }

  /** Turns a YAML node into a raw attribute value shaped for {@code spec} (booleans from their text). */
  private static Object value(AttributeSpec spec, Node node) {
    if (node instanceof ScalarNode s) {
      String v = s.getValue();
      if (spec != null && spec.shape() == AttributeSpec.Shape.BOOLEAN) {
        String lower = v.toLowerCase(Locale.ROOT);
        if (lower.equals("true") || lower.equals("false")) {
          return Boolean.valueOf(lower);
        }
      }
      return v;
    }
    if (node instanceof SequenceNode seq) {
      List<String> items = new ArrayList<>();
      for (Node item : seq.getValue()) {
        String v = scalar(item);
        if (v == null) {
          return null;
        }
        items.add(v);
      }
      return items;
    }
    return null;
  }

  static Target parseTarget(String kind, String text) {
    switch (kind) {
      case "type" -> {
        return TYPE.matcher(text).matches() ? Target.type(text) : null;
      }
      case "field" -> {
        Matcher m = MEMBER.matcher(text);
        return m.matches() ? Target.field(m.group(1), m.group(2)) : null;
      }
      case "method" -> {
        Matcher m = METHOD.matcher(text);
        if (!m.matches()) {
          return null;
        }
        List<String> parameters = null;
        if (m.group(3) != null) {
          parameters = new ArrayList<>();
          for (String p : m.group(3).split(",", -1)) {
            String type = p.trim();
            if (type.isEmpty() && m.group(3).isBlank()) {
              break; // "name()" means the overload without parameters
            }
            if (!PARAMETER_TYPE.matcher(type).matches()) {
              return null;
            }
            parameters.add(type);
          }
        }
        return Target.method(m.group(1), m.group(2), parameters);
      }
      default -> {
        return null;
      }
    }
  }

  private static String example(String key) {
    return switch (key) {
      case "type" -> "a.b.C";
      case "field" -> "a.b.C#name";
      default -> "a.b.C#name or a.b.C#name(java.lang.String,int)";
    };
  }

  private static String scalar(Node node) {
    return node instanceof ScalarNode s ? s.getValue() : null;
  }

  private static int line(Node node) {
    return node.getStartMark().map(Mark::getLine).map(l -> l + 1).orElse(0);
  }

  /** Whether {@code m} is about the attribute {@code attribute} (it names it among its arguments). */
  private static boolean named(Misuse m, String attribute) {
    return m.args().contains(attribute);
  }

  /** A problem at {@code line} whose text is {@code key} of the problems' bundle with {@code args}. */
  private void problem(int line, String key, Object... args) {
    problems.add(Problem.of(Problem.Kind.CATALOG, new Location(file, line, 0), key, args));
  }

  private static String describe(IOException e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }
}
