package shop.web;

import shop.entity.Member;

/** What the sign-up page posts. */
public class SignUpForm {
  private String contact;
  private String email;

  public Member toMember() {
    Member m = new Member();
    m.setMobile(contact);
    return m;
  }

  public String getEmail() {
    return email;
  }
}
