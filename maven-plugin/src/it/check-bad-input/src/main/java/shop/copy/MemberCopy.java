package shop;

public class Member {
  private String name;
}
