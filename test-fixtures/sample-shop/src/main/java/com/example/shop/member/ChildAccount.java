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
import java.time.LocalDate;

/**
 * A kids' club account for a child under 14, opened by a member as guardian. Everything in it is
 * a minor's personal information; the retention on the type covers every field.
 */
@Entity
@Table(name = "child_account")
@Sensitive(value = SensitiveCategory.MINOR_UNDER_14, purposes = "kids-club", retention = "P1Y")
public class ChildAccount {

  @Id
  @GeneratedValue
  private Long id;

  @Column(name = "guardian_member_id", nullable = false)
  private long guardianMemberId;

  @PersonalInfo(category = PersonalInfoCategory.NAME)
  @Column(name = "nickname", nullable = false)
  private String nickname;

  @PersonalInfo(category = PersonalInfoCategory.BIRTH_DATE)
  @Column(name = "birth_date", nullable = false)
  private LocalDate birthDate;

  protected ChildAccount() {}

  public ChildAccount(long guardianMemberId, String nickname, LocalDate birthDate) {
    this.guardianMemberId = guardianMemberId;
    this.nickname = nickname;
    this.birthDate = birthDate;
  }

  public Long getId() {
    return id;
  }

  public long getGuardianMemberId() {
    return guardianMemberId;
  }

  public String getNickname() {
    return nickname;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }
}
