package shop.log;

/** A login: the IP it came from, and the place that IP is in. */
public class LoginLog {
  private String ip;
  private String address;

  public String getIp() {
    return ip;
  }

  public void setIp(String ip) {
    this.ip = ip;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }
}
