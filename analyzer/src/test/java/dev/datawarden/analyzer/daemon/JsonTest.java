package dev.datawarden.analyzer.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.datawarden.analyzer.Finding;
import dev.datawarden.analyzer.Location;
import dev.datawarden.analyzer.PathStep;
import dev.datawarden.analyzer.Problem;
import dev.datawarden.analyzer.Severity;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The daemon's own JSON: what it writes comes back as it was, and what is not JSON is refused with a reason. */
class JsonTest {

  @Test
  void everyStringComesBackAsItWas() {
    // contract: quotes, backslashes, control characters, non-ASCII, a surrogate pair and an unpaired surrogate
    for (String s : List.of("", "plain", "a \"quoted\" \\ back\\slash", "tab\tline\nreturn\r\u0000\u001f/",
        "中华人民共和国 é ü", "emoji \uD83D\uDE00", "unpaired \uD800 surrogate", "C:\\Users\\dev\\Shop.java")) {
      String json = Json.write(s);
      assertTrue(json.chars().allMatch(c -> c >= 0x20 && c < 0x7f), json);
      assertEquals(s, Json.parse(json));
    }
  }

  @Test
  void objectsArraysNumbersAndLiteralsComeBackInTheirOrder() {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("z", 1L);
    value.put("a", List.of(true, false, -42L, Long.MAX_VALUE));
    value.put("nothing", null);
    value.put("nested", Map.of("list", List.of()));
    value.put("empty", Map.of());

    Object back = Json.parse(Json.write(value));

    assertEquals(value, back);
    assertEquals(List.of("z", "a", "nothing", "nested", "empty"), List.copyOf(((Map<?, ?>) back).keySet()));
    assertEquals(2.5e3, Json.parse(" 2.5e3 "));
    assertEquals(Map.of("a", Arrays.asList(1L, null, "x")), Json.parse("{ \"a\" :\n[1 ,null,\t\"\\u0078\"] }"));
  }

  @Test
  void whatIsNoJsonIsRefusedWithWhereItFails() {
    for (String text : List.of("", "hello", "{", "{\"a\" 1}", "{\"a\":1,}", "[1 2]", "[1,]", "\"open", "\"\\x\"",
        "\"\\u12g4\"", "\"\\u+041\"", "tru", "nul", "-", "1.2.3", "{} {}", "{a:1}", "\"new\nline\"",
        "[".repeat(100) + "]".repeat(100))) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.parse(text), text);
      assertTrue(e.getMessage().contains("at offset"), e::getMessage);
    }
  }

  @Test
  void membersOfAnotherTypeAreRefused() {
    Map<String, Object> json = Json.object(Json.parse("{\"n\":\"1\",\"s\":1,\"b\":\"true\",\"l\":[1],\"big\":4294967296}"),
        "test");
    assertThrows(IllegalArgumentException.class, () -> Json.number(json, "n", 0));
    assertThrows(IllegalArgumentException.class, () -> Json.text(json, "s"));
    assertThrows(IllegalArgumentException.class, () -> Json.flag(json, "b"));
    assertThrows(IllegalArgumentException.class, () -> Json.texts(json, "l"));
    assertThrows(IllegalArgumentException.class, () -> Json.integer(json, "big", 0));
    assertThrows(IllegalArgumentException.class, () -> Json.object(List.of(), "a list"));
    assertEquals(7, Json.integer(json, "absent", 7));
  }

  @Test
  void anAnswerComesBackEqual() {
    Location at = new Location("src/main/java/shop/Orders.java", 12, 5);
    Finding finding = new Finding("PersonalInfoLogged", Severity.CRITICAL, "phone \"logged\" (Art. 51)", at,
        List.of(new PathStep(new Location("src/main/java/shop/User.java", 3, 0), "read User.phone"),
            new PathStep(at, "log.info")));
    Problem problem = new Problem(Problem.Kind.CATALOG, new Location("datawarden.yml", 0, 0), "unknown role");
    Map<String, Long> phases = new LinkedHashMap<>();
    phases.put("model", 700L);
    phases.put("flow", 3L);
    DaemonAnswer answer = new DaemonAnswer(false, null, List.of(finding), List.of(problem), phases);

    DaemonAnswer back = DaemonAnswer.fromJson(answer.toJson());

    assertEquals(answer, back);
    assertEquals(List.of("model", "flow"), List.copyOf(back.phaseMillis().keySet()));
    assertEquals(DaemonAnswer.refusal(), DaemonAnswer.fromJson(DaemonAnswer.refusal().toJson()));
  }

  @Test
  void aRequestComesBackEqualNullsIncluded() {
    DaemonRequest request = new DaemonRequest("t", List.of("/src"), List.of(), List.of("/res"), null,
        List.of("/a.yml"), 11, "/base", List.of("PersonalInfoLogged"));
    assertEquals(request, DaemonRequest.fromJson(request.toJson()));
    assertEquals(new DaemonRequest("t", null, null, null, null, null, 0, null, null),
        DaemonRequest.fromJson("{\"token\":\"t\"}"));
  }
}
