package dev.datawarden.analyzer.frameworks;

import dev.datawarden.analyzer.fact.WebApi;
import java.util.List;
import java.util.Optional;
import spoon.reflect.declaration.CtAnnotation;
import spoon.reflect.declaration.CtMethod;
import spoon.reflect.declaration.CtType;

/**
 * Every framework model DataWarden knows, asked as one: a hook answers yes when any model does,
 * and a generated logger comes from the first model that knows the annotation. The call graph, the
 * engine and the rules of one analysis share one instance; the models and their names are
 * immutable, read once from {@code frameworks.yml}, and an analysis adds what only its project
 * says (its MyBatis mapper XML files, its Spring configuration) with {@link #withMappers} and
 * {@link #withConfiguration}.
 */
public final class Frameworks implements FrameworkModel {
  private final List<FrameworkModel> models;
  private final Persistence persistence;
  private final LibraryModels libraryCalls;
  private final MyBatisMappers mappers;
  private final SqlColumnComments columnComments;
  private final ApplicationConfig configuration;
  private final Destinations destinations;

  private Frameworks(FrameworkData data) {
    persistence = new Persistence(data);
    libraryCalls = new LibraryModels(data);
    models = List.of(new WebEndpoints(data), new Lombok(data), new Records(), persistence, libraryCalls);
    mappers = MyBatisMappers.NONE;
    columnComments = SqlColumnComments.NONE;
    configuration = ApplicationConfig.NONE;
    destinations = Destinations.standard();
  }

  private Frameworks(Frameworks standard, MyBatisMappers mappers, SqlColumnComments columnComments,
      ApplicationConfig configuration, Destinations destinations) {
    this.persistence = standard.persistence;
    this.libraryCalls = standard.libraryCalls;
    this.models = standard.models;
    this.mappers = mappers;
    this.columnComments = columnComments;
    this.configuration = configuration;
    this.destinations = destinations;
  }

  /** The framework models that ship with DataWarden. */
  public static Frameworks standard() {
    return Standard.FRAMEWORKS;
  }

  /** Read once, when first asked for: a constant of the product, like the rules' metadata. */
  private static final class Standard {
    static final Frameworks FRAMEWORKS = new Frameworks(FrameworkData.read());
  }

  /** These models, knowing the project's own MyBatis mapper XML statements (read by {@link MyBatisMappers#read}). */
  public Frameworks withMappers(MyBatisMappers projectMappers) {
    return new Frameworks(this, projectMappers, columnComments, configuration, destinations);
  }

  /** These models, knowing the comments the project's SQL DDL files write on columns ({@link SqlColumnComments#read}). */
  public Frameworks withColumnComments(SqlColumnComments comments) {
    return new Frameworks(this, mappers, comments, configuration, destinations);
  }

  /** The comments of the project's SQL DDL files on columns; none unless given by {@link #withColumnComments}. */
  public SqlColumnComments columnComments() {
    return columnComments;
  }

  /**
   * These models, knowing the project's Spring configuration (read by {@link ApplicationConfig#read})
   * and the web APIs of the catalogs ({@code host:} entries, the user's before the built-in ones).
   */
  public Frameworks withConfiguration(ApplicationConfig projectConfiguration, List<WebApi> webApis) {
    return new Frameworks(this, mappers, columnComments, projectConfiguration,
        Destinations.standard().withWebApis(webApis));
  }

  /** The project's Spring configuration files; none unless given by {@link #withConfiguration}. */
  public ApplicationConfig configuration() {
    return configuration;
  }

  /** Where regions, endpoints and hosts put data. */
  public Destinations destinations() {
    return destinations;
  }

  /** The statements of the project's MyBatis mapper XML files; none unless given by {@link #withMappers}. */
  public MyBatisMappers mappers() {
    return mappers;
  }

  /** Stored types, repositories and the objects that store them. */
  public Persistence persistence() {
    return persistence;
  }

  /** How library calls treat data. */
  public LibraryModels libraryCalls() {
    return libraryCalls;
  }

  @Override
  public boolean isEntryPoint(CtMethod<?> method) {
    return models.stream().anyMatch(m -> m.isEntryPoint(method));
  }

  @Override
  public boolean receivesRequests(CtMethod<?> method) {
    return models.stream().anyMatch(m -> m.receivesRequests(method));
  }

  @Override
  public boolean generatesToString(CtType<?> type) {
    return models.stream().anyMatch(m -> m.generatesToString(type));
  }

  @Override
  public Optional<String> generatedLogger(CtAnnotation<?> annotation) {
    for (FrameworkModel m : models) {
      Optional<String> logger = m.generatedLogger(annotation);
      if (logger.isPresent()) {
        return logger;
      }
    }
    return Optional.empty();
  }

  @Override
  public Optional<Route> route(CtMethod<?> method) {
    for (FrameworkModel m : models) {
      Optional<Route> route = m.route(method);
      if (route.isPresent()) {
        return route;
      }
    }
    return Optional.empty();
  }
}
