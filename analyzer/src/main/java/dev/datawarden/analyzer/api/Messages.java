package dev.datawarden.analyzer.api;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeSet;

/**
 * The texts of one resource bundle in one language: English (the base bundle) or Simplified
 * Chinese ({@code _zh}). Bundles are UTF-8 {@code .properties} files read by the JDK; every text
 * is a {@link MessageFormat} pattern, so a literal apostrophe is written {@code ''}. The JVM's own
 * locale never leaks into a lookup: a language other than Chinese gets the English base bundle.
 */
public final class Messages {
  /** The languages DataWarden writes. */
  public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
  private static final String[] CHINESE_DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  private static final List<String> ROMAN = List.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x");

  private final ResourceBundle bundle;
  private final Locale locale;

  private Messages(ResourceBundle bundle, Locale locale) {
    this.bundle = bundle;
    this.locale = locale;
  }

  /**
   * The bundle {@code baseName} (e.g. {@code dev.datawarden.analyzer.rules.messages}) in {@code locale},
   * loaded by {@code loader}.
   */
  public static Messages of(String baseName, Locale locale, ClassLoader loader) {
    Locale supported = supported(locale);
    return new Messages(ResourceBundle.getBundle(baseName, supported, loader, NO_FALLBACK), supported);
  }

  /** The bundle {@code baseName} of the analyzer in {@code locale}. */
  public static Messages of(String baseName, Locale locale) {
    return of(baseName, locale, Messages.class.getClassLoader());
  }

  /**
   * The locale a user named ({@code zh-CN}, {@code zh_CN}, {@code zh}, {@code en}); blank means
   * {@link #defaultLocale()}. A language DataWarden does not write is a {@link SettingException} naming the choices.
   */
  public static Locale parse(String tag) {
    if (tag == null || tag.isBlank()) {
      return defaultLocale();
    }
    Locale wanted = Locale.forLanguageTag(tag.trim().replace('_', '-'));
    return switch (wanted.getLanguage()) {
      case "zh" -> Locale.SIMPLIFIED_CHINESE;
      case "en" -> Locale.ENGLISH;
      default -> throw new SettingException("unsupportedLocale", tag.trim());
    };
  }

  /** The JVM's locale when DataWarden writes its language, English otherwise. */
  public static Locale defaultLocale() {
    return supported(Locale.getDefault());
  }

  private static Locale supported(Locale locale) {
    return locale != null && locale.getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
  }

  public Locale locale() {
    return locale;
  }

  public boolean chinese() {
    return locale.getLanguage().equals("zh");
  }

  /** The text {@code key} with {@code args} filled in; a missing key is a bug in DataWarden. */
  public String text(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("no text '" + key + "' for " + locale.toLanguageTag(), e);
    }
    return new MessageFormat(pattern, locale).format(args);
  }

  /** Whether the bundle has {@code key}. */
  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  /** Every text of the bundle without arguments, by key, for templates. */
  public Map<String, String> all() {
    Map<String, String> texts = new LinkedHashMap<>();
    for (String key : new TreeSet<>(bundle.keySet())) {
      texts.put(key, text(key));
    }
    return texts;
  }

  /**
   * How an article list is cited: {@code Art. 12, 33} in English, {@code 第十二条、第三十三条} in
   * Chinese, sub-paragraphs as {@code 第二十二条第（二）项}; empty for no articles.
   */
  public String articles(List<String> articles) {
    if (articles.isEmpty()) {
      return "";
    }
    if (!chinese()) {
      return "Art. " + String.join(", ", articles);
    }
    List<String> cited = new ArrayList<>();
    for (String a : articles) {
      cited.add(chineseArticle(a));
    }
    return String.join("、", cited);
  }

  /** {@code 22(iv)(vi)} as {@code 第二十二条第（四）项、第（六）项}. */
  static String chineseArticle(String article) {
    int paren = article.indexOf('(');
    String number = paren < 0 ? article : article.substring(0, paren);
    StringBuilder out = new StringBuilder("第").append(chineseNumber(Integer.parseInt(number))).append("条");
    if (paren >= 0) {
      List<String> items = new ArrayList<>();
      for (String item : article.substring(paren + 1, article.length() - 1).split("\\)\\(")) {
        int n = ROMAN.indexOf(item) + 1;
        items.add("第（" + (n > 0 ? chineseNumber(n) : item) + "）项");
      }
      out.append(String.join("、", items));
    }
    return out.toString();
  }

  /** 1 to 999 in Chinese numerals as laws number their articles: 十二, 二十二, 一百零五. */
  static String chineseNumber(int n) {
    if (n <= 0 || n >= 1000) {
      return Integer.toString(n);
    }
    StringBuilder out = new StringBuilder();
    int hundreds = n / 100;
    int tens = n / 10 % 10;
    int ones = n % 10;
    if (hundreds > 0) {
      out.append(CHINESE_DIGITS[hundreds]).append("百");
      if (tens == 0 && ones > 0) {
        out.append("零");
      }
    }
    if (tens > 0) {
      if (tens > 1 || hundreds > 0) {
        out.append(CHINESE_DIGITS[tens]);
      }
      out.append("十");
    }
    if (ones > 0) {
      out.append(CHINESE_DIGITS[ones]);
    }
    return out.toString();
  }
}
