package dev.datawarden.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that the annotated field, getter, parameter or type holds personal information, with
 * its category, the purposes it may be used for and how long it is kept. On a type it declares the
 * whole object personal information; on a record component it reaches the component's field.
 *
 * <p>Serves Art. 21 and 22 of the Network Data Security Management Regulations.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE})
public @interface PersonalInfo {

    /** {@return the kind of personal information} */
    PersonalInfoCategory category() default PersonalInfoCategory.OTHER;

    /** {@return the purposes the individual agreed to; empty means none declared} */
    String[] purposes() default {};

    /**
     * {@return how long the data is kept, as an ISO-8601 duration such as {@code "P3Y"}; empty
     * means not declared}
     */
    String retention() default "";

    /**
     * {@return whether the data is necessary to provide the product or service; {@code false} marks
     * it as optional}
     */
    boolean necessary() default true;

    /**
     * {@return the legal basis on which the data is processed; {@link LegalBasis#CONSENT}, the
     * default, makes the consent checks of Art. 22 apply; a {@link Purpose} that writes a basis wins
     * over it for the processing done there}
     */
    LegalBasis legalBasis() default LegalBasis.CONSENT;
}
