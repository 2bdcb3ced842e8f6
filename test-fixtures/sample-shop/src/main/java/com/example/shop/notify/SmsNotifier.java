// Demonstrates: UnloggedTransfer (sendShippingNotice gives the phone number to the SMS provider
// without recording the transfer; sendWelcome records it)
package com.example.shop.notify;

import com.example.shop.notify.sdk.SmsSdkClient;
import com.example.shop.privacy.TransferLogRecorder;
import dev.datawarden.annotations.Purpose;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Text messages to members, sent through the SMS provider. */
@Service
@Purpose("notification")
public class SmsNotifier {

  static final String PROVIDER = "Aliyun SMS";

  private final SmsSdkClient client;
  private final TransferLogRecorder transferLog;

  public SmsNotifier(SmsSdkClient client, TransferLogRecorder transferLog) {
    this.client = client;
    this.transferLog = transferLog;
  }

  public void sendWelcome(long memberId, String mobile) {
    client.send(mobile, "SHOP_WELCOME", Map.of());
    transferLog.record(PROVIDER, "notification", memberId, List.of("PHONE"));
  }

  public void sendShippingNotice(String mobile, String trackingNumber) {
    // Noncompliant@+2: UnloggedTransfer {{ShippingAddress.recipientPhone}}
    // Compliant for consent: OrderService.ship() sends the notice to perform the order's contract
    client.send(mobile, "SHOP_SHIPPED", Map.of("trackingNumber", trackingNumber));
  }
}
