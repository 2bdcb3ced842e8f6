package shop.entity;

/** A member of the shop. */
public class Member {
  private String mobile;
  private long points;

  public String getMobile() {
    return mobile;
  }

  public void setMobile(String mobile) {
    this.mobile = mobile;
  }
}
