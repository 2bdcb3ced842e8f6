package dev.datawarden.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that the provision, entrusted processing or joint handling of important data done in the
 * annotated method, or in every method of the annotated type, is covered by a risk assessment.
 *
 * <p>Serves Art. 31 of the Network Data Security Management Regulations.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RiskAssessed {

    /** {@return a reference to the risk assessment, such as its report number} */
    String ref();
}
