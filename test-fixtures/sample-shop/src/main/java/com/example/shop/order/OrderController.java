package com.example.shop.order;

import java.math.BigDecimal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The order endpoints of the shop's web API. */
@RestController
@RequestMapping("/members/{memberId}/orders")
public class OrderController {

  private final OrderService orderService;

  public OrderController(OrderService orderService) {
    this.orderService = orderService;
  }

  @PostMapping
  public long place(
      @PathVariable long memberId,
      @RequestParam BigDecimal total,
      @RequestParam long bankCardId,
      @RequestBody ShippingAddress address,
      @RequestHeader("X-Forwarded-For") String buyerIp) {
    return orderService.placeOrder(memberId, address, total, bankCardId, buyerIp);
  }

  @PostMapping("/{orderId}/shipment")
  public void ship(@PathVariable long memberId, @PathVariable long orderId) {
    orderService.ship(orderId);
  }
}
