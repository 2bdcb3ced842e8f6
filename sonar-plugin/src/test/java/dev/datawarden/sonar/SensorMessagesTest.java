package dev.datawarden.sonar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The sensor's log lines and warnings exist in both languages, and the code writes none of its own. */
class SensorMessagesTest {
  private static Properties load(String resource) throws IOException {
    try (InputStream in = SensorMessagesTest.class.getResourceAsStream(resource)) {
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    }
  }

  @Test
  void everyKeyHasBothLanguages() throws IOException {
    Properties en = load("/dev/datawarden/sonar/messages.properties");
    Properties zh = load("/dev/datawarden/sonar/messages_zh.properties");
    assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(zh.stringPropertyNames()));
    for (Properties p : List.of(en, zh)) {
      for (String key : p.stringPropertyNames()) {
        new MessageFormat(p.getProperty(key)); // a malformed pattern throws
        assertTrue(!p.getProperty(key).replace("''", "").contains("'"), key + ": a lone ' (write '')");
      }
    }
  }

  /** Every text the sensor names is in both languages, and it logs no literal text of its own. */
  @Test
  void everyMessageTheSensorWritesIsInTheBundle() throws IOException {
    Properties en = load("/dev/datawarden/sonar/messages.properties");
    Properties zh = load("/dev/datawarden/sonar/messages_zh.properties");
    Set<String> named = new TreeSet<>();
    Pattern text = Pattern.compile("t\\.text\\(\"([A-Za-z.]+)\"");
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(f -> f.toString().endsWith("Sensor.java")).toList()) {
        String code = Files.readString(f);
        Matcher m = text.matcher(code);
        while (m.find()) {
          named.add(m.group(1));
        }
        assertTrue(!Pattern.compile("LOG\\.(info|warn|error)\\(\"|warnings\\.add\\(\"").matcher(code).find(),
            f + " writes a message in code, not from the bundle");
      }
    }
    assertTrue(named.size() >= 8, named.toString());
    assertEquals(List.of(), named.stream().filter(k -> !en.containsKey(k) || !zh.containsKey(k)).toList());
  }
}
