package dev.datawarden.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that the annotated element holds important data, that is data identified in an
 * important-data catalogue of a region, industry or field.
 *
 * <p>Serves Art. 29 to 33 and 37 of the Network Data Security Management Regulations.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE})
public @interface ImportantData {

    /**
     * {@return the catalogue, or the entry in it, that makes the data important; empty means not
     * named}
     */
    String catalog() default "";

    /**
     * {@return a short description of the data for the inventory and the annual risk assessment
     * report}
     */
    String description() default "";
}
