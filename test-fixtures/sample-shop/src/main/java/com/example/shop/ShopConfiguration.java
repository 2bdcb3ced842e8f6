package com.example.shop;

import com.example.shop.notify.sdk.SmsSdkClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Wires the vendor clients that are not Spring components themselves. */
@Configuration
@EnableScheduling
public class ShopConfiguration {

  @Bean
  public SmsSdkClient smsSdkClient(@Value("${shop.sms.endpoint}") String endpoint) {
    return new SmsSdkClient(endpoint);
  }
}
