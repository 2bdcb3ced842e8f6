package dev.datawarden.analyzer.fix;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A unified diff of two versions of a text file, with three lines of context, as {@code git apply}
 * and {@code patch -p1} read it: headers {@code --- a/path} and {@code +++ b/path}. Lines are
 * compared with their terminators, so a changed line ending is a change; a last line without one
 * is marked {@code \ No newline at end of file}. The edit script is Myers' shortest one.
 */
public final class UnifiedDiff {
  private static final int CONTEXT = 3;

  private UnifiedDiff() {}

  private enum Op { EQUAL, DELETE, INSERT }

  private record Edit(Op op, int a, int b) {}

  /** The diff of {@code before} and {@code after}, or the empty string when they are equal. */
  public static String of(String path, String before, String after) {
    if (before.equals(after)) {
      return "";
    }
    List<String> a = Imports.splitLines(before);
    List<String> b = Imports.splitLines(after);
    List<Edit> script = script(a, b);
    StringBuilder out = new StringBuilder();
    out.append("--- a/").append(path).append('\n');
    out.append("+++ b/").append(path).append('\n');
    int i = 0;
    while (i < script.size()) {
      if (script.get(i).op() == Op.EQUAL) {
        i++;
        continue;
      }
      int start = Math.max(0, i - CONTEXT);
      // one hunk while the next change is within twice the context
      int lastChange = i;
      for (int j = i + 1; j < script.size() && j - lastChange <= 2 * CONTEXT + 1; j++) {
        if (script.get(j).op() != Op.EQUAL) {
          lastChange = j;
        }
      }
      int end = Math.min(script.size() - 1, lastChange + CONTEXT);
      hunk(out, script.subList(start, end + 1), a, b);
      i = end + 1;
    }
    return out.toString();
  }

  private static void hunk(StringBuilder out, List<Edit> edits, List<String> a, List<String> b) {
    int aStart = -1;
    int bStart = -1;
    int aCount = 0;
    int bCount = 0;
    for (Edit e : edits) {
      if (e.op() != Op.INSERT) {
        aStart = aStart < 0 ? e.a() : aStart;
        aCount++;
      }
      if (e.op() != Op.DELETE) {
        bStart = bStart < 0 ? e.b() : bStart;
        bCount++;
      }
    }
    out.append("@@ -").append(range(aStart, aCount, edits.get(0).a()))
        .append(" +").append(range(bStart, bCount, edits.get(0).b())).append(" @@\n");
    for (Edit e : edits) {
      switch (e.op()) {
        case EQUAL -> line(out, ' ', a.get(e.a()));
        case DELETE -> line(out, '-', a.get(e.a()));
        case INSERT -> line(out, '+', b.get(e.b()));
      }
    }
  }

  /** A hunk range: 1-based start and count, the count left out when it is 1. */
  private static String range(int start, int count, int position) {
    if (count == 0) {
      return position + ",0"; // the line after which the lines are inserted or deleted
    }
    return count == 1 ? String.valueOf(start + 1) : (start + 1) + "," + count;
  }

  private static void line(StringBuilder out, char prefix, String line) {
    out.append(prefix).append(line);
    if (!line.endsWith("\n")) {
      out.append("\n\\ No newline at end of file\n");
    }
  }

  /**
   * The shortest edit script from {@code a} to {@code b} (Myers 1986): each edit names the index of
   * its line in {@code a} (for EQUAL and DELETE) and in {@code b} (for EQUAL and INSERT); for an
   * INSERT, {@code a} is the index of the line of {@code a} it comes before, and for a DELETE,
   * {@code b} likewise.
   */
  private static List<Edit> script(List<String> a, List<String> b) {
    int n = a.size();
    int m = b.size();
    int max = n + m;
    int offset = max + 1;
    int[] v = new int[2 * max + 3];
    List<int[]> trace = new ArrayList<>();
    int found = -1;
    for (int d = 0; d <= max && found < 0; d++) {
      trace.add(v.clone());
      for (int k = -d; k <= d; k += 2) {
        int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1] : v[offset + k - 1] + 1;
        int y = x - k;
        while (x < n && y < m && a.get(x).equals(b.get(y))) {
          x++;
          y++;
        }
        v[offset + k] = x;
        if (x >= n && y >= m) {
          found = d;
          break;
        }
      }
    }
    List<Edit> edits = new ArrayList<>();
    int x = n;
    int y = m;
    for (int d = found; d > 0; d--) {
      int[] w = trace.get(d);
      int k = x - y;
      int prevK = (k == -d || (k != d && w[offset + k - 1] < w[offset + k + 1])) ? k + 1 : k - 1;
      int prevX = w[offset + prevK];
      int prevY = prevX - prevK;
      while (x > prevX && y > prevY) {
        x--;
        y--;
        edits.add(new Edit(Op.EQUAL, x, y));
      }
      if (x == prevX) {
        y--;
        edits.add(new Edit(Op.INSERT, x, y));
      } else {
        x--;
        edits.add(new Edit(Op.DELETE, x, y));
      }
    }
    while (x > 0 && y > 0) {
      x--;
      y--;
      edits.add(new Edit(Op.EQUAL, x, y));
    }
    Collections.reverse(edits);
    return edits;
  }
}
