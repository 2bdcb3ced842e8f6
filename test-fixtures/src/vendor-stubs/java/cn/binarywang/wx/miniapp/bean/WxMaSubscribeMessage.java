package cn.binarywang.wx.miniapp.bean;

/** Stand-in for weixin-java-miniapp's subscription message (fluent setters, as in the SDK). */
public class WxMaSubscribeMessage {
  public WxMaSubscribeMessage setToUser(String toUser) {
    return this;
  }

  public WxMaSubscribeMessage setTemplateId(String templateId) {
    return this;
  }
}
