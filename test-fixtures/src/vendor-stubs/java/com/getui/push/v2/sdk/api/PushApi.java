package com.getui.push.v2.sdk.api;

import com.getui.push.v2.sdk.common.ApiResult;
import com.getui.push.v2.sdk.dto.req.Audience;
import com.getui.push.v2.sdk.dto.req.message.PushDTO;
import java.util.Map;

/** Stand-in for com.getui.push:restful-sdk's push API (same names and signatures). */
public interface PushApi {
  ApiResult<Map<String, Map<String, String>>> pushToSingleByCid(PushDTO<Audience> pushDTO);
}
