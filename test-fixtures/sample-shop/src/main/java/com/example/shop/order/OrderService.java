// Demonstrates: MissingConsentCheck (placeOrder stores the shipping address with no consent check
// on the path), UnloggedTransfer (ship sends the recipient's phone to the SMS provider with no
// transfer log)
package com.example.shop.order;

import com.example.shop.logistics.DeliveryRouteDataset;
import com.example.shop.logistics.LogisticsPartnerClient;
import com.example.shop.notify.SmsNotifier;
import com.example.shop.payment.PaymentService;
import dev.datawarden.annotations.Purpose;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/** Takes orders, has them paid and shipped, and reports the day's deliveries to logistics. */
@Service
@Purpose("order-fulfilment")
public class OrderService {

  private static final Logger log = LoggerFactory.getLogger(OrderService.class);
  private static final ZoneId SHOP_ZONE = ZoneId.of("Asia/Shanghai");

  private final PaymentService paymentService;
  private final SmsNotifier smsNotifier;
  private final LogisticsPartnerClient logistics;

  @PersistenceContext
  private EntityManager entityManager;

  public OrderService(
      PaymentService paymentService, SmsNotifier smsNotifier, LogisticsPartnerClient logistics) {
    this.paymentService = paymentService;
    this.smsNotifier = smsNotifier;
    this.logistics = logistics;
  }

  public long placeOrder(
      long memberId, ShippingAddress address, BigDecimal total, long bankCardId, String buyerIp) {
    Order order = new Order(memberId, address, total, buyerIp);
    // the order carries its shipping address's recipient name, phone and district into the
    // database: one finding names the three (buyerIp, declared nowhere and inferred from its name, reaches
    // the same call: the finding on declared data stands for the call)
    // Noncompliant@+1: MissingConsentCheck {{recipientName (NAME), ShippingAddress.recipientPhone (PHONE), ShippingAddress.district (ADDRESS) reach}}
    entityManager.persist(order);
    String paymentId = paymentService.pay(order, bankCardId);
    order.setStatus(Order.Status.PAID);
    log.info("order {} paid ({})", order.getId(), paymentId);
    return order.getId();
  }

  @Purpose(value = "order-fulfilment", legalBasis = dev.datawarden.annotations.LegalBasis.CONTRACT)
  public void ship(long orderId) {
    Order order = entityManager.find(Order.class, orderId);
    if (order == null) {
      throw new NoSuchElementException("no order " + orderId);
    }
    // the shipping address goes to the logistics partner with the recipient's name, phone and
    // district to deliver the order: performing the contract needs no consent (the @Purpose above),
    // but the transfer is not recorded: one finding names the three categories (the order id is no
    // personal information)
    // Noncompliant@+1: UnloggedTransfer {{recipientName (NAME), ShippingAddress.recipientPhone (PHONE), ShippingAddress.district (ADDRESS) are}}
    String trackingNumber = logistics.requestPickup(order.getId(), order.getShippingAddress());
    order.setTrackingNumber(trackingNumber);
    order.setStatus(Order.Status.SHIPPED);
    smsNotifier.sendShippingNotice(order.getShippingAddress().getRecipientPhone(), trackingNumber);
    log.info("order {} shipped, tracking {}", orderId, trackingNumber);
  }

  /** Every night, the previous day's deliveries go to the logistics partners as one dataset. */
  @Scheduled(cron = "0 30 2 * * *", zone = "Asia/Shanghai")
  public void publishDailyRoutes() {
    LocalDate day = LocalDate.now(SHOP_ZONE).minusDays(1);
    List<Order> shipped = entityManager
        .createQuery("SELECT o FROM Order o WHERE o.status = :status", Order.class)
        .setParameter("status", Order.Status.SHIPPED)
        .getResultList()
        .stream()
        .filter(order -> order.getPlacedAt().atZone(SHOP_ZONE).toLocalDate().equals(day))
        .toList();
    DeliveryRouteDataset dataset = DeliveryRouteDataset.aggregate(day, shipped);
    // Noncompliant@+1: UnloggedTransfer {{DeliveryRouteDataset}}
    logistics.shareDailyRoutes(dataset);
    // Noncompliant@+2: ImportantDataExportWithoutAssessment {{DeliveryRouteDataset}}
    // Noncompliant@+1: UnloggedTransfer {{DeliveryRouteDataset}}
    logistics.shareWithRegionalHub(dataset);
  }
}
