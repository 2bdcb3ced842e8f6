package p;

import dev.datawarden.annotations.PersonalInfo;
import dev.datawarden.annotations.PersonalInfoCategory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Java 17-21 code: data taken apart by a type pattern, a record pattern (nested too) or a pattern
 * of a switch is followed into the variables they bind; the other components stay clean. Read at
 * language level 21: kept out of the fixtures module, which compiles at 17.
 */
public class PatternsSample {
  private static final Logger log = LoggerFactory.getLogger(PatternsSample.class);

  record Contact(@PersonalInfo(category = PersonalInfoCategory.PHONE, retention = "P1Y") String phone, String nick) {}

  record Envelope(Contact to, String subject) {}

  sealed interface Message permits Sms, Note {}

  record Sms(Contact to, String text) implements Message {}

  record Note(String text) implements Message {}

  void typePattern(Object o) {
    if (o instanceof Contact c) {
      log.info(c.toString()); // Noncompliant: PersonalInfoLogged {{PHONE}}
    }
  }

  void recordPattern(Object o) {
    if (o instanceof Contact(var phone, var nick)) {
      log.info(phone); // Noncompliant: PersonalInfoLogged {{PHONE}}
      log.info(nick); // Compliant: the other component
    }
  }

  void nestedRecordPattern(Object o) {
    if (o instanceof Envelope(Contact(String phone, String nick), String subject)) {
      log.info(phone); // Noncompliant: PersonalInfoLogged {{PHONE}}
      log.info(subject + nick); // Compliant
    }
  }

  void switchOverSealedHierarchy(Message m) {
    switch (m) {
      case Sms(Contact(var phone, var nick), var text) -> log.info("to {}", phone); // Noncompliant: PersonalInfoLogged {{PHONE}}
      case Note(var text) -> log.info(text); // Compliant
    }
  }

  String switchExpression(Object o) {
    String shown = switch (o) {
      case Contact c when c.nick() != null -> c.nick();
      case Contact c -> "?";
      default -> "none";
    };
    log.info(shown); // Compliant: only nicknames
    return shown;
  }

  void textBlock(Contact c) {
    String text = """
        phone: %s
        """.formatted(c.phone());
    log.info(text); // Noncompliant: PersonalInfoLogged {{PHONE}}
  }
}
