/**
 * The DataWarden vocabulary: annotations that tell the analyzer what data a program holds and what
 * the program does about it, checked against the Network Data Security Management Regulations.
 *
 * <p><b>Classification</b> annotations say what the data is: {@link PersonalInfo},
 * {@link Sensitive}, {@link ImportantData}, and {@link CrossBorder} for code that sends data
 * outside the People's Republic of China. <b>Control-point</b> annotations mark the methods that
 * act on it: {@link ConsentCheck}, {@link CollectionPoint}, {@link ThirdPartyTransfer},
 * {@link TransferLog}, {@link DeletionPath}, {@link Anonymizes}, {@link Encrypts}, {@link Restores},
 * {@link RiskAssessed} and {@link Purpose}. The data declarations and {@link Purpose} may name the
 * {@link LegalBasis} of the processing; only processing based on consent needs a consent check.
 *
 * <pre>{@code
 * public class User {
 *     @PersonalInfo(category = PersonalInfoCategory.PHONE, purposes = "login", retention = "P3Y")
 *     private String phone;
 *
 *     @Sensitive(SensitiveCategory.BIOMETRIC)
 *     private byte[] faceTemplate;
 * }
 *
 * public class ConsentService {
 *     @ConsentCheck(purposes = "login", separate = true)
 *     public boolean hasConsent(long userId) { ... }
 * }
 * }</pre>
 *
 * <p>The annotations are kept at run time and compiled to Java 8 bytecode, and the module has no
 * dependencies, so any project can use them.
 */
package dev.datawarden.annotations;
