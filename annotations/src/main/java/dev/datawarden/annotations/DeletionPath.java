package dev.datawarden.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method that erases or anonymises the personal information held in instances of the
 * listed types, for example when an individual deletes their account or withdraws consent.
 *
 * <p>Serves Art. 23 and 24 of the Network Data Security Management Regulations.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface DeletionPath {

    /** {@return the types whose personal information the method erases or anonymises} */
    Class<?>[] value();
}
