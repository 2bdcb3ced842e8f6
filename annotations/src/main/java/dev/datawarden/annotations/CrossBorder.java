package dev.datawarden.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that the annotated method, or every method of the annotated type, provides data to a
 * place outside the People's Republic of China, and on which legal basis and within which scope.
 *
 * <p>Serves Art. 35 to 38 of the Network Data Security Management Regulations.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface CrossBorder {

    /**
     * {@return the countries or regions the data goes to, for example {@code "SG"} or {@code "EU"}}
     */
    String[] destination();

    /**
     * {@return the condition of Art. 35 the transfer relies on; {@link CrossBorderBasis#NONE} means
     * none}
     */
    CrossBorderBasis basis() default CrossBorderBasis.NONE;

    /**
     * {@return the categories of personal information the transfer may carry; empty means no scope
     * is declared}
     */
    PersonalInfoCategory[] categories() default {};

    /**
     * {@return a reference to the security assessment, certification or standard contract behind
     * the basis}
     */
    String assessmentRef() default "";

    /**
     * {@return the purposes of the transfer as declared for the basis; empty means none declared}
     */
    String[] purposes() default {};
}
