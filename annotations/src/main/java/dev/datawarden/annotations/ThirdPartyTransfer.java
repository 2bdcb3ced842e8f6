package dev.datawarden.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that the annotated method, or every method of the annotated type, provides data to
 * another network data handler or entrusts it with processing.
 *
 * <p>Serves Art. 12 and 31 of the Network Data Security Management Regulations.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ThirdPartyTransfer {

    /** {@return the recipient of the data} */
    String recipient();

    /**
     * {@return a reference to the agreement with the recipient on purpose, method, scope and
     * protection; empty means none}
     */
    String agreement() default "";

    /** {@return the purposes agreed with the recipient; empty means none declared} */
    String[] purposes() default {};
}
