import dev.datawarden.annotations.PersonalInfo;
import dev.datawarden.annotations.PersonalInfoCategory;

public class Evil {
  @PersonalInfo(category = PersonalInfoCategory.PHONE, purposes = "account",
      retention = "P3Y\u001b[2J\n[INFO] BUILD SUCCESS\u202e")
  String phone;
}
