package dev.datawarden.annotations;

/**
 * The legal basis on which personal information is processed: the individual's consent, or one of
 * the other circumstances of Art. 13 of the Personal Information Protection Law, in its order. Only
 * processing based on consent needs the consent checks of Art. 22 of the Network Data Security
 * Management Regulations ("network data handlers who process personal information based on
 * individual consent"). Not to be confused with {@link CrossBorderBasis}, the condition under which
 * data may leave the country.
 */
public enum LegalBasis {
    /** PIPL Art. 13(1): the individual's consent; the default. */
    CONSENT,
    /**
     * PIPL Art. 13(2): necessary to conclude or perform a contract to which the individual is a
     * party (delivering the order the individual placed).
     */
    CONTRACT,
    /**
     * PIPL Art. 13(2): necessary for human resources management under labour rules and collective
     * contracts lawfully made.
     */
    HUMAN_RESOURCES,
    /**
     * PIPL Art. 13(3): necessary to fulfil statutory duties or obligations (the network logs the
     * Cybersecurity Law requires to be kept).
     */
    LEGAL_DUTY,
    /**
     * PIPL Art. 13(4): necessary to respond to a public health emergency, or to protect the life,
     * health or property of natural persons in an emergency.
     */
    PUBLIC_HEALTH_EMERGENCY,
    /**
     * PIPL Art. 13(5): news reporting and supervision by public opinion in the public interest,
     * within a reasonable scope.
     */
    NEWS_REPORTING,
    /**
     * PIPL Art. 13(6): information the individual published, or that was otherwise lawfully
     * published, processed within a reasonable scope.
     */
    PUBLISHED_INFORMATION,
    /** PIPL Art. 13(7): another circumstance provided by laws and administrative regulations. */
    OTHER_LAW
}
