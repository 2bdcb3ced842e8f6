// The shop's member: this header comment stays where it is.
package shop;

import java.time.LocalDate;

/** A registered member of the shop. */
public class Member {

  /** Mobile number, as typed at sign-up. */
  private String mobile; // E.164, e.g. +8613812345678

  @Deprecated
  private   String   youxiang;   /* pinyin for e-mail; odd spacing kept */

  private LocalDate birthday;

  private int mobileCount; // a count: not personal information

  public String getMobile() {
    return mobile;
  }
}
