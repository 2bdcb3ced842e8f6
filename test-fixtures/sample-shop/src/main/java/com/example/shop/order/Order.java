// Demonstrates: UnannotatedPersonalInfo (buyerIp is an IP address with no annotation)
package com.example.shop.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** An order placed by a member. */
@Entity
@Table(name = "orders")
public class Order { // Noncompliant: MissingDeletionPath {{inferred from the name `buyerIp`}}

  /** Where an order is in its life. */
  public enum Status {
    PLACED,
    PAID,
    SHIPPED,
    CANCELLED
  }

  @Id
  @GeneratedValue
  private Long id;

  @Column(name = "member_id", nullable = false)
  private long memberId;

  @Embedded
  private ShippingAddress shippingAddress;

  @Column(name = "total", nullable = false)
  private BigDecimal total;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private Status status = Status.PLACED;

  @Column(name = "buyer_ip")
  private String buyerIp; // Noncompliant: UnannotatedPersonalInfo {{Order.buyerIp looks like personal information (IP_ADDRESS)}}

  @Column(name = "tracking_number")
  private String trackingNumber;

  @Column(name = "placed_at", nullable = false)
  private Instant placedAt;

  protected Order() {}

  public Order(long memberId, ShippingAddress shippingAddress, BigDecimal total, String buyerIp) {
    this.memberId = memberId;
    this.shippingAddress = shippingAddress;
    this.total = total;
    this.buyerIp = buyerIp;
    this.placedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public long getMemberId() {
    return memberId;
  }

  public ShippingAddress getShippingAddress() {
    return shippingAddress;
  }

  public BigDecimal getTotal() {
    return total;
  }

  public Status getStatus() {
    return status;
  }

  public void setStatus(Status status) {
    this.status = status;
  }

  public String getBuyerIp() {
    return buyerIp;
  }

  public String getTrackingNumber() {
    return trackingNumber;
  }

  public void setTrackingNumber(String trackingNumber) {
    this.trackingNumber = trackingNumber;
  }

  public Instant getPlacedAt() {
    return placedAt;
  }
}
