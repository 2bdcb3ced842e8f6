// Demonstrates: InvalidAnnotation (email's retention "3 years" is not an ISO-8601 duration),
// MissingRetentionPeriod (birthDate declares no retention), IncompleteDeletion (email is left in
// place by MemberService.deleteAccount)
package com.example.shop.member;

import dev.datawarden.annotations.PersonalInfo;
import dev.datawarden.annotations.PersonalInfoCategory;
import dev.datawarden.annotations.Sensitive;
import dev.datawarden.annotations.SensitiveCategory;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A registered customer of the shop. */
@Entity
@Table(name = "member")
public class Member {

  @Id
  @GeneratedValue
  private Long id;

  @PersonalInfo(category = PersonalInfoCategory.NAME, purposes = {"account", "delivery"}, retention = "P3Y")
  @Column(name = "name", nullable = false)
  private String name;

  @PersonalInfo(
      category = PersonalInfoCategory.PHONE,
      purposes = {"account", "notification", "delivery", "payment"},
      retention = "P3Y")
  @Column(name = "mobile", nullable = false, unique = true)
  private String mobile;

  // Noncompliant@+1: InvalidAnnotation {{not an ISO-8601 duration}}
  @PersonalInfo(category = PersonalInfoCategory.EMAIL, purposes = "notification", retention = "3 years")
  @Column(name = "email")
  private String email;

  /** Resident identity card number, for real-name verification; stored encrypted. */
  @PersonalInfo(category = PersonalInfoCategory.ID_NUMBER, purposes = "real-name-verification", retention = "P3Y")
  @Sensitive(value = SensitiveCategory.OTHER, purposes = "real-name-verification", retention = "P3Y")
  @Column(name = "id_card_number_enc")
  private String idCardNumber;

  // Noncompliant@+1: MissingRetentionPeriod {{Member.birthDate}}
  @PersonalInfo(category = PersonalInfoCategory.BIRTH_DATE, purposes = "birthday-coupon", necessary = false)
  @Column(name = "birth_date")
  private LocalDate birthDate;

  @PersonalInfo(category = PersonalInfoCategory.CREDENTIAL, purposes = "account", retention = "P3Y")
  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt;

  @Column(name = "deleted", nullable = false)
  private boolean deleted;

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

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

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(LocalDate birthDate) {
    this.birthDate = birthDate;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public void setPasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  public Instant getRegisteredAt() {
    return registeredAt;
  }

  public void setRegisteredAt(Instant registeredAt) {
    this.registeredAt = registeredAt;
  }

  public boolean isDeleted() {
    return deleted;
  }

  public void setDeleted(boolean deleted) {
    this.deleted = deleted;
  }
}
