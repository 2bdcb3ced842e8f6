package dev.datawarden.analyzer.fact;

import com.google.errorprone.annotations.Immutable;
import java.util.Objects;

/**
 * Why an element nobody declared is taken for personal information: what of it matched discovery's
 * names, read back in the findings that rest on it ("inferred from the name {@code mobile}").
 *
 * @param basis what matched
 * @param text the name, mapped name, label or type name that matched, as written in the code
 */
@Immutable
public record Inference(Basis basis, String text) {

  /** What of the element matched. */
  public enum Basis {
    /** Its own name ({@code mobile}). */
    NAME,
    /** The column, JSON property or request parameter it maps ({@code @Column(name = "id_card_no")}). */
    MAPPED_NAME,
    /** The label a Chinese code base writes on it ({@code /** 手机号码 *}{@code /}). */
    LABEL,
    /** Its type, or the type of its elements ({@code List<PhoneNumber>}). */
    TYPE
  }

  public Inference {
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(text, "text");
  }
}
