// Demonstrates: OverCollection (gender is optional and nothing but the form ever reads it)
package com.example.shop.member;

import dev.datawarden.annotations.PersonalInfo;
import dev.datawarden.annotations.PersonalInfoCategory;

/**
 * The sign-up form posted to {@code POST /members}. The form is kept only until the account is
 * created; the retention declared on the type covers every field.
 */
@PersonalInfo(purposes = "account", retention = "P30D")
public class RegistrationRequest {

  @PersonalInfo(category = PersonalInfoCategory.NAME)
  private String name;

  @PersonalInfo(category = PersonalInfoCategory.PHONE)
  private String mobile;

  @PersonalInfo(category = PersonalInfoCategory.EMAIL)
  private String email;

  @PersonalInfo(category = PersonalInfoCategory.ID_NUMBER)
  private String idCardNumber;

  // Noncompliant@+1: OverCollection {{RegistrationRequest.birthDate}}
  @PersonalInfo(category = PersonalInfoCategory.BIRTH_DATE, necessary = false)
  private String birthDate;

  // Noncompliant@+1: OverCollection {{RegistrationRequest.gender}}
  @PersonalInfo(category = PersonalInfoCategory.GENDER, necessary = false)
  private String gender;

  @PersonalInfo(category = PersonalInfoCategory.CREDENTIAL)
  private String password;

  /** Issued by the sign-up page when the privacy policy is accepted. */
  private String consentToken;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getMobile() {
    return mobile;
  }

  public void setMobile(String mobile) {
    this.mobile = mobile;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getIdCardNumber() {
    return idCardNumber;
  }

  public void setIdCardNumber(String idCardNumber) {
    this.idCardNumber = idCardNumber;
  }

  public String getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(String birthDate) {
    this.birthDate = birthDate;
  }

  public String getGender() {
    return gender;
  }

  public void setGender(String gender) {
    this.gender = gender;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getConsentToken() {
    return consentToken;
  }

  public void setConsentToken(String consentToken) {
    this.consentToken = consentToken;
  }
}
