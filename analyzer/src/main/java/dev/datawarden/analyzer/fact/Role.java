package dev.datawarden.analyzer.fact;

import dev.datawarden.annotations.Anonymizes;
import dev.datawarden.annotations.CollectionPoint;
import dev.datawarden.annotations.ConsentCheck;
import dev.datawarden.annotations.CrossBorder;
import dev.datawarden.annotations.DeletionPath;
import dev.datawarden.annotations.Encrypts;
import dev.datawarden.annotations.ImportantData;
import dev.datawarden.annotations.PersonalInfo;
import dev.datawarden.annotations.Purpose;
import dev.datawarden.annotations.Restores;
import dev.datawarden.annotations.RiskAssessed;
import dev.datawarden.annotations.Sensitive;
import dev.datawarden.annotations.ThirdPartyTransfer;
import dev.datawarden.annotations.TransferLog;
import java.lang.annotation.Annotation;
import java.lang.annotation.ElementType;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a declaration says about its target: one role per annotation of the vocabulary, plus
 * {@link #SINK} for catalogued library sinks. Each role knows its catalog key, where it may be put
 * and its attributes, read from the annotation type itself so the vocabulary is defined once.
 */
public enum Role {
  PERSONAL_INFO(PersonalInfo.class),
  SENSITIVE(Sensitive.class),
  IMPORTANT_DATA(ImportantData.class),
  CROSS_BORDER(CrossBorder.class),
  CONSENT_CHECK(ConsentCheck.class),
  COLLECTION_POINT(CollectionPoint.class),
  THIRD_PARTY_TRANSFER(ThirdPartyTransfer.class),
  TRANSFER_LOG(TransferLog.class),
  DELETION_PATH(DeletionPath.class),
  ANONYMIZES(Anonymizes.class),
  ENCRYPTS(Encrypts.class),
  RESTORES(Restores.class),
  RISK_ASSESSED(RiskAssessed.class),
  PURPOSE(Purpose.class),
  SINK(null);

  private final Class<? extends Annotation> annotationType;
  private final String catalogKey;
  private final Set<TargetKind> targets;
  private final Map<String, AttributeSpec> attributes;

  Role(Class<? extends Annotation> annotationType) {
    this.annotationType = annotationType;
    if (annotationType == null) {
      this.catalogKey = "sink";
      this.targets = Collections.unmodifiableSet(EnumSet.of(TargetKind.TYPE, TargetKind.METHOD));
      Map<String, AttributeSpec> sink = new LinkedHashMap<>();
      sink.put("kind", AttributeSpec.requiredEnum("kind", SinkKind.class));
      this.attributes = Collections.unmodifiableMap(sink);
    } else {
      String simple = annotationType.getSimpleName();
      this.catalogKey = Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
      this.targets = Collections.unmodifiableSet(targetsOf(annotationType));
      this.attributes = Collections.unmodifiableMap(attributesOf(annotationType));
    }
  }

  /** The annotation type of this role; empty for {@link #SINK}, which exists only in catalogs. */
  public Optional<Class<? extends Annotation>> annotationType() {
    return Optional.ofNullable(annotationType);
  }

  /** The annotation's simple name with a leading {@code @}, or "sink". */
  public String displayName() {
    return annotationType == null ? "sink" : "@" + annotationType.getSimpleName();
  }

  /** The top-level key of this role in a catalog file, e.g. {@code personalInfo}. */
  public String catalogKey() {
    return catalogKey;
  }

  public Set<TargetKind> targets() {
    return targets;
  }

  /** The attributes by name, in declaration order. */
  public Map<String, AttributeSpec> attributes() {
    return attributes;
  }

  /**
   * True when the role's annotation goes on annotation types but not on other types
   * ({@code @ConsentCheck}): its {@link TargetKind#TYPE} targets are annotation types only.
   */
  public boolean onAnnotationTypesOnly() {
    if (annotationType == null) {
      return false;
    }
    Set<ElementType> on = EnumSet.noneOf(ElementType.class);
    on.addAll(Arrays.asList(annotationType.getAnnotation(Target.class).value()));
    return on.contains(ElementType.ANNOTATION_TYPE) && !on.contains(ElementType.TYPE);
  }

  /** True for the roles that declare personal information: {@code @PersonalInfo} and {@code @Sensitive}. */
  public boolean declaresPersonalInfo() {
    return this == PERSONAL_INFO || this == SENSITIVE;
  }

  public static Optional<Role> byCatalogKey(String key) {
    return Arrays.stream(values()).filter(r -> r.catalogKey.equals(key)).findFirst();
  }

  public static Optional<Role> byAnnotationName(String qualifiedName) {
    return Arrays.stream(values())
        .filter(r -> r.annotationType != null && r.annotationType.getName().equals(qualifiedName))
        .findFirst();
  }

  public static Optional<Role> byAnnotationSimpleName(String simpleName) {
    return Arrays.stream(values())
        .filter(r -> r.annotationType != null && r.annotationType.getSimpleName().equals(simpleName))
        .findFirst();
  }

  private static Set<TargetKind> targetsOf(Class<? extends Annotation> type) {
    Set<TargetKind> kinds = EnumSet.noneOf(TargetKind.class);
    for (ElementType t : type.getAnnotation(Target.class).value()) {
      switch (t) {
        case TYPE, ANNOTATION_TYPE -> kinds.add(TargetKind.TYPE);
        case FIELD -> kinds.add(TargetKind.FIELD);
        case METHOD -> kinds.add(TargetKind.METHOD);
        case PARAMETER -> kinds.add(TargetKind.PARAMETER);
        default -> { }
      }
    }
    return kinds;
  }

  private static Map<String, AttributeSpec> attributesOf(Class<? extends Annotation> type) {
    Map<String, AttributeSpec> specs = new LinkedHashMap<>();
    Method[] methods = type.getDeclaredMethods();
    // declared order is not guaranteed by reflection; sort by name for stable output
    Arrays.sort(methods, (a, b) -> a.getName().compareTo(b.getName()));
    for (Method m : methods) {
      specs.put(m.getName(), AttributeSpec.of(m));
    }
    return specs;
  }
}
