package dev.datawarden.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method that verifies the individual's consent: its answer decides whether processing may
 * go on, either as a {@code boolean} result ({@code true} means granted) or by throwing an
 * exception when consent is missing.
 *
 * <p>On an annotation type, it says that a method carrying that annotation has the check run before
 * its body, as an interceptor (a Spring {@code @Aspect}) does for the annotation. When
 * {@link #purposes()} is empty, the purposes are those the annotation names in its own
 * {@code purposes} or {@code value} attribute:
 *
 * <pre>
 * &#64;ConsentCheck
 * &#64;Retention(RetentionPolicy.RUNTIME)
 * &#64;Target(ElementType.METHOD)
 * public &#64;interface RequireConsent {
 *   String value();
 * }
 *
 * &#64;RequireConsent("marketing")   // the aspect checks marketing consent before the body runs
 * public void sendOffers(Member m) { ... }
 * </pre>
 *
 * <p>Serves Art. 22 of the Network Data Security Management Regulations.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
public @interface ConsentCheck {

    /** {@return the purposes the checked consent covers; empty means any purpose} */
    String[] purposes() default {};

    /**
     * {@return whether the check verifies separate consent, as sensitive personal information needs
     * (Art. 22(ii))}
     */
    boolean separate() default false;

    /**
     * {@return whether the check verifies a parent's or guardian's consent for a minor under 14
     * (Art. 22(iii))}
     */
    boolean guardian() default false;
}
