package shop;

import dev.datawarden.annotations.PersonalInfo;
import dev.datawarden.annotations.PersonalInfoCategory;

/** A record: the component's annotation reaches its field, accessor and constructor parameter, yet counts once. */
public record Contact(
    // Noncompliant@+1: InvalidAnnotation {{'3 years'}}
    @PersonalInfo(category = PersonalInfoCategory.PHONE, retention = "3 years") String phone,
    @PersonalInfo(category = PersonalInfoCategory.NAME, retention = "P1Y") String name) {
}
