// Demonstrates: ImportantDataExportWithoutAssessment (shareWithRegionalHub sends the route dataset
// to Hong Kong with no security assessment), UnloggedTransfer (requestPickup gives the recipient's
// name, phone and address to the courier without a transfer log)
package com.example.shop.logistics;

import com.example.shop.order.ShippingAddress;
import dev.datawarden.annotations.CrossBorder;
import dev.datawarden.annotations.RiskAssessed;
import dev.datawarden.annotations.ThirdPartyTransfer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The courier's API, and the regional planning hub the delivery statistics go to. */
@Component
public class LogisticsPartnerClient {

  private static final URI PICKUPS = URI.create("https://open.courier.example.cn/api/pickups");
  private static final URI ROUTES = URI.create("https://open.courier.example.cn/api/route-stats");
  private static final URI HUB = URI.create("https://planning.hub.example.hk/api/volumes");

  private final HttpClient http = HttpClient.newHttpClient();

  /** Books a pickup and returns the courier's tracking number. */
  @ThirdPartyTransfer(recipient = "SF Express", agreement = "DPA-2023-004", purposes = "delivery")
  public String requestPickup(long orderId, ShippingAddress address) {
    return post(PICKUPS, "{\"ref\":\"" + orderId + "\",\"name\":\"" + address.getRecipientName()
        + "\",\"phone\":\"" + address.getRecipientPhone() + "\",\"district\":\""
        + address.getDistrict() + "\",\"street\":\"" + address.getStreetAddress() + "\"}");
  }

  @ThirdPartyTransfer(recipient = "SF Express", agreement = "DSA-2023-005", purposes = "delivery-planning")
  @RiskAssessed(ref = "RA-2024-09")
  public void shareDailyRoutes(DeliveryRouteDataset dataset) {
    post(ROUTES, toJson(dataset));
  }

  @CrossBorder(destination = "HK", purposes = "regional-planning")
  public void shareWithRegionalHub(DeliveryRouteDataset dataset) {
    post(HUB, toJson(dataset));
  }

  private static String toJson(DeliveryRouteDataset dataset) {
    return dataset.parcelsByDistrict().entrySet().stream()
        .map(e -> "\"" + e.getKey() + "\":" + e.getValue())
        .collect(Collectors.joining(",", "{\"day\":\"" + dataset.day() + "\",\"parcels\":{", "}}"));
  }

  private String post(URI uri, String json) {
    HttpRequest request = HttpRequest.newBuilder(uri)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    } catch (IOException e) {
      throw new IllegalStateException("courier API unreachable", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
