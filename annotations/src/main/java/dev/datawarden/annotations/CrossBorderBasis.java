package dev.datawarden.annotations;

/**
 * The legal condition under which personal information is provided outside the People's Republic
 * of China: one of the conditions of Art. 35, in its order, or {@link #NONE}.
 *
 * <p>Serves Art. 35 of the Network Data Security Management Regulations.
 */
public enum CrossBorderBasis {
    /** No basis is declared; personal information must not reach such a transfer. */
    NONE,
    /**
     * Art. 35(i): a data-exit security assessment organised by the national cyberspace
     * administration has been passed.
     */
    SECURITY_ASSESSMENT,
    /**
     * Art. 35(ii): a professional institution has certified the personal information protection,
     * under the national rules.
     */
    CERTIFICATION,
    /**
     * Art. 35(iii): the transfer follows the national standard contract for personal information
     * leaving the country.
     */
    STANDARD_CONTRACT,
    /**
     * Art. 35(iv): the transfer is needed to conclude or perform a contract to which the individual
     * is a party.
     */
    CONTRACT_PERFORMANCE,
    /**
     * Art. 35(v): employee data is needed for cross-border human resources management under lawful
     * labour rules and collective contracts.
     */
    HR_MANAGEMENT,
    /** Art. 35(vi): the transfer is needed to fulfil statutory duties or obligations. */
    STATUTORY_DUTY,
    /**
     * Art. 35(vii): in an emergency, the transfer is needed to protect the life, health or property
     * of natural persons.
     */
    EMERGENCY,
    /**
     * Art. 35(viii): another condition set by laws, administrative regulations or the national
     * cyberspace administration.
     */
    OTHER_LAW
}
