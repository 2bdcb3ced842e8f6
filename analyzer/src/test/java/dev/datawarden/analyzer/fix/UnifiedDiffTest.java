package dev.datawarden.analyzer.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

  @Test
  void equalTextsHaveNoDiff() {
    assertEquals("", UnifiedDiff.of("A.java", "a\nb\n", "a\nb\n"));
  }

  @Test
  void insertionsWithThreeLinesOfContext() {
    String before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\n17\n18\n19\n20\n";
    String after = "1\n2\n+a\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\n17\n+b\n18\n19\n20\n";
    assertEquals("""
        --- a/src/A.java
        +++ b/src/A.java
        @@ -1,5 +1,6 @@
         1
         2
        ++a
         3
         4
         5
        @@ -15,6 +16,7 @@
         15
         16
         17
        ++b
         18
         19
         20
        """, UnifiedDiff.of("src/A.java", before, after));
  }

  @Test
  void changesSixLinesApartShareAHunk_sevenApartDoNot() {
    String before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n";
    assertEquals("""
        --- a/A.java
        +++ b/A.java
        @@ -1,10 +1,12 @@
         1
        +x
         2
         3
         4
         5
         6
         7
        +y
         8
         9
         10
        """, UnifiedDiff.of("A.java", before, "1\nx\n2\n3\n4\n5\n6\n7\ny\n8\n9\n10\n"));
    assertEquals("""
        --- a/A.java
        +++ b/A.java
        @@ -1,4 +1,5 @@
         1
        +x
         2
         3
         4
        @@ -6,5 +7,6 @@
         6
         7
         8
        +y
         9
         10
        """, UnifiedDiff.of("A.java", before, "1\nx\n2\n3\n4\n5\n6\n7\n8\ny\n9\n10\n"));
  }

  @Test
  void replacementsAndSingleLineRanges() {
    assertEquals("""
        --- a/A.java
        +++ b/A.java
        @@ -1 +1 @@
        -old
        +new
        """, UnifiedDiff.of("A.java", "old\n", "new\n"));
  }

  @Test
  void aLastLineWithoutNewlineIsMarked() {
    assertEquals("""
        --- a/A.java
        +++ b/A.java
        @@ -1,2 +1,3 @@
         a
        +b
         c
        \\ No newline at end of file
        """, UnifiedDiff.of("A.java", "a\nc", "a\nb\nc"));
  }

  @Test
  void fromAndToEmpty() {
    assertEquals("--- a/A.java\n+++ b/A.java\n@@ -0,0 +1 @@\n+a\n", UnifiedDiff.of("A.java", "", "a\n"));
    assertEquals("--- a/A.java\n+++ b/A.java\n@@ -1 +0,0 @@\n-a\n", UnifiedDiff.of("A.java", "a\n", ""));
  }
}
