package a;
import dev.datawarden.annotations.PersonalInfo;
import dev.datawarden.annotations.PersonalInfoCategory;
public class Order {
  @PersonalInfo(category = PersonalInfoCategory.ADDRESS, purposes = "delivery") String address;
  Customer customer;
}
