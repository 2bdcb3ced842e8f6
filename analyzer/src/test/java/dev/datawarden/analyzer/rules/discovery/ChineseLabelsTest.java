package dev.datawarden.analyzer.rules.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.datawarden.analyzer.testing.FixtureVerifier;
import dev.datawarden.analyzer.testing.Fixtures;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Discovery reads the labels Chinese code bases write on fields (comments, Swagger, OpenAPI and Excel
 * annotations, a column's SQL comment), and says which label matched; a label on infrastructure, a
 * file or a flag is not personal information.
 */
class ChineseLabelsTest {
  private static final PersonalInfoNames NAMES = PersonalInfoNames.builtin();

  private static FixtureVerifier verifier() {
    return FixtureVerifier.create()
        .source(Fixtures.root().resolve("src/main/java/dev/datawarden/fixtures/discovery/ChineseLabelsSample.java"))
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

  private static String category(String label) {
    return NAMES.matchLabel(label).map(m -> m.suggestion().category() + " " + m.term()).orElse("-");
  }

  @Test
  void theHeadNounDecides() {
    assertEquals("PHONE 电话", category("联系人电话"));
    assertEquals("NAME 联系人", category("紧急联系人"));
    assertEquals("ADDRESS 收货地址", category("收货人的收货地址"));
    assertEquals("EMAIL 邮箱地址", category("邮箱地址"));
    assertEquals("IP_ADDRESS IP地址", category("登录IP地址"));
    assertEquals("PHOTO 头像地址", category("用户头像地址"));
    assertEquals("ID_NUMBER 身份证号", category("身份证号码"));
    assertEquals("BIOMETRIC 人脸照片", category("人脸照片"));
    assertEquals("FINANCIAL_ACCOUNT 银行账号", category("银行账号"));
    assertEquals("DEVICE_ID IMEI", category("设备IMEI"));
  }

  @Test
  void infrastructureFilesAndFlagsAreNotPersonal() {
    for (String label : new String[] {"服务器IP", "回调地址", "图片地址", "文件名称", "是否实名", "手机号长度", "客服电话",
        "系统默认密码", "ZIP", "ipv6 enabled", "故障诊断", "排序位置"}) {
      assertEquals(Optional.empty(), NAMES.matchLabel(label), label);
    }
    assertTrue(NAMES.matchLabel("zip code").isEmpty(), "a Latin term is a whole word");
  }

  @Test
  void aPersonNamedFirstIsNotTheHead() {
    assertEquals("NAME 收货人", category("收货人"));
    assertEquals("NAME 联系人", category("紧急联系人（必填）"));
    assertEquals("NAME 收货人", category("收货人：必填"), "what follows a colon explains");
    assertEquals("-", category("收货人邮编"), "a postcode names an area, as s8 in the sample");
    assertEquals("PHONE 电话", category("收货人电话"));
    assertEquals("-", category("收货人城市"));
    assertEquals("-", category("监护人城市"));
    assertEquals("NAME 收货人", category("收货人名称"), "the receiver's name, in other words");
  }

  @Test
  void thePartsOfAPageAreNotPeople() {
    for (String label : new String[] {"轮播位置：0->PC首页轮播；1->app首页轮播", "首页横幅位置", "弹窗位置", "按钮图标地址"}) {
      assertEquals(Optional.empty(), NAMES.matchLabel(label), label);
    }
    assertEquals("LOCATION 所在地", category("收货人所在地"));
    assertEquals("LOCATION 位置", category("用户当前位置"));
  }
}
