package com.alipay.api.response;

import com.alipay.api.AlipayResponse;

/** Stand-in for alipay-sdk-java's app payment response. */
public class AlipayTradeAppPayResponse extends AlipayResponse {}
