package cn.hutool.core.util;

/** Stand-in for Hutool's string helper (cn.hutool:hutool-core): names and signatures only. */
public final class StrUtil {
  private StrUtil() {}

  public static String format(CharSequence template, Object... params) {
    return template + String.valueOf(params.length);
  }
}
