// Demonstrates: MissingRetentionPeriod (recipientPhone declares no retention), MissingDeletionPath
// (nothing erases the addresses kept with past orders)
package com.example.shop.order;

import dev.datawarden.annotations.PersonalInfo;
import dev.datawarden.annotations.PersonalInfoCategory;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where and to whom an order is delivered; posted with the order, kept with it. */
@Embeddable
// Noncompliant@+1: MissingDeletionPath {{ShippingAddress holds personal information}}
public class ShippingAddress {

  @PersonalInfo(category = PersonalInfoCategory.NAME, purposes = {"delivery", "order-fulfilment"}, retention = "P3Y")
  @Column(name = "recipient_name", nullable = false)
  private String recipientName;

  // Noncompliant@+1: MissingRetentionPeriod {{ShippingAddress.recipientPhone}}
  @PersonalInfo(category = PersonalInfoCategory.PHONE, purposes = {"delivery", "order-fulfilment", "notification"})
  @Column(name = "recipient_phone", nullable = false)
  private String recipientPhone;

  @PersonalInfo(category = PersonalInfoCategory.ADDRESS, purposes = {"delivery", "order-fulfilment"}, retention = "P3Y")
  @Column(name = "district", nullable = false)
  private String district;

  @PersonalInfo(category = PersonalInfoCategory.ADDRESS, purposes = {"delivery", "order-fulfilment"}, retention = "P3Y")
  @Column(name = "street_address", nullable = false)
  private String streetAddress;

  public String getRecipientName() {
    return recipientName;
  }

  public void setRecipientName(String recipientName) {
    this.recipientName = recipientName;
  }

  public String getRecipientPhone() {
    return recipientPhone;
  }

  public void setRecipientPhone(String recipientPhone) {
    this.recipientPhone = recipientPhone;
  }

  public String getDistrict() {
    return district;
  }

  public void setDistrict(String district) {
    this.district = district;
  }

  public String getStreetAddress() {
    return streetAddress;
  }

  public void setStreetAddress(String streetAddress) {
    this.streetAddress = streetAddress;
  }
}
