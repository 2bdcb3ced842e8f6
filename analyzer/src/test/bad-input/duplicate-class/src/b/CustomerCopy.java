package a;
public class Customer {
  String name;
}
