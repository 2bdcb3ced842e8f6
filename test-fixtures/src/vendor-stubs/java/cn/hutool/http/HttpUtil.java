package cn.hutool.http;

import java.util.Map;

/** Stand-in for Hutool's HTTP helper (cn.hutool:hutool-http): names and signatures only. */
public final class HttpUtil {
  private HttpUtil() {}

  public static String get(String url) {
    return url;
  }

  public static String post(String url, Map<String, Object> form) {
    return url + form.size();
  }

  public static String post(String url, String body) {
    return url + body;
  }
}
