package dev.datawarden.analyzer.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.datawarden.analyzer.AnalysisRequest;
import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.Analyzer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the deletion analysis ({@link Deletions}) deliberately does not see, kept as passing tests:
 * each states today's behaviour, so a change to it is a decision, not an accident. A test that
 * starts failing because the analysis got better should move to the rule's own test.
 */
class DeletionKnownLimitationsTest {
  @TempDir Path dir;

  private long incomplete(String body) throws Exception {
    Files.createDirectories(dir.resolve("p"));
    Files.writeString(dir.resolve("p/Member.java"), """
        package p;
        import dev.datawarden.annotations.*;
        import jakarta.persistence.*;
        @Entity @Table(name = "member")
        public class Member {
          @Id Long id;
          @PersonalInfo(category = PersonalInfoCategory.PHONE, retention = "P1Y") String phone;
          @PersonalInfo(category = PersonalInfoCategory.EMAIL, retention = "P1Y") String email;
        }
        """);
    Files.writeString(dir.resolve("p/Case.java"), """
        package p;
        import dev.datawarden.annotations.*;
        import jakarta.persistence.*;
        public class Case {
          EntityManager em;
          java.sql.Connection db;
        """ + body + "\n}\n");
    AnalysisResult result = Analyzer.analyze(AnalysisRequest.builder().addSourceRoot(dir).baseDirectory(dir).build());
    return result.findings().stream().filter(f -> f.ruleKey().equals("IncompleteDeletion")).count();
  }

  @Test
  void clearingIsTrackedPerField_notPerObject() throws Exception {
    // a blank Member built on the path clears nothing of the stored one, yet counts: a missed finding
    assertEquals(0, incomplete("""
          @DeletionPath(Member.class)
          public void erase(long id) {
            Member stored = em.find(Member.class, id);
            Member blank = new Member();
            blank.phone = null;
            blank.email = null;
            em.merge(stored);
          }
        """));
  }

  @Test
  void aDeleteOnOneBranchCountsForEveryPath() throws Exception {
    // the row is only deleted when the flag is set, yet the path counts as deleting it: a missed finding
    assertEquals(0, incomplete("""
          @DeletionPath(Member.class)
          public void erase(long id, boolean reallyDelete) {
            if (reallyDelete) {
              em.remove(em.find(Member.class, id));
            }
          }
        """));
  }

  @Test
  void sqlBuiltAtRunTimeIsNotRead() throws Exception {
    // constants are folded ("DELETE FROM " + TABLE), but a table name computed at run time is not
    // known: the DELETE is not recognised, a false positive
    assertEquals(1, incomplete("""
          String table() { return "member"; }
          @DeletionPath(Member.class)
          public void erase(long id) throws java.sql.SQLException {
            db.prepareStatement("DELETE FROM " + table() + " WHERE id = ?").executeUpdate();
          }
        """));
  }

  @Test
  void myBatisXmlMappersAreNotRead() throws Exception {
    // the statement lives in AccountMapper.xml and the method is not named delete*: a false positive
    assertEquals(1, incomplete("""
          @org.apache.ibatis.annotations.Mapper
          interface AccountMapper { int purge(long id); }
          AccountMapper mapper;
          @DeletionPath(Member.class)
          public void erase(long id) {
            mapper.purge(id);
          }
        """));
  }
}
