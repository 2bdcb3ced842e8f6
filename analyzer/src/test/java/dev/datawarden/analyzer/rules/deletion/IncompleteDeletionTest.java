package dev.datawarden.analyzer.rules.deletion;

import dev.datawarden.analyzer.testing.FixtureVerifier;
import dev.datawarden.analyzer.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncompleteDeletionTest {
  private static final String KEY = "IncompleteDeletion";

  @TempDir Path dir;

  private FixtureVerifier withCatalog() {
    return FixtureVerifier.create().source(Fixtures.ruleSample(KEY)).catalog(Fixtures.catalogSample(KEY)).only(KEY);
  }

  @Test
  void sample() {
    withCatalog().verify();
  }

  @Test
  void sampleWithoutClasspath() {
    withCatalog().withoutClasspath().verify();
  }

  // contract: a Spring Data delete ends the path's duty; a soft delete saved through it does not
  @Test
  void springDataRepositoriesWithoutClasspath() throws Exception {
    Path f = dir.resolve("p/Accounts.java");
    Files.createDirectories(f.getParent());
    Files.writeString(f, """
        package p;
        import dev.datawarden.annotations.*;
        import jakarta.persistence.*;
        import lombok.Data;
        import org.springframework.data.jpa.repository.JpaRepository;
        import org.springframework.data.jpa.repository.Modifying;
        import org.springframework.data.jpa.repository.Query;
        public class Accounts {
          @Data @Entity static class Account {
            @Id Long id;
            @PersonalInfo(category = PersonalInfoCategory.EMAIL, retention = "P1Y") String email;
            @PersonalInfo(category = PersonalInfoCategory.PHONE, retention = "P1Y") String phone;
            boolean removed;
          }
          interface AccountRepository extends JpaRepository<Account, Long> {
            @Modifying @Query("DELETE FROM Account a WHERE a.id = ?1") void purge(long id);
          }
          AccountRepository accounts;

          @DeletionPath(Account.class)
          public void delete(long id) { accounts.deleteById(id); }

          @DeletionPath(Account.class)
          public void purge(long id) { accounts.purge(id); }

          @DeletionPath(Account.class)
          public void deactivate(long id) { // Noncompliant: IncompleteDeletion {{Account.phone (PHONE)}}
            Account a = accounts.findById(id).orElseThrow();
            a.setEmail(null); // a Lombok setter, known by name
            a.setRemoved(true);
            accounts.save(a);
          }
        }
        """);
    FixtureVerifier.create().base(dir).source(dir).only(KEY).withoutClasspath().verify();
  }
}
