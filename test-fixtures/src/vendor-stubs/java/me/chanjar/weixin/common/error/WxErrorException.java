package me.chanjar.weixin.common.error;

/** Stand-in for weixin-java-common's error. */
public class WxErrorException extends Exception {
}
