package cn.hutool.extra.mail;

/** Stand-in for Hutool's mail helper (cn.hutool:hutool-extra): names and signatures only. */
public final class MailUtil {
  private MailUtil() {}

  public static String send(String to, String subject, String content, boolean isHtml) {
    return to + subject + content + isHtml;
  }
}
