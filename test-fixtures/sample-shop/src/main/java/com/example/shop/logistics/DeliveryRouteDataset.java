package com.example.shop.logistics;

import com.example.shop.order.Order;
import dev.datawarden.annotations.ImportantData;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The day's parcel counts per delivery district, aggregated over all shipped orders: no person
 * in it, but across a year it maps the city's consumption and delivery network.
 */
@ImportantData(
    catalog = "Logistics important-data catalogue, item 3.2 (delivery volumes and routes by district)",
    description = "Daily parcel counts per delivery district")
public record DeliveryRouteDataset(LocalDate day, Map<String, Integer> parcelsByDistrict) {

  public static DeliveryRouteDataset aggregate(LocalDate day, List<Order> shippedOrders) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Order order : shippedOrders) {
      counts.merge(order.getShippingAddress().getDistrict(), 1, Integer::sum);
    }
    return new DeliveryRouteDataset(day, Map.copyOf(counts));
  }
}
