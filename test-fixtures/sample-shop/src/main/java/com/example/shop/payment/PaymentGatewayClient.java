// Demonstrates: CrossBorderWithoutBasis (screenForFraud sends the member's email and IP address to
// the fraud-screening service in the US with no Art. 35 basis)
package com.example.shop.payment;

import dev.datawarden.annotations.CrossBorder;
import dev.datawarden.annotations.CrossBorderBasis;
import dev.datawarden.annotations.PersonalInfoCategory;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.stereotype.Component;

/** The payment gateway, operated from Singapore, and its fraud-screening service in the US. */
@Component
public class PaymentGatewayClient {

  private static final URI CHARGES = URI.create("https://api.pay.example.sg/v2/charges");
  private static final URI SCREENING = URI.create("https://risk.pay.example.com/v1/screen");

  private final HttpClient http = HttpClient.newHttpClient();

  /** Charges a tokenised card; the name and phone travel with it for 3-D Secure. */
  @CrossBorder(
      destination = "SG",
      basis = CrossBorderBasis.STANDARD_CONTRACT,
      categories = {PersonalInfoCategory.NAME, PersonalInfoCategory.PHONE},
      assessmentRef = "SCC-FILING-2024-031",
      purposes = "payment")
  public String charge(String holderName, String mobile, String cardToken, BigDecimal amount) {
    return post(CHARGES, "{\"card\":\"" + cardToken + "\",\"amount\":\"" + amount.toPlainString()
        + "\",\"holder\":\"" + holderName + "\",\"phone\":\"" + mobile + "\"}");
  }

  /** Scores a payment for fraud, from 0 (clean) to 100. */
  @CrossBorder(destination = "US", categories = {PersonalInfoCategory.EMAIL, PersonalInfoCategory.IP_ADDRESS})
  public int screenForFraud(String email, String ipAddress, BigDecimal amount) {
    String score = post(SCREENING, "{\"email\":\"" + email + "\",\"ip\":\"" + ipAddress
        + "\",\"amount\":\"" + amount.toPlainString() + "\"}");
    return Integer.parseInt(score.trim());
  }

  private String post(URI uri, String json) {
    HttpRequest request = HttpRequest.newBuilder(uri)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    } catch (IOException e) {
      throw new IllegalStateException("payment gateway unreachable", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
