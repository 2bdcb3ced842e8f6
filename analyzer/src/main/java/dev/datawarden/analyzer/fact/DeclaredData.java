package dev.datawarden.analyzer.fact;

import com.google.errorprone.annotations.Immutable;
import java.util.List;

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

  /** True for the roles this view reads: personal, sensitive and important data. */
  public static boolean declaresData(Role role) {
    return role == Role.PERSONAL_INFO || role == Role.SENSITIVE || role == Role.IMPORTANT_DATA;
  }
}
