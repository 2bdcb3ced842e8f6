package dev.datawarden.analyzer.frameworks;

import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.api.Problem;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
 * The Spring Boot configuration of a project's resource folders: {@code application.yml}
 * ({@code .yaml}, {@code .properties}), its profiles ({@code application-prod.yml}, a YAML document
 * with {@code spring.config.activate.on-profile} or {@code spring.profiles}) and
 * {@code bootstrap.*}, as keys with their values and lines. The default profile's
 * {@code spring.profiles.active} names the profiles that apply without asking. Keys are matched as
 * Spring's relaxed binding matches them ({@code endpoint-url}, {@code endpointUrl} and
 * {@code endpoint_url} are one key). A file that does not parse is a problem at its line; the other
 * files still count.
 */
public final class ApplicationConfig {

  /**
   * One value a key has.
   *
   * @param key the key as written
   * @param location the file and line that set it
   * @param profile the profile whose file or document set it; empty for the default configuration
   */
  public record Value(String text, String key, Location location, String profile) {}

  /** No configuration: an analysis without resource folders. */
  public static final ApplicationConfig NONE = new ApplicationConfig(Map.of(), List.of());

  private static final Pattern FILE =
      Pattern.compile("(?:application|bootstrap)(?:-([\\w.-]+))?\\.(?:ya?ml|properties)");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");
  private static final int MAX_PLACEHOLDER_DEPTH = 5;

  /** The values by profile ("" the default) and relaxed key. */
  private final Map<String, Map<String, Value>> byProfile;
  private final List<String> active;

  private ApplicationConfig(Map<String, Map<String, Value>> byProfile, List<String> active) {
    Map<String, Map<String, Value>> copy = new TreeMap<>();
    byProfile.forEach((p, values) -> copy.put(p, Map.copyOf(values)));
    this.byProfile = Map.copyOf(copy);
    this.active = List.copyOf(active);
  }

  /** The profiles the default configuration activates ({@code spring.profiles.active}). */
  public List<String> activeProfiles() {
    return active;
  }

  /** True when no configuration file was read. */
  public boolean isEmpty() {
    return byProfile.isEmpty();
  }

  /**
   * The values {@code key} has: first the one that applies by default (the default configuration's,
   * or an active profile's that overrides it), then each other profile's that differs, by profile
   * name. Placeholders in a value ({@code ${other.key:default}}) are replaced as Spring would.
   */
  public List<Value> values(String key) {
    String relaxed = relaxed(key);
    List<Value> values = new ArrayList<>();
    Value effective = get("", relaxed);
    for (String profile : active) {
      Value v = get(profile, relaxed);
      if (v != null) {
        effective = v;
      }
    }
    if (effective != null) {
      values.add(resolved(effective));
    }
    for (Map.Entry<String, Map<String, Value>> e : new TreeMap<>(byProfile).entrySet()) {
      Value v = e.getValue().get(relaxed);
      if (!e.getKey().isEmpty() && !active.contains(e.getKey()) && v != null) {
        Value r = resolved(v);
        if (effective == null || !r.text().equals(values.get(0).text())) {
          values.add(r);
        }
      }
    }
    return values;
  }

  private Value get(String profile, String relaxedKey) {
    Map<String, Value> values = byProfile.get(profile);
    return values == null ? null : values.get(relaxedKey);
  }

  /** The value with its placeholders replaced from its own profile, then the default configuration. */
  private Value resolved(Value v) {
    String text = v.text();
    for (int depth = 0; depth < MAX_PLACEHOLDER_DEPTH && text.contains("${"); depth++) {
      Matcher m = PLACEHOLDER.matcher(text);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        String relaxed = relaxed(m.group(1).trim());
        Value other = get(v.profile(), relaxed);
        if (other == null) {
          other = get("", relaxed);
        }
        String replacement = other != null ? other.text() : m.group(2) != null ? m.group(2) : m.group();
        m.appendReplacement(out, Matcher.quoteReplacement(replacement));
      }
      m.appendTail(out);
      if (out.toString().equals(text)) {
        break;
      }
      text = out.toString();
    }
    return new Value(text, v.key(), v.location(), v.profile());
  }

  /** A key as Spring's relaxed binding compares it: lower case, without dashes and underscores. */
  public static String relaxed(String key) {
    return key.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
  }

  // ---- reading -------------------------------------------------------------------------------

  /**
   * Reads the configuration files under {@code roots} (directories, or single files); {@code base}
   * is the directory problems' file names are relative to.
   */
  public static ApplicationConfig read(List<Path> roots, Path base, Consumer<Problem> problems) {
    TreeSet<Path> files = new TreeSet<>();
    for (Path root : roots) {
      Path abs = root.toAbsolutePath().normalize();
      if (Files.isRegularFile(abs)) {
        if (FILE.matcher(abs.getFileName().toString()).matches()) {
          files.add(abs);
        }
      } else if (Files.isDirectory(abs)) {
        try (Stream<Path> walk = Files.walk(abs)) {
          walk.filter(p -> FILE.matcher(p.getFileName().toString()).matches() && Files.isRegularFile(p))
              .map(p -> p.toAbsolutePath().normalize())
              .forEach(files::add);
        } catch (IOException | java.io.UncheckedIOException e) {
          // the mapper reading reports a folder that cannot be listed
        }
      }
    }
    if (files.isEmpty()) {
      return NONE;
    }
    Map<String, Map<String, Value>> byProfile = new TreeMap<>();
    for (Path file : files) {
      String shown = Location.displayPath(base, file);
      Matcher name = FILE.matcher(file.getFileName().toString());
      String profile = name.matches() && name.group(1) != null ? name.group(1) : "";
      String text;
      try {
        text = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        problems.accept(Problem.of(Problem.Kind.UNPARSEABLE_FILE, new Location(shown, 0, 0),
            "config.unreadable", String.valueOf(e.getMessage())));
        continue;
      }
      if (file.getFileName().toString().endsWith(".properties")) {
        readProperties(text, shown, profile, byProfile);
      } else {
        readYaml(text, shown, profile, byProfile, problems);
      }
    }
    List<String> active = new ArrayList<>();
    Value activation = byProfile.getOrDefault("", Map.of()).get(relaxed("spring.profiles.active"));
    if (activation != null) {
      for (String p : activation.text().split(",")) {
        if (!p.isBlank()) {
          active.add(p.trim());
        }
      }
    }
    return new ApplicationConfig(byProfile, active);
  }

  private static void readYaml(String text, String shown, String fileProfile, Map<String, Map<String, Value>> into,
      Consumer<Problem> problems) {
    List<Node> documents = new ArrayList<>();
    try {
      for (Node document : new Compose(LoadSettings.builder().setLabel(shown).build())
          .composeAllFromReader(new StringReader(text))) {
        documents.add(document);
      }
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1).orElse(0);
      problems.accept(Problem.of(Problem.Kind.UNPARSEABLE_FILE, new Location(shown, line, 0),
          "config.notYaml", e.getProblem()));
      return; // what was read before the error is left out with the rest: half a file misleads
    } catch (YamlEngineException e) {
      problems.accept(Problem.of(Problem.Kind.UNPARSEABLE_FILE, new Location(shown, 0, 0),
          "config.notYaml", String.valueOf(e.getMessage())));
      return;
    }
    for (Node document : documents) {
      Map<String, Value> flat = new LinkedHashMap<>();
      flatten(document, "", shown, flat);
      String profile = fileProfile;
      for (String key : List.of("spring.config.activate.on-profile", "spring.profiles")) {
        Value on = flat.get(relaxed(key));
        if (on != null && !on.text().isBlank()) {
          profile = on.text().split(",")[0].trim().replaceFirst("^!", "");
        }
      }
      String p = profile;
      Map<String, Value> values = into.computeIfAbsent(p, k -> new LinkedHashMap<>());
      flat.values().forEach(v -> values.put(relaxed(v.key()), new Value(v.text(), v.key(), v.location(), p)));
    }
  }

  private static void flatten(Node node, String prefix, String shown, Map<String, Value> into) {
    if (node instanceof MappingNode mapping) {
      for (NodeTuple t : mapping.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k) {
          flatten(t.getValueNode(), prefix.isEmpty() ? k.getValue() : prefix + "." + k.getValue(), shown, into);
        }
      }
    } else if (node instanceof SequenceNode sequence) {
      List<Node> items = sequence.getValue();
      for (int i = 0; i < items.size(); i++) {
        flatten(items.get(i), prefix + "[" + i + "]", shown, into);
      }
    } else if (node instanceof ScalarNode scalar && !prefix.isEmpty()) {
      int line = node.getStartMark().map(Mark::getLine).map(l -> l + 1).orElse(0);
      into.put(relaxed(prefix), new Value(scalar.getValue(), prefix, new Location(shown, line, 0), ""));
    }
  }

  /** A properties file, line by line so that every key keeps its line (continuations and escapes as Java reads them). */
  private static void readProperties(String text, String shown, String profile, Map<String, Map<String, Value>> into) {
    Map<String, Value> values = into.computeIfAbsent(profile, k -> new LinkedHashMap<>());
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int first = i;
      StringBuilder logical = new StringBuilder(lines[i].stripLeading());
      while (endsWithContinuation(logical) && i + 1 < lines.length) {
        logical.setLength(logical.length() - 1);
        logical.append(lines[++i].stripLeading());
      }
      String line = logical.toString();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
        continue;
      }
      java.util.Properties one = new java.util.Properties();
      try {
        one.load(new StringReader(line));
      } catch (IOException | IllegalArgumentException e) {
        continue; // a malformed \\u escape: java.util.Properties would refuse the whole file, we skip the line
      }
      for (String key : one.stringPropertyNames()) {
        values.put(relaxed(key), new Value(one.getProperty(key).strip(), key, new Location(shown, first + 1, 0), profile));
      }
    }
  }

  private static boolean endsWithContinuation(CharSequence line) {
    int slashes = 0;
    for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
      slashes++;
    }
    return slashes % 2 == 1;
  }

  /** The profile names with at least one value of their own, for messages and tests. */
  public List<String> profiles() {
    return byProfile.keySet().stream().filter(p -> !p.isEmpty()).toList();
  }

  /** The value {@code key} has in {@code profile} ("" the default configuration) alone, placeholders replaced. */
  public Optional<Value> value(String profile, String key) {
    Value v = get(profile, relaxed(key));
    return v == null ? Optional.empty() : Optional.of(resolved(v));
  }
}
