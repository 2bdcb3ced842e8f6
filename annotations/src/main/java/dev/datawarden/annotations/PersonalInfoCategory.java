package dev.datawarden.annotations;

/**
 * The kind of personal information a {@link PersonalInfo} declaration holds, as listed in the
 * personal information processing rules and the data inventory.
 *
 * <p>Serves Art. 21(ii) of the Network Data Security Management Regulations. Sensitive personal
 * information is declared with {@link Sensitive} and {@link SensitiveCategory} instead.
 */
public enum PersonalInfoCategory {
    /** A person's name, nickname or other name that identifies them. */
    NAME,
    /** A telephone or mobile number. */
    PHONE,
    /** An e-mail address. */
    EMAIL,
    /** A postal, home or delivery address. */
    ADDRESS,
    /** An identity document number, such as a resident identity card or passport number. */
    ID_NUMBER,
    /** A date of birth or age. */
    BIRTH_DATE,
    /** Gender. */
    GENDER,
    /** An account name or user identifier on a service. */
    ACCOUNT,
    /** A password, token, secret question or other authentication credential. */
    CREDENTIAL,
    /** A device identifier, such as an IMEI, advertising ID or MAC address. */
    DEVICE_ID,
    /** An IP address. */
    IP_ADDRESS,
    /**
     * A single location; continuous location tracking is {@link
     * SensitiveCategory#LOCATION_TRACKING}.
     */
    LOCATION,
    /** A photograph or image of a person. */
    PHOTO,
    /** An address book or list of a person's contacts. */
    CONTACTS,
    /** Personal information of a kind not listed here. */
    OTHER
}
