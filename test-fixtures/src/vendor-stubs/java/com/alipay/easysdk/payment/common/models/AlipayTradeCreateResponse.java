package com.alipay.easysdk.payment.common.models;

/** Stand-in for alipay-easysdk's trade-create response. */
public class AlipayTradeCreateResponse {
}
