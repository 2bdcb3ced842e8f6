class Good {
  @dev.datawarden.annotations.PersonalInfo(category = dev.datawarden.annotations.PersonalInfoCategory.EMAIL, purposes = "a")
  String email;
}
