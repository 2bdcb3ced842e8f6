package dev.datawarden.analyzer.fact;

import com.google.errorprone.annotations.Immutable;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A {@code @PersonalInfo}, {@code @Sensitive} or {@code @ImportantData} (or its catalog entry) as the
 * analyses and reports read it. An attribute the role does not have reads as its neutral value: no
 * purposes, no retention, necessary, no catalogue, no description.
 *
 * @param category the {@code PersonalInfoCategory} of a {@code @PersonalInfo}, the
 *     {@code SensitiveCategory} of a {@code @Sensitive}; empty for {@code @ImportantData}
 * @param catalog the catalogue of important data a {@code @ImportantData} names, possibly empty
 */
@Immutable
@SuppressWarnings("Immutable") // purposes is an unmodifiable copy
public record DeclaredData(
    Role role, String category, List<String> purposes, String retention, boolean necessary, String catalog,
    String description) {
  /** ISO-8601 durations as {@code java.time} cannot parse them together: years to seconds. */
  private static final Pattern DURATION = Pattern.compile(
      "P(?=\\d|T\\d)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(?:[.,]\\d+)?S)?)?");

  public DeclaredData {
    purposes = List.copyOf(purposes);
  }

  /** The typed view of a data declaration. */
  public static DeclaredData of(Declaration declaration) {
    return switch (declaration.role()) {
      case PERSONAL_INFO -> new DeclaredData(Role.PERSONAL_INFO, declaration.string("category"),
          declaration.strings("purposes"), declaration.string("retention"), declaration.bool("necessary"), "", "");
      case SENSITIVE -> new DeclaredData(Role.SENSITIVE, declaration.string("value"),
          declaration.strings("purposes"), declaration.string("retention"), true, "", "");
      case IMPORTANT_DATA -> new DeclaredData(Role.IMPORTANT_DATA, "", List.of(), "", true,
          declaration.string("catalog"), declaration.string("description"));
      default -> throw new IllegalArgumentException("not a data declaration: " + declaration.role().displayName());
    };
  }

  /** True for a retention written as an ISO-8601 duration ({@code P3Y}, {@code P6M}, {@code P30D}). */
  public static boolean isDuration(String retention) {
    return DURATION.matcher(retention).matches();
  }

  /** True for the roles this view reads: personal, sensitive and important data. */
  public static boolean declaresData(Role role) {
    return role == Role.PERSONAL_INFO || role == Role.SENSITIVE || role == Role.IMPORTANT_DATA;
  }
}
