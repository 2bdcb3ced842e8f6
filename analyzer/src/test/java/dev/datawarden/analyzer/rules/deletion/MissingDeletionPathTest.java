package dev.datawarden.analyzer.rules.deletion;

import dev.datawarden.analyzer.testing.FixtureVerifier;
import dev.datawarden.analyzer.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MissingDeletionPathTest {
  private static final String KEY = "MissingDeletionPath";

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

  private void write(String name, String text) throws Exception {
    Path f = dir.resolve(name);
    Files.createDirectories(f.getParent());
    Files.writeString(f, text);
  }

  // contract: Spring Data and MyBatis(-Plus) deletes are recognised by name, without their jars
  @Test
  void springDataAndMyBatisWithoutClasspath() throws Exception {
    write("p/Entities.java", """
        package p;
        import dev.datawarden.annotations.*;
        import jakarta.persistence.*;
        @Entity class Member {
          @Id Long id;
          @PersonalInfo(category = PersonalInfoCategory.PHONE, retention = "P3Y") String mobile;
        }
        @Entity class Card {
          @Id Long id;
          @Sensitive(value = SensitiveCategory.FINANCIAL_ACCOUNT, retention = "P5Y") String number;
        }
        @Entity @Table(name = "t_address") class Address {
          @Id Long id;
          @PersonalInfo(category = PersonalInfoCategory.ADDRESS, retention = "P3Y") String street;
        }
        @Entity class Coupon { // Noncompliant: MissingDeletionPath {{Coupon}}
          @Id Long id;
          @PersonalInfo(category = PersonalInfoCategory.PHONE, retention = "P1Y") String phone;
        }
        class Device { // Noncompliant: MissingDeletionPath {{managed by DeviceRepository}}
          @PersonalInfo(category = PersonalInfoCategory.DEVICE_ID, retention = "P1Y") String deviceId;
        }
        class Search { // Compliant: not stored
          @PersonalInfo(category = PersonalInfoCategory.PHONE, retention = "P1D") String phone;
        }
        """);
    write("p/Repositories.java", """
        package p;
        import org.springframework.data.jpa.repository.JpaRepository;
        import org.springframework.data.repository.CrudRepository;
        import com.baomidou.mybatisplus.core.mapper.BaseMapper;
        import org.apache.ibatis.annotations.Delete;
        import org.apache.ibatis.annotations.Mapper;
        interface MemberRepository extends JpaRepository<Member, Long> {}
        interface CardMapper extends BaseMapper<Card> {}
        @Mapper interface AddressMapper {
          @Delete("DELETE FROM t_address WHERE member_id = #{memberId}")
          int purgeOf(long memberId);
        }
        interface CouponRepository extends JpaRepository<Coupon, Long> {}
        interface DeviceRepository extends CrudRepository<Device, Long> {}
        """);
    write("p/Api.java", """
        package p;
        import org.springframework.web.bind.annotation.*;
        @RestController class Api {
          MemberRepository members; CardMapper cards; AddressMapper addresses; CouponRepository coupons;
          @DeleteMapping("/members/{id}") public void delete(long id) {
            members.deleteById(id);
            cards.deleteById(id);
            addresses.purgeOf(id);
          }
          @PostMapping("/coupons") public void keep(Coupon coupon, Search search) { coupons.save(coupon); }
        }
        """);
    FixtureVerifier.create().base(dir).source(dir).only(KEY).withoutClasspath().verify();
  }

  // contract: without framework entry points, uncalled public methods stand in, so a public delete counts
  @Test
  void publicApiStandsInForEntryPoints() throws Exception {
    write("p/Store.java", """
        package p;
        import dev.datawarden.annotations.*;
        import jakarta.persistence.*;
        public class Store {
          @Entity static class Contact {
            @Id Long id;
            @PersonalInfo(category = PersonalInfoCategory.EMAIL, retention = "P1Y") String email;
          }
          @Entity static class Note { // Noncompliant: MissingDeletionPath {{Note}}
            @Id Long id;
            @PersonalInfo(category = PersonalInfoCategory.NAME, retention = "P1Y") String author;
          }
          EntityManager em;
          public void erase(long id) { em.remove(em.find(Contact.class, id)); }
          public void keep(Note note) { em.persist(note); }
        }
        """);
    FixtureVerifier.create().base(dir).source(dir).only(KEY).verify();
  }
}
