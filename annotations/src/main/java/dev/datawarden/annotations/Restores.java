package dev.datawarden.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method that undoes an {@link Anonymizes} or {@link Encrypts} method (a decoder, a
 * decryptor): its result is the original data again, so every rule follows it as before it was
 * made safe ({@code decode(encode(phone))} is the phone).
 *
 * <p>Serves Art. 9 and 24 of the Network Data Security Management Regulations: data that can be
 * turned back is not anonymised, and data decrypted is in clear.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Restores {
}
