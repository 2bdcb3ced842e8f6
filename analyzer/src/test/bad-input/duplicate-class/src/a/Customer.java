package a;
import dev.datawarden.annotations.PersonalInfo;
import dev.datawarden.annotations.PersonalInfoCategory;
public class Customer {
  @PersonalInfo(category = PersonalInfoCategory.PHONE, purposes = "account") String phone;
}
