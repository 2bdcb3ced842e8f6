package dev.datawarden.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the purpose of the processing done in the annotated method, or in every method of the
 * annotated type, so that it can be compared with the purposes the data may be used for.
 *
 * <p>Serves Art. 22(iv) and (vi) of the Network Data Security Management Regulations.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Purpose {

    /** {@return the purposes of the processing done here} */
    String[] value();

    /**
     * {@return the legal basis of the processing done here; written, it wins over the basis the data
     * declares; {@link LegalBasis#CONSENT}, the default, says nothing when it is not written}
     */
    LegalBasis legalBasis() default LegalBasis.CONSENT;
}
