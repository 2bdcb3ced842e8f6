package dev.datawarden.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method that collects personal information from individuals, such as the handler of a
 * sign-up form; what it takes is checked against what the purposes need.
 *
 * <p>Serves Art. 22(i) of the Network Data Security Management Regulations.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CollectionPoint {

    /** {@return the purposes the information is collected for; empty means none declared} */
    String[] purposes() default {};
}
