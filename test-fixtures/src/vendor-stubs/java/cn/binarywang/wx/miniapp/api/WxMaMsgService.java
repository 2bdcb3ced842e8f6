package cn.binarywang.wx.miniapp.api;

import cn.binarywang.wx.miniapp.bean.WxMaSubscribeMessage;

/** Stand-in for com.github.binarywang:weixin-java-miniapp's message service (same name and signature). */
public interface WxMaMsgService {
  void sendSubscribeMsg(WxMaSubscribeMessage subscribeMessage) throws Exception;
}
