package dev.datawarden.analyzer.model;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether a source file is valid in the sources' encoding, and where it is not. */
final class Encodings {
  private Encodings() {}

  /** The line of the first byte sequence of {@code file} not valid in {@code encoding}; 0 when all is valid. */
  static int firstInvalidLine(Path file, Charset encoding) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return 0; // reported where it is read
    }
    CharsetDecoder decoder = encoding.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(8192);
    int line = 1;
    while (true) {
      CoderResult result = in.hasRemaining() ? decoder.decode(in, out, true) : decoder.flush(out);
      line += newlines(out);
      if (result.isError()) {
        return line;
      }
      if (result.isUnderflow() && !in.hasRemaining()) {
        CoderResult flushed = decoder.flush(out);
        line += newlines(out);
        return flushed.isError() ? line : 0;
      }
    }
  }

  private static int newlines(CharBuffer out) {
    out.flip();
    int n = 0;
    while (out.hasRemaining()) {
      if (out.get() == '\n') {
        n++;
      }
    }
    out.clear();
    return n;
  }
}
