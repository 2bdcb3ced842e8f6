package dev.datawarden.annotations;

/**
 * The kind of sensitive personal information a {@link Sensitive} declaration holds, following the
 * examples that Art. 22(ii) and (iii) name.
 *
 * <p>Serves Art. 21(ii) and 22(ii)(iii) of the Network Data Security Management Regulations.
 */
public enum SensitiveCategory {
    /** Biometric data, such as a face image, fingerprint, voiceprint or iris scan. */
    BIOMETRIC,
    /** Religious beliefs. */
    RELIGIOUS_BELIEF,
    /**
     * A specific identity, such as membership of a group whose disclosure could lead to
     * discrimination.
     */
    SPECIFIC_IDENTITY,
    /** Medical and health information. */
    MEDICAL_HEALTH,
    /** Financial account information, such as a bank card number or payment account. */
    FINANCIAL_ACCOUNT,
    /** Location tracking: a person's whereabouts over time. */
    LOCATION_TRACKING,
    /**
     * Any personal information of a minor under the age of 14, which needs a guardian's consent.
     */
    MINOR_UNDER_14,
    /** Sensitive personal information of a kind not listed here. */
    OTHER
}
