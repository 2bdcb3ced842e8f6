package dev.datawarden.analyzer;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.CheckReturnValue;
import com.google.errorprone.annotations.Immutable;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What to analyse: source roots (directories or single files), the compile class path (absent for
 * no-class-path mode), catalog files, the Java source level, the directory that locations in
 * findings are relative to, the rules to leave out, the sources of other modules that give
 * context without being reported on, and the resource directories whose MyBatis mapper XML files
 * describe the mapper interfaces, whether the data-flow engine analyses every method instead of
 * only those declared data can reach (slower, the same findings: for comparison), and the language
 * of the findings, and whether undeclared data that looks personal is followed as inferred data (on by
 * default; see {@code rules.discovery.InferredData}). Build one with {@link #builder()}.
 */
@Immutable
@SuppressWarnings("Immutable") // every collection is an unmodifiable copy
public record AnalysisRequest(
    List<Path> sourceRoots,
    Optional<List<Path>> classpath,
    List<Path> catalogs,
    int sourceLevel,
    Path baseDirectory,
    Set<String> disabledRules,
    List<Path> contextRoots,
    List<Path> resourceRoots,
    Charset encoding,
    boolean exhaustiveFlow,
    Locale locale,
    List<Path> contextResourceRoots,
    boolean inferData) {

  /** The Java language level sources are read at when the build says none. */
  public static final int DEFAULT_SOURCE_LEVEL = 17;

  /** A request for sources in UTF-8, analysed as data reaches them, findings in English. */
  public AnalysisRequest(List<Path> sourceRoots, Optional<List<Path>> classpath, List<Path> catalogs, int sourceLevel,
      Path baseDirectory, Set<String> disabledRules, List<Path> contextRoots, List<Path> resourceRoots) {
    this(sourceRoots, classpath, catalogs, sourceLevel, baseDirectory, disabledRules, contextRoots, resourceRoots,
        StandardCharsets.UTF_8, false, Locale.ENGLISH);
  }

  /** A request whose context modules have no resource directories of their own. */
  public AnalysisRequest(List<Path> sourceRoots, Optional<List<Path>> classpath, List<Path> catalogs, int sourceLevel,
      Path baseDirectory, Set<String> disabledRules, List<Path> contextRoots, List<Path> resourceRoots,
      Charset encoding, boolean exhaustiveFlow, Locale locale) {
    this(sourceRoots, classpath, catalogs, sourceLevel, baseDirectory, disabledRules, contextRoots, resourceRoots,
        encoding, exhaustiveFlow, locale, List.of());
  }

  /** A request that follows inferred data. */
  public AnalysisRequest(List<Path> sourceRoots, Optional<List<Path>> classpath, List<Path> catalogs, int sourceLevel,
      Path baseDirectory, Set<String> disabledRules, List<Path> contextRoots, List<Path> resourceRoots,
      Charset encoding, boolean exhaustiveFlow, Locale locale, List<Path> contextResourceRoots) {
    this(sourceRoots, classpath, catalogs, sourceLevel, baseDirectory, disabledRules, contextRoots, resourceRoots,
        encoding, exhaustiveFlow, locale, contextResourceRoots, true);
  }

  public AnalysisRequest {
    java.util.Objects.requireNonNull(encoding, "encoding");
    Objects.requireNonNull(locale, "locale");
    resourceRoots = List.copyOf(resourceRoots);
    sourceRoots = List.copyOf(sourceRoots);
    classpath = classpath.map(List::copyOf);
    catalogs = List.copyOf(catalogs);
    baseDirectory = baseDirectory.toAbsolutePath().normalize();
    disabledRules = Set.copyOf(disabledRules);
    contextRoots = List.copyOf(contextRoots);
    contextResourceRoots = List.copyOf(contextResourceRoots);
  }

  /** This request with the engine analysing every method, or only those data can reach. */
  @CheckReturnValue
  public AnalysisRequest withExhaustiveFlow(boolean exhaustive) {
    return new AnalysisRequest(sourceRoots, classpath, catalogs, sourceLevel, baseDirectory, disabledRules,
        contextRoots, resourceRoots, encoding, exhaustive, locale, contextResourceRoots, inferData);
  }

  /** This request following inferred data, or declared data only. */
  @CheckReturnValue
  public AnalysisRequest withInferData(boolean infer) {
    return new AnalysisRequest(sourceRoots, classpath, catalogs, sourceLevel, baseDirectory, disabledRules,
        contextRoots, resourceRoots, encoding, exhaustiveFlow, locale, contextResourceRoots, infer);
  }

  @CheckReturnValue
  public static Builder builder() {
    return new Builder();
  }

  /** Collects the parts of a request; sources are required, everything else has a default. */
  @CheckReturnValue
  public static final class Builder {
    private final List<Path> sourceRoots = new ArrayList<>();
    private List<Path> classpath;
    private final List<Path> catalogs = new ArrayList<>();
    private int sourceLevel = DEFAULT_SOURCE_LEVEL;
    private Path baseDirectory = Path.of("");
    private RuleSelection rules = RuleSelection.all();
    private final List<Path> contextRoots = new ArrayList<>();
    private final List<Path> resourceRoots = new ArrayList<>();
    private final List<Path> contextResourceRoots = new ArrayList<>();
    private boolean exhaustiveFlow;
    private boolean inferData = true;
    private Locale locale = Locale.ENGLISH;
    private Charset encoding = StandardCharsets.UTF_8;

    private Builder() {}

    /**
     * Whether the data-flow engine analyses every method instead of only those declared data can
     * reach; both find the same flows, this one more slowly. Off by default.
     */
    @CanIgnoreReturnValue
    public Builder exhaustiveFlow(boolean exhaustive) {
      exhaustiveFlow = exhaustive;
      return this;
    }

    /**
     * Whether undeclared data that looks like personal information (what {@code
     * UnannotatedPersonalInfo} reports by name, mapping, label or type) is followed as inferred data,
     * its findings marked as such, one severity step lower; on by default.
     */
    @CanIgnoreReturnValue
    public Builder inferData(boolean infer) {
      inferData = infer;
      return this;
    }

    /**
     * The language of the findings' messages: English (the default) or Simplified Chinese; see
     * {@link dev.datawarden.analyzer.api.Messages#parse(String)} for what users may write.
     */
    @CanIgnoreReturnValue
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * A resource directory (or a single file) of the analysed project, such as
     * {@code src/main/resources}: its MyBatis mapper XML files ({@code <mapper namespace="...">}) say
     * which mapper methods insert, update, delete or select. Other files in it are ignored.
     */
    @CanIgnoreReturnValue
    public Builder addResourceRoot(Path root) {
      resourceRoots.add(root);
      return this;
    }

    /**
     * A resource directory of another module the analysed code uses, read as {@link
     * #addResourceRoot} reads the project's own (its mapper XML files say what the mapper methods of
     * a context module do); what is wrong in it is that module's to report.
     */
    @CanIgnoreReturnValue
    public Builder addContextResourceRoot(Path root) {
      contextResourceRoots.add(root);
      return this;
    }

    /**
     * Sources of other modules the analysed code uses (an entity module, say): modelled with the
     * analysed sources so their declarations and their code count, but nothing is reported in
     * them and they are not listed as analysed. Their own build reports on them.
     */
    @CanIgnoreReturnValue
    public Builder addContextRoot(Path root) {
      contextRoots.add(root);
      return this;
    }

    @CanIgnoreReturnValue
    public Builder addSourceRoot(Path root) {
      sourceRoots.add(root);
      return this;
    }

    @CanIgnoreReturnValue
    public Builder addSourceRoots(List<Path> roots) {
      sourceRoots.addAll(roots);
      return this;
    }

    /** The analysed project's compile class path; without one, the analysis runs in no-class-path mode. */
    @CanIgnoreReturnValue
    public Builder classpath(List<Path> entries) {
      classpath = new ArrayList<>(entries);
      return this;
    }

    @CanIgnoreReturnValue
    public Builder addCatalog(Path catalog) {
      catalogs.add(catalog);
      return this;
    }

    @CanIgnoreReturnValue
    public Builder sourceLevel(int level) {
      if (level < 8) {
        throw new dev.datawarden.analyzer.api.SettingException("sourceLevel", Integer.toString(level));
      }
      sourceLevel = level;
      return this;
    }

    /** The directory findings' file names are relative to; the working directory by default. */
    @CanIgnoreReturnValue
    public Builder baseDirectory(Path directory) {
      baseDirectory = directory;
      return this;
    }

    /** The rules to run, as the user selected them; every rule by default. */
    @CanIgnoreReturnValue
    public Builder rules(RuleSelection selection) {
      rules = selection;
      return this;
    }

    /** Leaves out one more rule; a key that names no rule throws {@link IllegalArgumentException}. */
    @CanIgnoreReturnValue
    public Builder disableRule(String key) {
      rules = rules.disable("disabled rule", List.of(key));
      return this;
    }

    /**
     * The encoding of the sources (Maven's {@code project.build.sourceEncoding}, javac's
     * {@code -encoding}); UTF-8 by default. A file not valid in it is reported.
     */
    @CanIgnoreReturnValue
    public Builder encoding(Charset charset) {
      encoding = charset;
      return this;
    }

    public AnalysisRequest build() {
      if (sourceRoots.isEmpty()) {
        throw new IllegalStateException("no source root given");
      }
      return new AnalysisRequest(sourceRoots, Optional.ofNullable(classpath), catalogs, sourceLevel, baseDirectory,
          rules.disabled(), contextRoots, resourceRoots, encoding, exhaustiveFlow, locale, contextResourceRoots,
          inferData);
    }
  }
}
