package shop.service;

import dev.datawarden.annotations.ThirdPartyTransfer;

public class SmsGateway {
  @ThirdPartyTransfer(recipient = "Aliyun SMS", agreement = "DPA-2024-017")
  public void send(String mobile, String text) {}
}
