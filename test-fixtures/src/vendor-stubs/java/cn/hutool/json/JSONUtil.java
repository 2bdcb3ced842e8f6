package cn.hutool.json;

/** Stand-in for Hutool's JSON helper (cn.hutool:hutool-json): names and signatures only. */
public final class JSONUtil {
  private JSONUtil() {}

  public static String toJsonStr(Object object) {
    return String.valueOf(object);
  }

  public static String toJsonPrettyStr(Object object) {
    return String.valueOf(object);
  }
}
