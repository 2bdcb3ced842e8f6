package me.chanjar.weixin.mp.bean.template;

/** Stand-in for weixin-java-mp's template message (same names and signatures). */
public class WxMpTemplateMessage {
  public static WxMpTemplateMessageBuilder builder() {
    return new WxMpTemplateMessageBuilder();
  }

  public static class WxMpTemplateMessageBuilder {
    public WxMpTemplateMessageBuilder toUser(String toUser) {
      return this;
    }

    public WxMpTemplateMessageBuilder templateId(String templateId) {
      return this;
    }

    public WxMpTemplateMessage build() {
      return new WxMpTemplateMessage();
    }
  }
}
