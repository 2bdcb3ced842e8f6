package dev.datawarden.analyzer.rules.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.datawarden.analyzer.testing.FixtureVerifier;
import dev.datawarden.analyzer.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Discovery tells a person's data from infrastructure by the type a field sits in (a user, an address,
 * an organisation, an organisation's address, a server or a file, a component) and by its label (a
 * location looked up from an IP, an address type labelled as a merchant's).
 */
class WhoseDataTest {
  private static final PersonalInfoNames NAMES = PersonalInfoNames.builtin();

  private static FixtureVerifier verifier() {
    return FixtureVerifier.create()
        .source(Fixtures.root().resolve("src/main/java/dev/datawarden/fixtures/discovery/WhoseDataSample.java"))
        .classpathEntry(Fixtures.vendorStubClasses())
        .only("UnannotatedPersonalInfo");
  }

  @Test
  void sample() {
    verifier().verify();
  }

  @Test
  void sampleWithoutClasspath() {
    verifier().withoutClasspath().verify();
  }

  @Test
  void theHeadNounOfATypeSaysWhatItIs() {
    assertEquals(PersonalInfoNames.TypeKind.PERSON, NAMES.typeKind("SysUser"));
    assertEquals(PersonalInfoNames.TypeKind.PERSON, NAMES.typeKind("CustomerDTO"));
    assertEquals(PersonalInfoNames.TypeKind.ADDRESS, NAMES.typeKind("UmsMemberReceiveAddress"));
    assertEquals(PersonalInfoNames.TypeKind.ADDRESS, NAMES.typeKind("ReceiveAddress"));
    assertEquals(PersonalInfoNames.TypeKind.ORGANISATION, NAMES.typeKind("OmsCompanyAddress"), "a company's address");
    assertEquals(PersonalInfoNames.TypeKind.ORGANISATION, NAMES.typeKind("ShopReturnAddressVO"));
    assertEquals(PersonalInfoNames.TypeKind.ORGANISATION, NAMES.typeKind("WarehouseAddr"));
    assertEquals(PersonalInfoNames.TypeKind.ADDRESS, NAMES.typeKind("StoreMemberAddress"), "the nearest word decides");
    assertEquals(PersonalInfoNames.TypeKind.ORGANISATION, NAMES.typeKind("SysDept"));
    assertEquals(PersonalInfoNames.TypeKind.INFRASTRUCTURE, NAMES.typeKind("ServerInfo"));
    assertEquals(PersonalInfoNames.TypeKind.INFRASTRUCTURE, NAMES.typeKind("SysFileInfo"));
    // a deployment target's IP, account and password, a database's user name: a machine's, no one's
    assertEquals(PersonalInfoNames.TypeKind.INFRASTRUCTURE, NAMES.typeKind("ServerDeploy"));
    assertEquals(PersonalInfoNames.TypeKind.INFRASTRUCTURE, NAMES.typeKind("DatabaseDto"));
    assertEquals(PersonalInfoNames.TypeKind.INFRASTRUCTURE, NAMES.typeKind("RedisConnectionInfo"));
    assertEquals(PersonalInfoNames.TypeKind.PERSON, NAMES.typeKind("DbUser"), "the head decides");
    assertEquals(PersonalInfoNames.TypeKind.INFRASTRUCTURE, NAMES.typeKind("Pet"), "a pet's birth date is no one's");
    assertEquals(PersonalInfoNames.TypeKind.OTHER, NAMES.typeKind("PetType"));
    assertEquals(PersonalInfoNames.TypeKind.OTHER, NAMES.typeKind("Order"));
    assertEquals(PersonalInfoNames.TypeKind.OTHER, NAMES.typeKind("UserRole"), "a user's role is a role");
  }

  @Test
  void whatIsInBracketsIsNotTheLabel() {
    assertEquals("GENDER", NAMES.matchLabel("用户性别（0男 1女 2未知）").orElseThrow().suggestion().category());
    assertEquals(java.util.Optional.empty(), NAMES.matchLabel("操作类别（0其它 1后台用户 2手机端用户）"));
    assertEquals("PHONE", NAMES.matchLabel("（必填）手机号").orElseThrow().suggestion().category());
  }
}
