package com.github.binarywang.wxpay.bean.result;

/** Stand-in for weixin-java-pay's result. */
public class WxPayUnifiedOrderResult {}
