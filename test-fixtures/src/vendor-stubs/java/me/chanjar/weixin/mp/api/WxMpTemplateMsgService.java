package me.chanjar.weixin.mp.api;

import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.bean.template.WxMpTemplateMessage;

/** Stand-in for com.github.binarywang:weixin-java-mp's template message service (same names and signatures). */
public interface WxMpTemplateMsgService {
  String sendTemplateMsg(WxMpTemplateMessage templateMessage) throws WxErrorException;
}
