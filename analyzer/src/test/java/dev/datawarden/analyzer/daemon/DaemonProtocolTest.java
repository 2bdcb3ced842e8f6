package dev.datawarden.analyzer.daemon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.datawarden.analyzer.AnalysisRequest;
import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.api.PathStep;
import dev.datawarden.analyzer.api.Problem;
import dev.datawarden.analyzer.api.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UTFDataFormatException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The binary form of the daemon's requests and answers: what is written comes back equal, and what
 * is not a request or an answer of this protocol version is an {@link IOException}, never another
 * exception and never a huge allocation.
 */
class DaemonProtocolTest {
  /** 30,000 Chinese characters: 90,000 bytes of UTF-8, beyond one {@code writeUTF}. */
  private static final String LONG_CHINESE =
      "中华人民共和国个人信息保护法".repeat(30_000 / 14 + 1).substring(0, 30_000);
  /** 100,000 ASCII characters with a surrogate pair across the boundary of the first chunk. */
  private static final String LONG_WITH_PAIR = "x".repeat(DaemonProtocol.CHUNK_CHARS - 1) + "\uD83D\uDE00"
      + "y".repeat(100_000 - DaemonProtocol.CHUNK_CHARS - 1);

  @Test
  void everyStringComesBackAsItWas() throws IOException {
    // contract: empty, non-ASCII, a surrogate pair, an unpaired surrogate, NUL, exactly one chunk,
    // and strings longer than the 65,535 bytes of one writeUTF
    for (String s : List.of("", "plain", "中华人民共和国 é ü", "emoji \uD83D\uDE00",
        "unpaired \uD800 surrogate", "nul \u0000 tab\t", "C:\\Users\\dev\\Shop.java",
        "中".repeat(DaemonProtocol.CHUNK_CHARS), "中".repeat(DaemonProtocol.CHUNK_CHARS + 1), LONG_CHINESE,
        LONG_WITH_PAIR)) {
      byte[] bytes = bytes(out -> DaemonProtocol.writeString(out, s));
      DataInputStream in = input(bytes);

      assertEquals(s, DaemonProtocol.readString(in), () -> s.length() + " chars");
      assertEquals(-1, in.read());
    }
  }

  @Test
  void aRequestComesBackEqual() throws IOException {
    DaemonRequest request = new DaemonRequest("t0ken", List.of("/src", "/源代码/" + LONG_CHINESE), List.of(),
        List.of("/res"), List.of("/lib/a.jar", "/lib/" + LONG_WITH_PAIR + ".jar"), List.of("/a.yml"), 11, "/base",
        List.of("PersonalInfoLogged"));

    assertEquals(request, roundTrip(request));
  }

  @Test
  void theSourcesEncodingTravelsWithTheRequest() throws IOException {
    // contract: a GBK project analysed by the daemon is read in GBK, not in the daemon's default
    AnalysisRequest request = AnalysisRequest.builder().addSourceRoot(Path.of("/src")).baseDirectory(Path.of("/base"))
        .encoding(Charset.forName("GBK")).build();

    DaemonRequest sent = DaemonRequest.of("t", request);
    DaemonRequest received = roundTrip(sent);

    assertEquals("GBK", received.encoding());
    assertEquals(Charset.forName("GBK"), received.toAnalysisRequest().encoding());
  }

  @Test
  void theEngineModeAndTheLanguageTravelWithTheRequest() throws IOException {
    // contract: --exhaustive-flow and the findings' language reach the daemon's analysis, not its defaults
    AnalysisRequest request = AnalysisRequest.builder().addSourceRoot(Path.of("/src")).baseDirectory(Path.of("/base"))
        .exhaustiveFlow(true).locale(Locale.SIMPLIFIED_CHINESE).build();

    DaemonRequest received = roundTrip(DaemonRequest.of("t", request));

    assertTrue(received.exhaustiveFlow());
    assertTrue(received.toAnalysisRequest().exhaustiveFlow());
    assertEquals(Locale.SIMPLIFIED_CHINESE, received.toAnalysisRequest().locale());
    assertEquals(request, received.toAnalysisRequest());
    AnalysisRequest byDefault = AnalysisRequest.builder().addSourceRoot(Path.of("/src")).baseDirectory(Path.of("/base"))
        .build();
    assertFalse(roundTrip(DaemonRequest.of("t", byDefault)).toAnalysisRequest().exhaustiveFlow());
  }

  @Test
  void aRequestInAnEncodingTheDaemonDoesNotKnowIsRefusedWithItsName() throws IOException {
    DaemonRequest request = new DaemonRequest("t", List.of("/src"), List.of(), List.of(), null, List.of(), 17, "/base",
        List.of(), "en", "NO-SUCH-CHARSET");

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> roundTrip(request).toAnalysisRequest());
    assertTrue(e.getMessage().contains("'NO-SUCH-CHARSET'"), e::getMessage);
  }

  @Test
  void aRequestOfTheFormerVersionWithoutEncodingIsRefused() throws IOException {
    // contract: a processor of the former protocol (no encoding) is told apart by the version, not misread
    byte[] former = bytes(new DaemonRequest("t", List.of("/src"), List.of(), List.of(), null, List.of(), 0, "",
        List.of())::write);
    former[3] = (byte) (DaemonProtocol.VERSION - 1);

    assertMessage("a request of protocol version " + (DaemonProtocol.VERSION - 1), () -> DaemonRequest.read(input(former)));
  }

  @Test
  void aRequestWithoutClassPathAndWithEmptyListsComesBackEqual() throws IOException {
    // contract: no class path (null) and an empty class path are different requests, and both arrive
    DaemonRequest noClasspath = new DaemonRequest("t", List.of("/src"), List.of(), List.of(), null, List.of(), 0,
        "", List.of());
    DaemonRequest emptyClasspath = new DaemonRequest("t", List.of("/src"), List.of(), List.of(), List.of(),
        List.of(), 0, "", List.of());

    assertNull(roundTrip(noClasspath).classpath());
    assertEquals(noClasspath, roundTrip(noClasspath));
    assertEquals(List.of(), roundTrip(emptyClasspath).classpath());
  }

  @Test
  void anAnswerComesBackEqualInItsOrder() throws IOException {
    Location at = new Location("src/main/java/shop/Orders.java", 12, 5);
    Finding finding = new Finding("PersonalInfoLogged", Severity.CRITICAL,
        "手机号 \"logged\" (Art. 51) " + LONG_CHINESE, at,
        List.of(new PathStep(new Location("src/main/java/shop/User.java", 3, 0), "read User.phone"),
            new PathStep(at, LONG_WITH_PAIR)));
    Finding single = new Finding("MissingConsentCheck", Severity.INFO, "", new Location("", 0, 0), List.of());
    Problem problem = new Problem(Problem.Kind.CATALOG, new Location("datawarden.yml", 0, 0), "unknown role");
    Map<String, Long> phases = new LinkedHashMap<>();
    phases.put("model", 700L);
    phases.put("flow", 3L);
    phases.put("call graph", Long.MAX_VALUE);
    Map<String, Long> rules = new LinkedHashMap<>();
    rules.put("OverCollection", 12L);
    rules.put("MissingConsentCheck", 0L);
    DaemonAnswer answer = new DaemonAnswer(false, null, List.of(finding, single), List.of(problem), phases, rules);

    DaemonAnswer back = roundTrip(answer);

    assertEquals(answer, back);
    assertEquals(List.of("model", "flow", "call graph"), List.copyOf(back.phaseMillis().keySet()));
    assertEquals(List.of("OverCollection", "MissingConsentCheck"), List.copyOf(back.ruleMillis().keySet()));
  }

  @Test
  void emptyRefusedAndFailedAnswersComeBackEqual() throws IOException {
    // contract: the error is absent (null), present, or present and empty, and each arrives as it was
    for (DaemonAnswer answer : List.of(new DaemonAnswer(false, null, List.of(), List.of(), Map.of()),
        DaemonAnswer.refusal(), DaemonAnswer.failed("bad request: 源 " + LONG_CHINESE), DaemonAnswer.failed(""))) {
      assertEquals(answer, roundTrip(answer));
    }
  }

  @Test
  void everyTruncatedAnswerIsAnEndOfStream() throws IOException {
    Finding finding = new Finding("PersonalInfoLogged", Severity.MAJOR, "phone", new Location("A.java", 1, 2),
        List.of(new PathStep(new Location("B.java", 3, 4), "read")));
    Problem problem = new Problem(Problem.Kind.SOURCE, new Location("src", 0, 0), "no Java file");
    byte[] whole = bytes(new DaemonAnswer(false, "e", List.of(finding), List.of(problem), Map.of("model", 1L))::write);

    for (int length = 0; length < whole.length; length++) {
      byte[] cut = Arrays.copyOf(whole, length);
      assertThrows(EOFException.class, () -> DaemonAnswer.read(input(cut)), () -> "cut at " + cut.length);
    }
  }

  @Test
  void everyTruncatedRequestIsAnEndOfStream() throws IOException {
    byte[] whole = bytes(new DaemonRequest("t", List.of("/src"), List.of("/c"), List.of("/r"), List.of("/a.jar"),
        List.of("/a.yml"), 17, "/base", List.of("PersonalInfoLogged"))::write);

    for (int length = 0; length < whole.length; length++) {
      byte[] cut = Arrays.copyOf(whole, length);
      assertThrows(EOFException.class, () -> DaemonRequest.read(input(cut)), () -> "cut at " + cut.length);
    }
  }

  @Test
  void anotherVersionIsRefused() throws IOException {
    byte[] answer = bytes(DaemonAnswer.failed("x")::write);
    answer[3] = (byte) (DaemonProtocol.VERSION + 1);
    byte[] request = bytes(new DaemonRequest("t", List.of(), List.of(), List.of(), null, List.of(), 0, "",
        List.of())::write);
    request[0] = (byte) 0x80;

    assertMessage("an answer of protocol version " + (DaemonProtocol.VERSION + 1),
        () -> DaemonAnswer.read(input(answer)));
    assertMessage("a request of protocol version " + (0x80000000 | DaemonProtocol.VERSION),
        () -> DaemonRequest.read(input(request)));
    assertMessage("an answer of protocol version 2065855077", // {"re, an answer of the JSON days
        () -> DaemonAnswer.read(input("{\"refused\":false}".getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void unknownEnumNamesAreRefused() throws IOException {
    byte[] severity = bytes(out -> {
      answerHeader(out);
      out.writeInt(1);
      DaemonProtocol.writeString(out, "PersonalInfoLogged");
      DaemonProtocol.writeString(out, "SEVERE");
    });
    byte[] kind = bytes(out -> {
      answerHeader(out);
      out.writeInt(0);
      out.writeInt(1);
      DaemonProtocol.writeString(out, "NO_SUCH_KIND");
    });

    assertMessage("an unknown Severity 'SEVERE'", () -> DaemonAnswer.read(input(severity)));
    assertMessage("an unknown Kind 'NO_SUCH_KIND'", () -> DaemonAnswer.read(input(kind)));
  }

  @Test
  void negativeOrAbsurdCountsAndLengthsAreRefusedBeforeAllocating() throws IOException {
    // contract: what a count or length announces is checked before anything is allocated for it,
    // and nothing is allocated beyond what the stream actually holds
    for (int count : List.of(-1, Integer.MIN_VALUE, DaemonProtocol.MAX_COUNT + 1, Integer.MAX_VALUE)) {
      byte[] findings = bytes(out -> {
        answerHeader(out);
        out.writeInt(count);
      });
      assertMessage("a count of " + count, () -> DaemonAnswer.read(input(findings)));
    }
    // a token is read before the request, and is short
    for (int length : List.of(-1, DaemonProtocol.MAX_TOKEN_CHARS + 1, Integer.MAX_VALUE)) {
      byte[] token = bytes(out -> {
        out.writeInt(DaemonProtocol.VERSION);
        out.writeInt(length);
      });
      assertMessage("a string of " + length + " characters", () -> DaemonRequest.read(input(token)));
    }
    byte[] announcedButAbsent = bytes(out -> {
      out.writeInt(DaemonProtocol.VERSION);
      out.writeInt(DaemonProtocol.MAX_TOKEN_CHARS);
    });
    assertThrows(EOFException.class, () -> DaemonRequest.read(input(announcedButAbsent)));
  }

  @Test
  void malformedFlagsAndStringsAreRefused() throws IOException {
    byte[] flag = bytes(out -> {
      out.writeInt(DaemonProtocol.VERSION);
      out.writeByte(7);
    });
    byte[] shortChunks = bytes(out -> {
      out.writeInt(DaemonProtocol.VERSION);
      out.writeInt(2);
      out.writeUTF("abc");
    });
    byte[] emptyChunk = bytes(out -> {
      out.writeInt(DaemonProtocol.VERSION);
      out.writeInt(2);
      out.writeUTF("");
    });
    byte[] notUtf = bytes(out -> {
      out.writeInt(DaemonProtocol.VERSION);
      out.writeInt(1);
      out.writeShort(1);
      out.writeByte(0xff);
    });

    assertMessage("a flag of 7", () -> DaemonAnswer.read(input(flag)));
    assertMessage("a string whose parts do not make up its 2 characters",
        () -> DaemonRequest.read(input(shortChunks)));
    assertMessage("a string whose parts do not make up its 2 characters",
        () -> DaemonRequest.read(input(emptyChunk)));
    assertThrows(UTFDataFormatException.class, () -> DaemonRequest.read(input(notUtf)));
  }

  @Test
  void theVersionIsTheFirstFourBytes() throws IOException {
    // contract: a reader of any later version can tell the version before anything else
    byte[] answer = bytes(DaemonAnswer.refusal()::write);
    byte[] request = bytes(new DaemonRequest("t", List.of(), List.of(), List.of(), null, List.of(), 0, "",
        List.of())::write);
    byte[] version = {0, 0, 0, (byte) DaemonProtocol.VERSION};

    assertArrayEquals(version, Arrays.copyOf(answer, 4));
    assertArrayEquals(version, Arrays.copyOf(request, 4));
  }

  /** Something that writes to a {@link DataOutputStream}; shared with {@link AnalysisDaemonTest}. */
  interface Writing {
    void to(DataOutputStream out) throws IOException;
  }

  /** What {@code writing} writes. */
  static byte[] bytes(Writing writing) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    writing.to(out);
    out.flush();
    return bytes.toByteArray();
  }

  private static DataInputStream input(byte[] bytes) {
    return new DataInputStream(new ByteArrayInputStream(bytes));
  }

  private static DaemonRequest roundTrip(DaemonRequest request) throws IOException {
    DataInputStream in = input(bytes(request::write));
    DaemonRequest back = DaemonRequest.read(in);
    assertEquals(-1, in.read(), "the request is read to its end");
    return back;
  }

  private static DaemonAnswer roundTrip(DaemonAnswer answer) throws IOException {
    DataInputStream in = input(bytes(answer::write));
    DaemonAnswer back = DaemonAnswer.read(in);
    assertEquals(-1, in.read(), "the answer is read to its end");
    return back;
  }

  /** The version, not refused, no error: what comes before the findings. */
  private static void answerHeader(DataOutputStream out) throws IOException {
    out.writeInt(DaemonProtocol.VERSION);
    out.writeBoolean(false);
    out.writeBoolean(false);
  }

  private static void assertMessage(String start, Executable reading) {
    IOException e = assertThrows(IOException.class, reading);
    assertTrue(e.getMessage() != null && e.getMessage().startsWith(start), () -> "'" + e.getMessage() + "'");
  }
}
