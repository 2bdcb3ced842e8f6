package shop;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Stand-in for Spring's {@code @Value}, which DataWarden recognises by its simple name. */
@Retention(RetentionPolicy.RUNTIME)
public @interface Value {
  String value();
}
