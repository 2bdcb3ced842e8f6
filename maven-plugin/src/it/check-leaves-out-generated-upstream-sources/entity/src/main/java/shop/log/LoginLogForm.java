package shop.log;

/** What a client sends about a login. */
public class LoginLogForm {
  private String address;

  public String getAddress() {
    return address;
  }
}
