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
 * @param legalBasis the {@code LegalBasis} the data is processed on: {@code CONSENT} when none is
 *     written, and for important data, which the consent rules do not concern
 * @param legalBasisWritten whether the declaration writes its legal basis
 */
@Immutable
@SuppressWarnings("Immutable") // purposes is an unmodifiable copy
public record DeclaredData(
    Role role, String category, List<String> purposes, String retention, boolean necessary, String catalog,
    String description, String legalBasis, boolean legalBasisWritten) {
  /** The legal basis processing rests on when nothing says otherwise. */
  public static final String CONSENT = "CONSENT";

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
          declaration.purposes(), declaration.retention(), declaration.bool("necessary"), "", "",
          basis(declaration), declaration.explicit().contains("legalBasis"));
      case SENSITIVE -> new DeclaredData(Role.SENSITIVE, declaration.string("value"),
          declaration.purposes(), declaration.retention(), true, "", "",
          basis(declaration), declaration.explicit().contains("legalBasis"));
      case IMPORTANT_DATA -> new DeclaredData(Role.IMPORTANT_DATA, "", List.of(), "", true,
          declaration.string("catalog"), declaration.string("description"), CONSENT, false);
      default -> throw new IllegalArgumentException("not a data declaration: " + declaration.role().displayName());
    };
  }

  /** The legal basis a declaration holds; {@code CONSENT} for one made before the attribute existed. */
  private static String basis(Declaration declaration) {
    String basis = declaration.string("legalBasis");
    return basis == null ? CONSENT : basis;
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
