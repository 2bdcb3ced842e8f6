package dev.datawarden.analyzer.daemon;

import dev.datawarden.analyzer.AnalysisRequest;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request to the daemon, as it travels in JSON: the daemon's token and the fields of an
 * {@link AnalysisRequest}, paths as strings; {@code classpath} is null for no-class-path mode.
 */
record DaemonRequest(
    String token,
    List<String> sourceRoots,
    List<String> contextRoots,
    List<String> resourceRoots,
    List<String> classpath,
    List<String> catalogs,
    int sourceLevel,
    String baseDirectory,
    List<String> disabledRules) {

  static DaemonRequest of(String token, AnalysisRequest request) {
    return new DaemonRequest(token, strings(request.sourceRoots()), strings(request.contextRoots()),
        strings(request.resourceRoots()), request.classpath().map(DaemonRequest::strings).orElse(null),
        strings(request.catalogs()), request.sourceLevel(), request.baseDirectory().toString(),
        List.copyOf(request.disabledRules()));
  }

  /** This request as JSON: an object with a member per component, in their order. */
  String toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("token", token);
    json.put("sourceRoots", sourceRoots);
    json.put("contextRoots", contextRoots);
    json.put("resourceRoots", resourceRoots);
    json.put("classpath", classpath);
    json.put("catalogs", catalogs);
    json.put("sourceLevel", sourceLevel);
    json.put("baseDirectory", baseDirectory);
    json.put("disabledRules", disabledRules);
    return Json.write(json);
  }

  /**
   * The request a JSON text describes; members it lacks are null (0 for the source level), and
   * {@link #toAnalysisRequest} says which are missing. An {@link IllegalArgumentException} when the
   * text is no JSON object or a member has the wrong type.
   */
  static DaemonRequest fromJson(String text) {
    Map<String, Object> json = Json.object(Json.parse(text), "the request");
    return new DaemonRequest(Json.text(json, "token"), Json.texts(json, "sourceRoots"),
        Json.texts(json, "contextRoots"), Json.texts(json, "resourceRoots"), Json.texts(json, "classpath"),
        Json.texts(json, "catalogs"), Json.integer(json, "sourceLevel", 0), Json.text(json, "baseDirectory"),
        Json.texts(json, "disabledRules"));
  }

  /** The analysis request this describes; an {@link IllegalArgumentException} names what is missing or wrong. */
  AnalysisRequest toAnalysisRequest() {
    if (sourceRoots == null || sourceRoots.isEmpty()) {
      throw new IllegalArgumentException("the request names no source root");
    }
    if (baseDirectory == null) {
      throw new IllegalArgumentException("the request names no base directory");
    }
    AnalysisRequest.Builder builder = AnalysisRequest.builder()
        .addSourceRoots(paths(sourceRoots, "sourceRoots"))
        .sourceLevel(sourceLevel)
        .baseDirectory(path(baseDirectory, "baseDirectory"));
    paths(contextRoots, "contextRoots").forEach(builder::addContextRoot);
    paths(resourceRoots, "resourceRoots").forEach(builder::addResourceRoot);
    paths(catalogs, "catalogs").forEach(builder::addCatalog);
    Optional.ofNullable(classpath).map(entries -> paths(entries, "classpath")).ifPresent(builder::classpath);
    if (disabledRules != null) {
      disabledRules.forEach(builder::disableRule);
    }
    return builder.build();
  }

  private static List<String> strings(List<Path> paths) {
    return paths.stream().map(Path::toString).toList();
  }

  private static List<Path> paths(List<String> names, String field) {
    return names == null ? List.of() : names.stream().map(name -> path(name, field)).toList();
  }

  private static Path path(String name, String field) {
    if (name == null) {
      throw new IllegalArgumentException("the request's " + field + " holds null instead of a path");
    }
    try {
      return Path.of(name);
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException("the request's " + field + " holds an invalid path: " + e.getMessage());
    }
  }
}
