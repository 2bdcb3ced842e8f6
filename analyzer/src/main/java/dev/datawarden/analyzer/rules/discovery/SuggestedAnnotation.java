package dev.datawarden.analyzer.rules.discovery;

import com.google.errorprone.annotations.Immutable;
import dev.datawarden.annotations.PersonalInfoCategory;
import dev.datawarden.annotations.SensitiveCategory;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The declaration suggested for data that looks like personal information: {@code @PersonalInfo}
 * with a {@link PersonalInfoCategory}, or {@code @Sensitive} with a {@link SensitiveCategory}.
 * Findings carry it as Java source in their message ({@link #source()}); the annotate fix reads it
 * back from there with {@link #in(String)}, so a finding read from a JSON report is enough.
 */
@Immutable
public record SuggestedAnnotation(Kind kind, String category) {

  private static final Pattern IN_MESSAGE = Pattern.compile(
      "@(PersonalInfo|Sensitive)\\((?:category|value) = (?:PersonalInfoCategory|SensitiveCategory)\\.([A-Z0-9_]+)");

  /** Which annotation of the vocabulary is suggested. */
  public enum Kind {
    PERSONAL_INFO("PersonalInfo", "PersonalInfoCategory", "category"),
    SENSITIVE("Sensitive", "SensitiveCategory", "value");

    private final String annotation;
    private final String categoryType;
    private final String attribute;

    Kind(String annotation, String categoryType, String attribute) {
      this.annotation = annotation;
      this.categoryType = categoryType;
      this.attribute = attribute;
    }

    /** The annotation's simple name, e.g. {@code PersonalInfo}. */
    public String annotation() {
      return annotation;
    }

    /** The simple name of the enum the category belongs to, e.g. {@code PersonalInfoCategory}. */
    public String categoryType() {
      return categoryType;
    }

    /** The attribute holding the category: {@code category} or {@code value}. */
    public String attribute() {
      return attribute;
    }
  }

  public static final String VOCABULARY_PACKAGE = "dev.datawarden.annotations";

  public SuggestedAnnotation {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(category, "category");
    boolean known = switch (kind) {
      case PERSONAL_INFO -> isConstant(PersonalInfoCategory.class, category);
      case SENSITIVE -> isConstant(SensitiveCategory.class, category);
    };
    if (!known) {
      throw new IllegalArgumentException("no " + kind.categoryType() + "." + category);
    }
  }

  public static SuggestedAnnotation personalInfo(PersonalInfoCategory category) {
    return new SuggestedAnnotation(Kind.PERSONAL_INFO, category.name());
  }

  public static SuggestedAnnotation sensitive(SensitiveCategory category) {
    return new SuggestedAnnotation(Kind.SENSITIVE, category.name());
  }

  /** The annotation as written in Java, e.g. {@code @PersonalInfo(category = PersonalInfoCategory.PHONE)}. */
  public String source() {
    return "@" + kind.annotation() + "(" + kind.attribute() + " = " + kind.categoryType() + "." + category + ")";
  }

  /**
   * The annotation as findings suggest it and {@code annotate} inserts it: with the purposes and the
   * retention as {@link dev.datawarden.analyzer.fact.Declaration#PLACEHOLDER placeholders} the user
   * must replace, e.g. {@code @PersonalInfo(category = PersonalInfoCategory.PHONE, purposes = "TODO",
   * retention = "TODO")}.
   */
  public String sourceWithPlaceholders() {
    String placeholder = "\"" + dev.datawarden.analyzer.fact.Declaration.PLACEHOLDER + "\"";
    return source().substring(0, source().length() - 1) + ", purposes = " + placeholder + ", retention = "
        + placeholder + ")";
  }

  /** The category as messages show it: {@code PHONE}, or {@code sensitive FINANCIAL_ACCOUNT}. */
  public String label() {
    return kind == Kind.SENSITIVE ? "sensitive " + category : category;
  }

  /** The qualified names the annotated file must import. */
  public java.util.List<String> imports() {
    return java.util.List.of(VOCABULARY_PACKAGE + "." + kind.annotation(), VOCABULARY_PACKAGE + "." + kind.categoryType());
  }

  /** The suggestion written in a finding's message, if there is one. */
  public static Optional<SuggestedAnnotation> in(String message) {
    Matcher m = IN_MESSAGE.matcher(message);
    if (!m.find()) {
      return Optional.empty();
    }
    Kind kind = m.group(1).equals("PersonalInfo") ? Kind.PERSONAL_INFO : Kind.SENSITIVE;
    try {
      return Optional.of(new SuggestedAnnotation(kind, m.group(2)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static <E extends Enum<E>> boolean isConstant(Class<E> type, String name) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(name)) {
        return true;
      }
    }
    return false;
  }
}
