package dev.datawarden.analyzer.frameworks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The names the framework models read, from {@code frameworks.yml} beside them: one section per
 * model, each a map of lists (or, for Lombok's loggers, of names). A missing or malformed entry is a
 * bug of DataWarden, reported when the data is read.
 */
public final class FrameworkData {
  private static final String RESOURCE = "frameworks.yml";

  private final Map<String, Object> root;

  private FrameworkData(Map<String, Object> root) {
    this.root = root;
  }

  static FrameworkData read() {
    return new FrameworkData(bundledMap(FrameworkData.class, RESOURCE));
  }

  /**
   * The map of sections a YAML file bundled with DataWarden holds ({@code resource}, beside
   * {@code owner}): data of its own, which must be there and be a map.
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> bundledMap(Class<?> owner, String resource) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      Object yaml = new Load(LoadSettings.builder().build())
          .loadFromString(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      if (!(yaml instanceof Map<?, ?> map)) {
        throw new IllegalStateException(resource + " is not a map of sections");
      }
      return (Map<String, Object>) map;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The names listed under {@code section.key}, in their order. */
  Set<String> names(String section, String key) {
    if (!(entry(section, key) instanceof List<?> list)) {
      throw new IllegalStateException(RESOURCE + ": " + section + "." + key + " is not a list");
    }
    Set<String> names = new LinkedHashSet<>();
    for (Object o : list) {
      names.add(String.valueOf(o));
    }
    return Set.copyOf(names);
  }

  /** The names listed under {@code section.key}, in their order, where order matters (prefixes). */
  List<String> ordered(String section, String key) {
    if (!(entry(section, key) instanceof List<?> list)) {
      throw new IllegalStateException(RESOURCE + ": " + section + "." + key + " is not a list");
    }
    return list.stream().map(String::valueOf).toList();
  }

  /** The map of names under {@code section.key}. */
  Map<String, String> map(String section, String key) {
    if (!(entry(section, key) instanceof Map<?, ?> map)) {
      throw new IllegalStateException(RESOURCE + ": " + section + "." + key + " is not a map");
    }
    Map<String, String> names = new LinkedHashMap<>();
    map.forEach((k, v) -> names.put(String.valueOf(k), String.valueOf(v)));
    return Map.copyOf(names);
  }

  private Object entry(String section, String key) {
    if (!(root.get(section) instanceof Map<?, ?> map) || !map.containsKey(key)) {
      throw new IllegalStateException(RESOURCE + ": no " + section + "." + key);
    }
    return map.get(key);
  }
}
