package dev.datawarden.analyzer.daemon;

import dev.datawarden.analyzer.AnalysisRequest;
import dev.datawarden.analyzer.api.Messages;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One request to the daemon, as it travels on the socket: the daemon's token and the fields of an
 * {@link AnalysisRequest}, paths as strings, with its language, encoding and engine mode;
 * {@code classpath} is null for no-class-path mode, every other component is required.
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
    List<String> disabledRules,
    String locale,
    String encoding,
    boolean exhaustiveFlow) {

  /** No charset's name is longer; a longer one is garbage. */
  private static final int MAX_ENCODING_CHARS = 256;

  DaemonRequest {
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(encoding, "encoding");
    Objects.requireNonNull(token, "token");
    sourceRoots = List.copyOf(sourceRoots);
    contextRoots = List.copyOf(contextRoots);
    resourceRoots = List.copyOf(resourceRoots);
    classpath = classpath == null ? null : List.copyOf(classpath);
    catalogs = List.copyOf(catalogs);
    Objects.requireNonNull(baseDirectory, "baseDirectory");
    disabledRules = List.copyOf(disabledRules);
  }

  /** A request in the engine's default mode. */
  DaemonRequest(String token, List<String> sourceRoots, List<String> contextRoots, List<String> resourceRoots,
      List<String> classpath, List<String> catalogs, int sourceLevel, String baseDirectory, List<String> disabledRules,
      String locale, String encoding) {
    this(token, sourceRoots, contextRoots, resourceRoots, classpath, catalogs, sourceLevel, baseDirectory, disabledRules,
        locale, encoding, false);
  }

  /** A request for findings in the given language, of sources in UTF-8. */
  DaemonRequest(String token, List<String> sourceRoots, List<String> contextRoots, List<String> resourceRoots,
      List<String> classpath, List<String> catalogs, int sourceLevel, String baseDirectory, List<String> disabledRules,
      String locale) {
    this(token, sourceRoots, contextRoots, resourceRoots, classpath, catalogs, sourceLevel, baseDirectory, disabledRules,
        locale, "UTF-8");
  }

  /** A request for findings in English, of sources in UTF-8. */
  DaemonRequest(String token, List<String> sourceRoots, List<String> contextRoots, List<String> resourceRoots,
      List<String> classpath, List<String> catalogs, int sourceLevel, String baseDirectory, List<String> disabledRules) {
    this(token, sourceRoots, contextRoots, resourceRoots, classpath, catalogs, sourceLevel, baseDirectory, disabledRules,
        "en");
  }

  static DaemonRequest of(String token, AnalysisRequest request) {
    return new DaemonRequest(token, strings(request.sourceRoots()), strings(request.contextRoots()),
        strings(request.resourceRoots()), request.classpath().map(DaemonRequest::strings).orElse(null),
        strings(request.catalogs()), request.sourceLevel(), request.baseDirectory().toString(),
        List.copyOf(request.disabledRules()), request.locale().toLanguageTag(), request.encoding().name(),
        request.exhaustiveFlow());
  }

  /**
   * Writes this request in the {@link DaemonProtocol}: the version, the token, the lists of paths
   * (the class path with a presence flag before it), the source level, the base directory, the
   * disabled rules, the language tag of the findings, the name of the sources' encoding and whether the
   * engine analyses every method ({@link AnalysisRequest#exhaustiveFlow}), in this order.
   */
  void write(DataOutput out) throws IOException {
    out.writeInt(DaemonProtocol.VERSION);
    DaemonProtocol.writeString(out, token);
    DaemonProtocol.writeStrings(out, sourceRoots);
    DaemonProtocol.writeStrings(out, contextRoots);
    DaemonProtocol.writeStrings(out, resourceRoots);
    out.writeBoolean(classpath != null);
    if (classpath != null) {
      DaemonProtocol.writeStrings(out, classpath);
    }
    DaemonProtocol.writeStrings(out, catalogs);
    out.writeInt(sourceLevel);
    DaemonProtocol.writeString(out, baseDirectory);
    DaemonProtocol.writeStrings(out, disabledRules);
    DaemonProtocol.writeString(out, locale);
    DaemonProtocol.writeString(out, encoding);
    out.writeBoolean(exhaustiveFlow);
  }

  /**
   * Reads what {@link #write} wrote; an {@link IOException} when {@code in} holds no request of
   * this protocol version. Whether it names what an analysis needs, {@link #toAnalysisRequest} says.
   */
  static DaemonRequest read(DataInput in) throws IOException {
    return readAfterToken(readToken(in), in);
  }

  /** Reads the version and the token, the head of a request, so that the token is checked before the rest is read. */
  static String readToken(DataInput in) throws IOException {
    DaemonProtocol.readVersion(in, "a request");
    return DaemonProtocol.readString(in, DaemonProtocol.MAX_TOKEN_CHARS);
  }

  /** Reads the rest of a request whose head {@link #readToken} read. */
  static DaemonRequest readAfterToken(String token, DataInput in) throws IOException {
    List<String> sourceRoots = DaemonProtocol.readStrings(in);
    List<String> contextRoots = DaemonProtocol.readStrings(in);
    List<String> resourceRoots = DaemonProtocol.readStrings(in);
    List<String> classpath = DaemonProtocol.readFlag(in) ? DaemonProtocol.readStrings(in) : null;
    List<String> catalogs = DaemonProtocol.readStrings(in);
    int sourceLevel = in.readInt();
    String baseDirectory = DaemonProtocol.readString(in);
    List<String> disabledRules = DaemonProtocol.readStrings(in);
    String locale = DaemonProtocol.readString(in);
    String encoding = DaemonProtocol.readString(in, MAX_ENCODING_CHARS);
    boolean exhaustiveFlow = DaemonProtocol.readFlag(in);
    return new DaemonRequest(token, sourceRoots, contextRoots, resourceRoots, classpath, catalogs, sourceLevel,
        baseDirectory, disabledRules, locale, encoding, exhaustiveFlow);
  }

  /** The analysis request this describes; an {@link IllegalArgumentException} names what is missing or wrong. */
  AnalysisRequest toAnalysisRequest() {
    if (sourceRoots.isEmpty()) {
      throw new IllegalArgumentException("the request names no source root");
    }
    AnalysisRequest.Builder builder = AnalysisRequest.builder()
        .addSourceRoots(paths(sourceRoots, "sourceRoots"))
        .sourceLevel(sourceLevel)
        .baseDirectory(path(baseDirectory, "baseDirectory"))
        .encoding(charset())
        .locale(Messages.parse(locale.isBlank() ? "en" : locale))
        .exhaustiveFlow(exhaustiveFlow);
    paths(contextRoots, "contextRoots").forEach(builder::addContextRoot);
    paths(resourceRoots, "resourceRoots").forEach(builder::addResourceRoot);
    paths(catalogs, "catalogs").forEach(builder::addCatalog);
    Optional.ofNullable(classpath).map(entries -> paths(entries, "classpath")).ifPresent(builder::classpath);
    disabledRules.forEach(builder::disableRule);
    return builder.build();
  }

  private Charset charset() {
    try {
      return Charset.forName(encoding);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the request's encoding '" + encoding + "' is none the daemon knows");
    }
  }

  private static List<String> strings(List<Path> paths) {
    return paths.stream().map(Path::toString).toList();
  }

  private static List<Path> paths(List<String> names, String field) {
    return names.stream().map(name -> path(name, field)).toList();
  }

  private static Path path(String name, String field) {
    try {
      return Path.of(name);
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException("the request's " + field + " holds an invalid path: " + e.getMessage());
    }
  }
}
