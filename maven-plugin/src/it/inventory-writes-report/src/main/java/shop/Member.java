package shop;

import dev.datawarden.annotations.CrossBorder;
import dev.datawarden.annotations.CrossBorderBasis;
import dev.datawarden.annotations.DeletionPath;
import dev.datawarden.annotations.PersonalInfo;
import dev.datawarden.annotations.PersonalInfoCategory;
import dev.datawarden.annotations.ThirdPartyTransfer;

public class Member {
  @PersonalInfo(category = PersonalInfoCategory.PHONE, purposes = "login", retention = "P3Y")
  private String mobile;

  @PersonalInfo(category = PersonalInfoCategory.ADDRESS, purposes = "delivery", retention = "P1Y")
  private String address;

  @ThirdPartyTransfer(recipient = "Aliyun SMS", agreement = "DPA-2024-017")
  void sendSms(String text) {}

  @CrossBorder(destination = "SG", basis = CrossBorderBasis.STANDARD_CONTRACT, assessmentRef = "SC-2025-3",
      categories = {PersonalInfoCategory.ADDRESS})
  void shipAbroad() {}

  @DeletionPath(Member.class)
  void erase() {}
}
