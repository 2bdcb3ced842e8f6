package dev.datawarden.analyzer.rules.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalInfoNamesTest {
  private final PersonalInfoNames names = PersonalInfoNames.builtin();

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
      "phone, PHONE", "mobile, PHONE", "mobileNo, PHONE", "phoneNumber, PHONE", "tel, PHONE", "telNo, PHONE",
      "TEL_NUMBER, PHONE", "cellPhone, PHONE", "contactNumber, PHONE", "recipientPhone, PHONE", "phones, PHONE",
      "phone2, PHONE", "shouji, PHONE", "shoujiHao, PHONE", "shoujihaoma, PHONE", "SJHM, PHONE", "dianhua, PHONE",
      "lianxiDianhua, PHONE",
      "email, EMAIL", "eMail, EMAIL", "e_mail, EMAIL", "emailAddress, EMAIL", "userEmails, EMAIL", "youxiang, EMAIL",
      "address, ADDRESS", "homeAddress, ADDRESS", "addressLine1, ADDRESS", "shippingAddressDetail, ADDRESS",
      "addresses, ADDRESS", "dizhi, ADDRESS", "shouhuoDizhi, ADDRESS",
      "idCard, ID_NUMBER", "idCardNumber, ID_NUMBER", "IDCardNo, ID_NUMBER", "id_card_number_enc, ID_NUMBER",
      "idNumber, ID_NUMBER", "passportNo, ID_NUMBER", "sfz, ID_NUMBER", "sfzh, ID_NUMBER",
      "shenfenzheng, ID_NUMBER", "shenfenzhengHao, ID_NUMBER", "SHENFENZHENG_HAOMA, ID_NUMBER",
      "birthday, BIRTH_DATE", "birthDate, BIRTH_DATE", "dateOfBirth, BIRTH_DATE", "dob, BIRTH_DATE",
      "shengri, BIRTH_DATE", "chushengRiqi, BIRTH_DATE",
      "realName, NAME", "fullName, NAME", "recipientName, NAME", "cardholderName, NAME", "xingming, NAME",
      "zhenshiXingming, NAME", "nickname, NAME",
      "deviceId, DEVICE_ID", "IMEI, DEVICE_ID", "idfa, DEVICE_ID", "androidId, DEVICE_ID", "macAddress, DEVICE_ID",
      "ip, IP_ADDRESS", "buyerIp, IP_ADDRESS", "clientIP, IP_ADDRESS", "ipAddress, IP_ADDRESS",
      "remoteAddr, IP_ADDRESS", "X-Forwarded-For, IP_ADDRESS", "lastLoginIpv4, IP_ADDRESS",
      "location, LOCATION", "latitude, LOCATION", "lng, LOCATION", "geoLocation, LOCATION", "weizhi, LOCATION",
      "bankCard, FINANCIAL_ACCOUNT", "bankCardNo, FINANCIAL_ACCOUNT", "cardNumber, FINANCIAL_ACCOUNT",
      "yinhangka, FINANCIAL_ACCOUNT", "yinhangkaHao, FINANCIAL_ACCOUNT"})
  void looksLikePersonalInformation(String name, String category) {
    Optional<PersonalInfoNames.Match> m = names.match(name);
    assertTrue(m.isPresent(), name);
    assertEquals(category, m.get().suggestion().category(), name);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "phoneCount", "emailEnabled", "isMobile", "hasPhone", "addressFormatter", "addressId", "ipVersion", "ipWhitelist",
      "telemetry", "hotel", "zip", "serverIp", "hostAddress", "bindAddress", "smtpHost", "supportPhone",
      "companyAddress", "maskedMobile", "mobileMasked", "phoneHash", "emailTemplate", "emailSubject",
      "fileLocation", "storageLocation", "locationType", "name", "userId", "id", "cardType", "phoneCountry",
      "mobileApp", "deviceType", "birthdayCoupon", "latency", "platform", "telnet", "shoujiType", "defaultEmail",
      "EMAIL_PATTERN", "phoneRegex", "verificationCode", "password"})
  void doesNotLookLikePersonalInformation(String name) {
    assertEquals(Optional.empty(), names.match(name), name);
  }

  @Test
  void namesAreSplitIntoLowerCaseWords() {
    assertEquals(List.of("id", "card", "no"), PersonalInfoNames.words("IDCardNo"));
    assertEquals(List.of("id", "card", "no"), PersonalInfoNames.words("id_card_no"));
    assertEquals(List.of("id", "card", "no"), PersonalInfoNames.words("ID-CARD-NO"));
    assertEquals(List.of("address", "line", "2"), PersonalInfoNames.words("addressLine2"));
    assertEquals(List.of("x", "forwarded", "for"), PersonalInfoNames.words("X-Forwarded-For"));
    assertEquals(List.of("shoujihao"), PersonalInfoNames.words("shoujihao"));
  }

  @Test
  void bankCardsAreSuggestedAsSensitive() {
    assertEquals(SuggestedAnnotation.Kind.SENSITIVE, names.match("bankCardNo").orElseThrow().suggestion().kind());
    assertEquals(SuggestedAnnotation.Kind.PERSONAL_INFO, names.match("mobile").orElseThrow().suggestion().kind());
  }

  @Test
  void everyCategoryIsAConstantOfTheVocabulary() {
    // the names load, and each category exists: SuggestedAnnotation rejects unknown constants
    assertTrue(names.patterns().size() > 100);
    assertThrows(IllegalArgumentException.class, () -> PersonalInfoNames.parse("personalInfo:\n  TELEPHONE: [tel]\n"));
  }

  @Test
  void aPatternCannotHaveTwoCategories() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PersonalInfoNames.parse("personalInfo:\n  PHONE: [tel]\n  EMAIL: [t el]\n"));
    assertTrue(e.getMessage().contains("is both PHONE and EMAIL"), e.getMessage());
  }

  @Test
  void suggestionsRoundTripThroughMessages() {
    SuggestedAnnotation s = names.match("bankCardNo").orElseThrow().suggestion();
    assertEquals("@Sensitive(value = SensitiveCategory.FINANCIAL_ACCOUNT)", s.source());
    assertEquals(Optional.of(s), SuggestedAnnotation.in("x looks like ...; annotate it " + s.sourceWithPlaceholders() + " (Art. 21)"));
    assertEquals(Optional.empty(), SuggestedAnnotation.in("no suggestion here"));
  }
}
