package dev.datawarden.analyzer.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.datawarden.analyzer.rules.discovery.SuggestedAnnotation;
import dev.datawarden.annotations.PersonalInfoCategory;
import dev.datawarden.annotations.SensitiveCategory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Suggestions merged into a catalog keep its comments, key order and entry styles, and are added once. */
class CatalogEntriesTest {
  private static final String NOTE = "suggested by datawarden annotate: replace TODO";
  private static final CatalogEntries.Entry MOBILE = new CatalogEntries.Entry("com.shop.gen.Member#mobile",
      SuggestedAnnotation.personalInfo(PersonalInfoCategory.PHONE));
  private static final CatalogEntries.Entry CARD = new CatalogEntries.Entry("com.shop.gen.Member$Card#number",
      SuggestedAnnotation.sensitive(SensitiveCategory.FINANCIAL_ACCOUNT));

  private static final String CATALOG = """
      # The shop's catalog: code we cannot annotate.
      # Keep entries sorted by team.

      thirdPartyTransfer:
        - {method: "com.aliyun.sms.SmsClient#send", recipient: "Aliyun SMS", agreement: "DPA-2024-017"}
        # an S3 bucket in an AWS China region
        - {method: "software.amazon.awssdk.services.s3.S3Client#putObject", recipient: "AWS China", agreement: "DPA-7"}

      personalInfo:
        - {field: "com.shop.crm.ContactRecord#mobile", category: PHONE, purposes: [crm], retention: P3Y}
        # HR data
        - {field: "com.shop.hr.Employee#bankCard", category: OTHER, retention: P5Y}  # payroll
      sink:
        - {type: com.vendor.analytics.Tracker, kind: NETWORK}   # LOG, STORAGE, NETWORK
      consentCheck:
        - type: com.shop.aop.RequireConsent
          purposes:
            - marketing
      """;

  @Test
  void entriesJoinTheirSectionKeepingCommentsOrderAndStyles() throws Exception {
    // contract: a real round trip of the node tree: comments, blank lines, key order and flow or block
    // style of every entry stay; the new entries go at the end of their section, a missing section at the end
    String after = CatalogEntries.merge(CATALOG, List.of(MOBILE, CARD), NOTE);
    assertEquals("""
        # The shop's catalog: code we cannot annotate.
        # Keep entries sorted by team.

        thirdPartyTransfer:
          - {method: "com.aliyun.sms.SmsClient#send", recipient: "Aliyun SMS", agreement: "DPA-2024-017"}
          # an S3 bucket in an AWS China region
          - {method: "software.amazon.awssdk.services.s3.S3Client#putObject", recipient: "AWS China", agreement: "DPA-7"}

        personalInfo:
          - {field: "com.shop.crm.ContactRecord#mobile", category: PHONE, purposes: [crm], retention: P3Y}
          # HR data
          - {field: "com.shop.hr.Employee#bankCard", category: OTHER, retention: P5Y} # payroll
          # suggested by datawarden annotate: replace TODO
          - {field: "com.shop.gen.Member#mobile", category: PHONE, purposes: [TODO], retention: TODO}
        sink:
          - {type: com.vendor.analytics.Tracker, kind: NETWORK} # LOG, STORAGE, NETWORK
        consentCheck:
          - type: com.shop.aop.RequireConsent
            purposes:
              - marketing
        sensitive:
          - {field: "com.shop.gen.Member$Card#number", value: FINANCIAL_ACCOUNT, purposes: [TODO], retention: TODO}
        """, after);
  }

  @Test
  void runningAgainAddsNothing() throws Exception {
    String once = CatalogEntries.merge(CATALOG, List.of(MOBILE, CARD), NOTE);
    assertEquals(once, CatalogEntries.merge(once, List.of(MOBILE, CARD), NOTE));
    assertEquals(CATALOG, CatalogEntries.merge(CATALOG, List.of(), NOTE), "nothing to add: the text as it was");
  }

  @Test
  void aFieldTheCatalogDeclaresGetsNoSecondEntry() throws Exception {
    String declared = "personalInfo:\n  - {field: \"com.shop.gen.Member#mobile\", category: NAME}\n";
    assertEquals(declared, CatalogEntries.merge(declared, List.of(MOBILE), NOTE));
  }

  @Test
  void aNewCatalogAndAnEmptySection() throws Exception {
    assertEquals("""
        personalInfo:
          # note
          - {field: "com.shop.gen.Member#mobile", category: PHONE, purposes: [TODO], retention: TODO}
        """, CatalogEntries.merge("", List.of(MOBILE), "note"));
    assertEquals("""
        # mine
        personalInfo:
          # to fill
          # note
          - {field: "com.shop.gen.Member#mobile", category: PHONE, purposes: [TODO], retention: TODO}
        """, CatalogEntries.merge("# mine\npersonalInfo: # to fill\n", List.of(MOBILE), "note"));
  }

  @Test
  void aSectionAddedAfterAnInlineComment() throws Exception {
    assertEquals("""
        # top

        sink:
          - {type: a.B, kind: LOG} # ours
        personalInfo:
          # note
          - {field: "com.shop.gen.Member#mobile", category: PHONE, purposes: [TODO], retention: TODO}
        """, CatalogEntries.merge("# top\n\nsink:\n  - {type: a.B, kind: LOG}   # ours\n", List.of(MOBILE), "note"));
  }

  @Test
  void dashesAtTheKeysColumnStayThere() throws Exception {
    assertEquals("""
        personalInfo:
        - {field: "a.B#c", category: NAME}
        # note
        - {field: "com.shop.gen.Member#mobile", category: PHONE, purposes: [TODO], retention: TODO}
        """, CatalogEntries.merge("personalInfo:\n- {field: \"a.B#c\", category: NAME}\n", List.of(MOBILE), "note"));
  }

  @Test
  void windowsLineEndingsStay() throws Exception {
    String after = CatalogEntries.merge("# a\r\npersonalInfo:\r\n  - {field: \"a.B#c\", category: NAME}\r\n",
        List.of(MOBILE), "note");
    assertEquals(after.split("\n").length, after.split("\r\n").length);
  }

  @Test
  void whatIsNoCatalogIsNotTouched() {
    assertThrows(CatalogEntries.NotMergeable.class, () -> CatalogEntries.merge("- a\n- b\n", List.of(MOBILE), "n"));
    assertThrows(CatalogEntries.NotMergeable.class, () -> CatalogEntries.merge("personalInfo: [\n", List.of(MOBILE), "n"));
    assertThrows(CatalogEntries.NotMergeable.class,
        () -> CatalogEntries.merge("personalInfo: yes\n", List.of(MOBILE), "n"));
  }
}
