package com.example.shop.payment;

import dev.datawarden.annotations.PersonalInfo;
import dev.datawarden.annotations.PersonalInfoCategory;
import dev.datawarden.annotations.Sensitive;
import dev.datawarden.annotations.SensitiveCategory;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A bank card a member has bound for quick payment. */
@Entity
@Table(name = "bank_card")
public class BankCard {

  @Id
  @GeneratedValue
  private Long id;

  @Column(name = "member_id", nullable = false)
  private long memberId;

  @Sensitive(value = SensitiveCategory.FINANCIAL_ACCOUNT, purposes = "payment", retention = "P5Y")
  @Column(name = "card_number", nullable = false)
  private String cardNumber;

  @PersonalInfo(category = PersonalInfoCategory.NAME, purposes = "payment", retention = "P5Y")
  @Column(name = "holder_name", nullable = false)
  private String holderName;

  /** Issued by the payment gateway's hosted card form; charges refer to the card by it. */
  @Column(name = "gateway_token", nullable = false)
  private String gatewayToken;

  protected BankCard() {}

  public BankCard(long memberId, String cardNumber, String holderName, String gatewayToken) {
    this.memberId = memberId;
    this.cardNumber = cardNumber;
    this.holderName = holderName;
    this.gatewayToken = gatewayToken;
  }

  public Long getId() {
    return id;
  }

  public long getMemberId() {
    return memberId;
  }

  public String getCardNumber() {
    return cardNumber;
  }

  public String getHolderName() {
    return holderName;
  }

  public String getGatewayToken() {
    return gatewayToken;
  }
}
