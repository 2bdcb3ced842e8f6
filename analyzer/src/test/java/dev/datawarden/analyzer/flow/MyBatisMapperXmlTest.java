package dev.datawarden.analyzer.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.datawarden.analyzer.AnalysisRequest;
import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.Analyzer;
import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.api.Problem;
import dev.datawarden.analyzer.frameworks.MyBatisMappers;
import dev.datawarden.analyzer.testing.FixtureVerifier;
import dev.datawarden.analyzer.testing.Fixtures;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MyBatis mapper XML files: their {@code <insert>} and {@code <update>} statements make the mapper
 * methods storage sinks, {@code <select>} does not, and a {@code <delete>} from a type's table is a
 * recognised delete of it; a field a statement's WHERE compares is used, for OverCollection's
 * "stored but never used". The fixture's mapper interfaces carry no annotation and names that say
 * nothing, so only the XML can tell.
 */
class MyBatisMapperXmlTest {
  private static final String[] RULES =
      {"MissingConsentCheck", "UnencryptedSensitiveData", "MissingDeletionPath", "OverCollection"};

  @TempDir Path dir;

  private static FixtureVerifier verifier() {
    return FixtureVerifier.create().source(Fixtures.myBatisSources()).resources(Fixtures.myBatisMappers()).only(RULES);
  }

  // contract: XML inserts and updates are storage, selects are not, deletes cover the table's type
  @Test
  void sample() {
    AnalysisResult result = verifier().verify();
    assertEquals(List.of(), result.problems().stream().filter(p -> p.kind() != Problem.Kind.CLASSPATH).toList());
  }

  @Test
  void sampleWithoutClasspath() {
    verifier().withoutClasspath().verify();
  }

  // contract: the findings above come from the XML: without the resource root the mapper methods are unknown
  @Test
  void withoutTheXmlTheMapperIsNotStorage() {
    AnalysisResult result = Analyzer.analyze(AnalysisRequest.builder().addSourceRoot(Fixtures.myBatisSources())
        .baseDirectory(Fixtures.root()).classpath(Fixtures.classpath()).build());
    List<String> flowFindings = result.findings().stream()
        .filter(f -> f.ruleKey().equals("UnencryptedSensitiveData") || f.ruleKey().equals("MissingConsentCheck"))
        .map(Finding::message).toList();
    assertEquals(List.of(), flowFindings);
    assertTrue(result.findings().stream().noneMatch(f -> f.ruleKey().equals("MissingDeletionPath")),
        "nothing is stored without the XML, so nothing needs deleting");
  }

  // contract: a mapper file that is not well-formed is a problem at its line, left out; the rest is analysed
  @Test
  void malformedMapperIsAProblemAndTheRestIsAnalysed() {
    AnalysisResult result = verifier().resources(Fixtures.root().resolve("src/noncompiling/resources/mybatis")).verify();
    List<Problem> unparseable = result.problems().stream().filter(p -> p.kind() == Problem.Kind.UNPARSEABLE_FILE).toList();
    assertEquals(1, unparseable.size(), unparseable.toString());
    Problem p = unparseable.get(0);
    assertEquals("src/noncompiling/resources/mybatis/BrokenMapper.xml", p.location().file());
    assertEquals(7, p.location().line());
    assertTrue(p.message().contains("not well-formed"), p.message());
  }

  // contract: the DOCTYPE's address is never opened, whether it answers or not
  @Test
  void doctypeIsNeverFetched() throws Exception {
    AtomicInteger requests = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      byte[] dtd = "<!ENTITY table \"fetched\">".getBytes();
      exchange.sendResponseHeaders(200, dtd.length);
      exchange.getResponseBody().write(dtd);
      exchange.close();
    });
    server.start();
    try {
      String address = "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
      write("served/UserMapper.xml", """
          <?xml version="1.0" encoding="UTF-8"?>
          <!DOCTYPE mapper PUBLIC "-//mybatis.org//DTD Mapper 3.0//EN" "%s/mybatis-3-mapper.dtd">
          <mapper namespace="p.UserMapper">
            <delete id="drop">DELETE FROM t_user WHERE id = #{id}</delete>
          </mapper>
          """.formatted(address));
      write("real/UserMapper.xml", """
          <?xml version="1.0" encoding="UTF-8"?>
          <!DOCTYPE mapper PUBLIC "-//mybatis.org//DTD Mapper 3.0//EN" "http://mybatis.org/dtd/mybatis-3-mapper.dtd">
          <mapper namespace="q.UserMapper">
            <insert id="add">INSERT INTO t_user (phone) VALUES (#{phone})</insert>
          </mapper>
          """);
      write("entity/UserMapper.xml", """
          <?xml version="1.0" encoding="UTF-8"?>
          <!DOCTYPE mapper [ <!ENTITY table SYSTEM "%s/table.txt"> ]>
          <mapper namespace="r.UserMapper">
            <delete id="drop">DELETE FROM &table; WHERE id = #{id}</delete>
          </mapper>
          """.formatted(address));
      List<Problem> problems = new ArrayList<>();
      MyBatisMappers mappers = MyBatisMappers.read(List.of(dir), dir, problems::add);

      assertEquals(0, requests.get(), "a DTD or entity was fetched");
      assertEquals(MyBatisMappers.Kind.DELETE, mappers.statement(List.of("p.UserMapper"), "drop").orElseThrow().kind());
      assertEquals("INSERT INTO t_user (phone) VALUES (#{phone})",
          mappers.statement(List.of("q.UserMapper"), "add").orElseThrow().sql());
      // an external entity is not expanded: that file is a problem, never a request
      assertTrue(mappers.statement(List.of("r.UserMapper"), "drop").isEmpty());
      assertEquals(List.of("entity/UserMapper.xml:4"), problems.stream().map(p -> p.location().toString()).toList());
    } finally {
      server.stop(0);
    }
  }

  // contract: dynamic SQL keeps the statement's kind and table; includes resolve across and within files
  @Test
  void dynamicSqlIsFlattened() throws Exception {
    write("a/OrderMapper.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <mapper namespace="p.OrderMapper">
          <sql id="base"><include refid="p.Shared.table"/></sql>
          <delete id="clear">
            DELETE FROM <include refid="base"/>
            <where>
              <choose>
                <when test="ids != null">id IN <foreach collection="ids" item="i" open="(" separator="," close=")">#{i}</foreach></when>
                <otherwise>1 = 0</otherwise>
              </choose>
            </where>
          </delete>
          <update id="touch">UPDATE t_order <trim prefix="SET" suffixOverrides=","><if test="a">a = 1,</if></trim></update>
          <select id="find"><bind name="like" value="'%' + q + '%'"/>SELECT * FROM t_order WHERE note LIKE #{like}</select>
        </mapper>
        """);
    write("b/Shared.xml", """
        <mapper namespace="p.Shared"><sql id="table">t_order</sql></mapper>
        """);
    write("c/logback.xml", """
        <configuration><appender name="x"/></configuration>
        """);
    write("c/NoNamespace.xml", """
        <mapper><delete id="x">DELETE FROM t_order</delete></mapper>
        """);
    List<Problem> problems = new ArrayList<>();
    MyBatisMappers mappers = MyBatisMappers.read(List.of(dir), dir, problems::add);

    assertEquals(List.of(), problems);
    MyBatisMappers.Statement clear = mappers.statement(List.of("p.OrderMapper"), "clear").orElseThrow();
    assertEquals(MyBatisMappers.Kind.DELETE, clear.kind());
    assertEquals("DELETE FROM t_order WHERE id IN #{i} 1 = 0", clear.sql());
    assertEquals(new Location("a/OrderMapper.xml", 4, 22), clear.location());
    MyBatisMappers.Statement touch = mappers.statement(List.of("p.OrderMapper"), "touch").orElseThrow();
    assertEquals(MyBatisMappers.Kind.UPDATE, touch.kind());
    assertEquals("UPDATE t_order SET a = 1,", touch.sql(), "<where>, <set> and <trim prefix> add their keyword");
    assertEquals(MyBatisMappers.Kind.SELECT, mappers.statement(List.of("p.OrderMapper"), "find").orElseThrow().kind());
    assertTrue(mappers.isMapper("p.OrderMapper"));
    assertTrue(mappers.statement(List.of("x.Unknown", "p.OrderMapper"), "touch").isPresent(), "looked up under each name");
    assertEquals(3, mappers.all().size(), "the mapper without namespace and logback.xml are not read");
  }

  // contract: a declared deletion path that calls an XML <delete> deletes the row; one calling a soft-delete <update> does not
  @Test
  void deletionPathsThroughXmlStatements() throws Exception {
    write("src/p/Member.java", """
        package p;
        import dev.datawarden.annotations.*;
        public class Member {
          long id;
          @PersonalInfo(category = PersonalInfoCategory.PHONE, retention = "P3Y") String mobile;
        }
        """);
    write("src/p/MemberDao.java", """
        package p;
        public interface MemberDao {
          int dropRow(long id);
          int markGone(long id);
        }
        """);
    write("src/p/Accounts.java", """
        package p;
        import dev.datawarden.annotations.*;
        public class Accounts {
          MemberDao dao;
          @DeletionPath(Member.class)
          public void close(long id) { dao.dropRow(id); } // Compliant: DELETE FROM t_member
          @DeletionPath(Member.class)
          public void hide(long id) { dao.markGone(id); } // Noncompliant: IncompleteDeletion {{Member.mobile}}
        }
        """);
    write("resources/MemberDao.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE mapper PUBLIC "-//mybatis.org//DTD Mapper 3.0//EN" "http://mybatis.org/dtd/mybatis-3-mapper.dtd">
        <mapper namespace="p.MemberDao">
          <delete id="dropRow">DELETE FROM member WHERE id = #{id}</delete>
          <update id="markGone">UPDATE member SET deleted = 1 WHERE id = #{id}</update>
        </mapper>
        """);
    FixtureVerifier.create().base(dir).source(dir.resolve("src")).resources(dir.resolve("resources"))
        .only("IncompleteDeletion").verify();
    FixtureVerifier.create().base(dir).source(dir.resolve("src")).resources(dir.resolve("resources"))
        .only("IncompleteDeletion").withoutClasspath().verify();
  }

  // contract: a resource root that does not exist is a problem, not a failure
  @Test
  void missingResourceRootIsAProblem() {
    List<Problem> problems = new ArrayList<>();
    MyBatisMappers.read(List.of(dir.resolve("nope")), dir, problems::add);
    assertEquals(List.of("nope"), problems.stream().map(p -> p.location().toString()).toList());
    assertEquals(Problem.Kind.SOURCE, problems.get(0).kind());
  }

  private void write(String name, String text) throws Exception {
    Path f = dir.resolve(name);
    Files.createDirectories(f.getParent());
    Files.writeString(f, text);
  }
}
