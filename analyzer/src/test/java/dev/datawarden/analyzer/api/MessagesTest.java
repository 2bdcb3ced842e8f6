package dev.datawarden.analyzer.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {

  // contract: what users write on every front end names one of the two languages, or fails
  @Test
  void parsesWhatUsersWrite() {
    assertEquals(Locale.SIMPLIFIED_CHINESE, Messages.parse("zh-CN"));
    assertEquals(Locale.SIMPLIFIED_CHINESE, Messages.parse("zh_CN"));
    assertEquals(Locale.SIMPLIFIED_CHINESE, Messages.parse(" zh "));
    assertEquals(Locale.ENGLISH, Messages.parse("en"));
    assertEquals(Locale.ENGLISH, Messages.parse("en-US"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Messages.parse("fr"));
    assertEquals("unsupported locale 'fr'; use en or zh-CN", e.getMessage());
  }

  // contract: a blank option means the JVM's locale when it is Chinese, English otherwise
  @Test
  void defaultFollowsTheJvmOnlyForSupportedLanguages() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.CHINA);
      assertEquals(Locale.SIMPLIFIED_CHINESE, Messages.parse(""));
      Locale.setDefault(Locale.GERMANY);
      assertEquals(Locale.ENGLISH, Messages.parse(null));
      // the JVM's locale never picks the bundle behind an explicit English request
      Locale.setDefault(Locale.CHINA);
      assertEquals("Art. 22", Messages.of("dev.datawarden.analyzer.rules.messages", Locale.ENGLISH)
          .articles(List.of("22")));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void citesArticlesAsTheRegulationNumbersThem() {
    Messages zh = Messages.of("dev.datawarden.analyzer.rules.messages", Locale.SIMPLIFIED_CHINESE);
    assertEquals("第二十二条", zh.articles(List.of("22")));
    assertEquals("第十二条、第三十三条", zh.articles(List.of("12", "33")));
    assertEquals("第二十一条第（三）项", zh.articles(List.of("21(iii)")));
    assertEquals("第二十二条第（四）项、第（六）项", zh.articles(List.of("22(iv)(vi)")));
    assertEquals("第九条", zh.articles(List.of("9")));
    assertEquals("第十条", zh.articles(List.of("10")));
    assertEquals("第三十五条", zh.articles(List.of("35")));
    assertEquals("", zh.articles(List.of()));
    assertEquals("一百零五", Messages.chineseNumber(105));
    assertEquals("一百一十", Messages.chineseNumber(110));
    Messages en = Messages.of("dev.datawarden.analyzer.rules.messages", Locale.ENGLISH);
    assertEquals("Art. 12, 33", en.articles(List.of("12", "33")));
  }
}
