package com.github.binarywang.wxpay.service;

import com.github.binarywang.wxpay.bean.request.WxPayUnifiedOrderRequest;
import com.github.binarywang.wxpay.bean.result.WxPayUnifiedOrderResult;

/** Stand-in for com.github.binarywang:weixin-java-pay's service (same name and signature). */
public interface WxPayService {
  WxPayUnifiedOrderResult unifiedOrder(WxPayUnifiedOrderRequest request) throws Exception;
}
