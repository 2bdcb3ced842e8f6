package dev.datawarden.analyzer.flow;

import dev.datawarden.analyzer.testing.FixtureVerifier;
import dev.datawarden.analyzer.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A storage call whose statement names what it writes (mapper XML, MyBatis {@code @Insert} and
 * {@code @Update}) stores those properties of its argument only, whether the argument was received
 * or allocated in the method; a statement's kind comes from its SQL, not its method's name.
 */
class StatementColumnsTest {
  private static FixtureVerifier verifier() {
    return FixtureVerifier.create()
        .source(Fixtures.root().resolve("src/main/java/dev/datawarden/fixtures/statements"))
        .resources(Fixtures.root().resolve("src/main/resources/dev/datawarden/fixtures/statements"))
        .only("MissingConsentCheck");
  }

  @Test
  void sample() {
    verifier().verify();
  }

  @Test
  void sampleWithoutClasspath() {
    verifier().withoutClasspath().verify();
  }

  @TempDir Path dir;

  // contract: Spring Data's @Query says what a repository method writes; the inverse side of a JPA
  // relation is not written by saving its owner unless the relation cascades
  @Test
  void jpaQueriesAndInverseRelations() throws Exception {
    Files.createDirectories(dir.resolve("p"));
    Files.writeString(dir.resolve("p/Owner.java"), """
        package p;
        import dev.datawarden.annotations.*;
        import jakarta.persistence.*;
        import java.util.List;
        @Entity
        public class Owner {
          @Id Long id;
          String status;
          @PersonalInfo(category = PersonalInfoCategory.PHONE, retention = "P1Y") String phone;
          @OneToMany(mappedBy = "owner") List<Pet> pets;
          @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL) List<Visit> visits;
        }
        """);
    Files.writeString(dir.resolve("p/Pet.java"), """
        package p;
        import dev.datawarden.annotations.*;
        import jakarta.persistence.*;
        @Entity
        public class Pet {
          @Id Long id;
          @ManyToOne Owner owner;
          @PersonalInfo(category = PersonalInfoCategory.NAME, retention = "P1Y") String name;
        }
        """);
    Files.writeString(dir.resolve("p/Visit.java"), """
        package p;
        import dev.datawarden.annotations.*;
        import jakarta.persistence.*;
        @Entity
        public class Visit {
          @Id Long id;
          @ManyToOne Owner owner;
          @PersonalInfo(category = PersonalInfoCategory.ADDRESS, retention = "P1Y") String note;
        }
        """);
    Files.writeString(dir.resolve("p/Owners.java"), """
        package p;
        import org.springframework.data.jpa.repository.JpaRepository;
        import org.springframework.data.jpa.repository.Modifying;
        import org.springframework.data.jpa.repository.Query;
        public interface Owners extends JpaRepository<Owner, Long> {
          @Modifying
          @Query("update Owner o set o.status = :#{#owner.status} where o.id = :#{#owner.id} and o.phone is not null")
          int updateStatus(Owner owner);
          @Modifying
          @Query("update Owner o set o.phone = :#{#owner.phone} where o.id = :#{#owner.id}")
          int updatePhone(Owner owner);
          @Query("select o from Owner o where o.status = :#{#owner.status}")
          Owner updateCandidate(Owner owner);
        }
        """);
    Files.writeString(dir.resolve("p/OwnerController.java"), """
        package p;
        import org.springframework.web.bind.annotation.*;
        @RestController
        public class OwnerController {
          private final Owners owners;
          OwnerController(Owners owners) { this.owners = owners; }
          @PostMapping("/owners")
          public void save(@RequestBody Owner owner) {
            // Noncompliant@+1: MissingConsentCheck {{Owner.phone (PHONE), Visit.note (ADDRESS) reach Owners.save()}}
            owners.save(owner);
          }
          @PostMapping("/owners/status")
          public void status(@RequestBody Owner owner) {
            owners.updateStatus(owner); // Compliant: the phone only selects the row
            owners.updateCandidate(owner); // Compliant: a select
          }
          @PostMapping("/owners/phone")
          public void phone(@RequestBody Owner owner) {
            owners.updatePhone(owner); // Noncompliant: MissingConsentCheck {{Owner.phone (PHONE) reaches Owners.updatePhone()}}
          }
        }
        """);
    FixtureVerifier.create().base(dir).source(dir).only("MissingConsentCheck").withoutClasspath().verify();
  }
}
