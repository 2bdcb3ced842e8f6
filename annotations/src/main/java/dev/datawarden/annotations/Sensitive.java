package dev.datawarden.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that the annotated element holds sensitive personal information, which needs the
 * individual's separate consent, or a guardian's for a minor under 14. It implies
 * {@link PersonalInfo}: the element is personal information for every rule without that
 * annotation too.
 *
 * <p>Serves Art. 21 and 22(ii)(iii) of the Network Data Security Management Regulations.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE})
public @interface Sensitive {

    /** {@return the kind of sensitive personal information} */
    SensitiveCategory value();

    /** {@return the purposes the individual agreed to; empty means none declared} */
    String[] purposes() default {};

    /**
     * {@return how long the data is kept, as an ISO-8601 duration such as {@code "P3Y"}; empty
     * means not declared}
     */
    String retention() default "";

    /**
     * {@return the legal basis on which the data is processed; {@link LegalBasis#CONSENT}, the
     * default, makes the consent checks of Art. 22 apply; a {@link Purpose} that writes a basis wins
     * over it for the processing done there}
     */
    LegalBasis legalBasis() default LegalBasis.CONSENT;
}
