package shop.service;

import dev.datawarden.annotations.ThirdPartyTransfer;
import shop.entity.Member;

public class Notifier {
  @ThirdPartyTransfer(recipient = "Aliyun SMS", agreement = "DPA-2024-017")
  void sendSms(String mobile, String text) {}

  void welcome(Member member) {
    // the second version no longer sends the member's phone number anywhere
    sendSms("10086", "welcome");
  }
}
