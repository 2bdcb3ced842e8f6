import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a synthetic Spring + MyBatis code base of about the given number of lines (counted as
 * bench/run.sh counts them: neither blank nor comment), for bench/synthetic.sh: the same shape at
 * every size, so that the analysis time and heap of three sizes show whether they grow linearly.
 *
 * <p>The code base is made of domains. Each has an entity with declared personal information, a
 * request form, a MyBatis mapper, a service interface and its implementation, a REST controller and
 * a client sending data to a third party; domains are grouped a hundred to a group, and each layer
 * of a group is one package (as generated code and layered applications have it: packages of a
 * hundred classes and more). Data flows from the form through the service into the entity, the
 * mapper, the logs and the third party, and through a bounded chain of calls into earlier domains
 * of the same group, as real services call each other; what differs between domains (which fields,
 * which sinks, whether consent is checked or the value masked) varies with the domain's number.
 *
 * <p>Usage: {@code java bench/SyntheticShop.java OUT_DIR LINES}; writes OUT_DIR/pom.xml (the class
 * path: Spring, MyBatis, SLF4J, DataWarden's annotations) and OUT_DIR/src/main/java.
 */
public final class SyntheticShop {
  private static final String[] NOUNS = {"Member", "Patient", "Courier", "Tenant", "Student", "Driver", "Guest",
      "Employee", "Subscriber", "Donor"};
  private static final int GROUP = 100;
  private static final int CHAIN = 10;

  private Path src;
  private int lines;
  /** The package prefix of the domains written now: {@code shop}, or {@code shop.m07} in module 7 of a reactor. */
  private String prefix = "shop";
  /** The service each domain calls, by domain number, as a qualified name (a reactor's module calls into its parent's). */
  private final java.util.Map<Integer, String> previous = new java.util.HashMap<>();

  private SyntheticShop(Path src) {
    this.src = src;
  }

  public static void main(String[] args) throws IOException {
    if (args.length > 0 && args[0].equals("--reactor")) {
      reactor(Path.of(args[1]), args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]), args[5]);
      return;
    }
    Path out = Path.of(args[0]);
    int target = Integer.parseInt(args[1]);
    SyntheticShop shop = new SyntheticShop(out.resolve("src/main/java"));
    shop.common();
    int domain = 0;
    while (shop.lines < target) {
      shop.domain(domain++);
    }
    Files.writeString(out.resolve("pom.xml"), POM);
    System.out.println(domain + " domains, " + shop.lines + " lines");
  }

  private static String name(int i) {
    return NOUNS[i % NOUNS.length] + String.format("%05d", i);
  }

  private String pkg(int i, String layer) {
    return String.format("%s.g%03d.%s", prefix, i / GROUP, layer);
  }

  /**
   * Writes a multi-module build of {@code modules} modules of about {@code linesPerModule} lines each:
   * in a {@code chain} each module depends on the one before it, in a {@code tree} module k on module
   * k / 2 (a binary tree under module 1, which holds {@code shop.common}). The first domain of each
   * module but the first calls the last domain of the module it depends on, so data flows across
   * modules as it does within one; the rest is the single code base's shape. {@code version} is
   * DataWarden's, for the annotations dependency.
   */
  private static void reactor(Path out, String shape, int modules, int linesPerModule, String version)
      throws IOException {
    if (!shape.equals("chain") && !shape.equals("tree")) {
      throw new IllegalArgumentException("shape: chain or tree, not " + shape);
    }
    SyntheticShop shop = new SyntheticShop(null);
    int[] last = new int[modules + 1];
    int domain = 0;
    StringBuilder list = new StringBuilder();
    for (int m = 1; m <= modules; m++) {
      String module = String.format("m%02d", m);
      list.append("    <module>").append(module).append("</module>\n");
      Path dir = out.resolve(module);
      shop.src = dir.resolve("src/main/java");
      shop.prefix = "shop." + module;
      int parent = m == 1 ? 0 : shape.equals("chain") ? m - 1 : m / 2;
      int start = shop.lines;
      if (m == 1) {
        shop.common();
      }
      boolean first = true;
      while (first || shop.lines - start < linesPerModule) {
        if (first && parent > 0) {
          shop.previous.put(domain, String.format("shop.m%02d.g%03d.service.%sService", parent, last[parent] / GROUP,
              name(last[parent])));
        }
        first = false;
        last[m] = domain;
        shop.domain(domain++);
      }
      String dependency = parent == 0 ? "" : """
            <dependencies>
              <dependency><groupId>bench</groupId><artifactId>m%02d</artifactId><version>1</version></dependency>
            </dependencies>
          """.formatted(parent);
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("pom.xml"), """
          <?xml version="1.0" encoding="UTF-8"?>
          <project xmlns="http://maven.apache.org/POM/4.0.0">
            <modelVersion>4.0.0</modelVersion>
            <parent><groupId>bench</groupId><artifactId>reactor</artifactId><version>1</version></parent>
            <artifactId>%s</artifactId>
          %s</project>
          """.formatted(module, dependency));
    }
    Files.writeString(out.resolve("pom.xml"), REACTOR_POM.formatted(list, version));
    System.out.println(modules + " modules (" + shape + "), " + domain + " domains, " + shop.lines + " lines");
  }

  private void write(String pkg, String type, String text) throws IOException {
    Path file = src.resolve(pkg.replace('.', '/')).resolve(type + ".java");
    Files.createDirectories(file.getParent());
    String full = "package " + pkg + ";\n\n" + text;
    Files.writeString(file, full);
    for (String line : full.split("\n")) {
      String t = line.strip();
      if (!t.isEmpty() && !t.startsWith("//") && !t.startsWith("*") && !t.startsWith("/*")) {
        lines++;
      }
    }
  }

  private void common() throws IOException {
    write("shop.common", "ConsentService", """
        import dev.datawarden.annotations.ConsentCheck;
        import org.springframework.stereotype.Service;

        @Service
        public class ConsentService {
          @ConsentCheck(purposes = {"order", "delivery", "care"})
          public boolean granted(Long subject, String purpose) {
            return subject != null && purpose != null && !purpose.isEmpty();
          }
        }
        """);
    write("shop.common", "Masking", """
        import dev.datawarden.annotations.Anonymizes;

        public final class Masking {
          private Masking() {}

          @Anonymizes
          public static String mask(String value) {
            if (value == null || value.length() < 4) {
              return "****";
            }
            return value.substring(0, 2) + "****" + value.substring(value.length() - 2);
          }
        }
        """);
    write("shop.common", "AuditLog", """
        import dev.datawarden.annotations.TransferLog;
        import org.slf4j.Logger;
        import org.slf4j.LoggerFactory;
        import org.springframework.stereotype.Component;

        @Component
        public class AuditLog {
          private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

          @TransferLog
          public void transferred(String recipient, Long subject) {
            log.info("transferred subject {} to {}", subject, recipient);
          }
        }
        """);
  }

  private void domain(int i) throws IOException {
    String n = name(i);
    boolean email = i % 2 == 0;
    boolean idNumber = i % 5 == 0;
    String across = this.previous.get(i);
    boolean chained = across != null || i % CHAIN != 0;
    String previous = across != null ? across.substring(across.lastIndexOf('.') + 1, across.length() - "Service".length())
        : chained ? name(i - 1) : null;
    String previousService = across != null ? across : chained ? pkg(i, "service") + "." + previous + "Service" : null;
    String model = pkg(i, "model");
    String form = pkg(i, "form");
    String mapper = pkg(i, "mapper");
    String service = pkg(i, "service");
    String impl = pkg(i, "service.impl");
    String web = pkg(i, "web");
    String client = pkg(i, "client");
    String purpose = i % 3 == 0 ? "delivery" : i % 3 == 1 ? "order" : "care";

    List<String[]> fields = new ArrayList<>();
    fields.add(new String[] {"Long", "id", null});
    fields.add(new String[] {"String", "name", "NAME"});
    fields.add(new String[] {"String", "phone", "PHONE"});
    fields.add(new String[] {"String", "address", "ADDRESS"});
    if (email) {
      fields.add(new String[] {"String", "email", "EMAIL"});
    }
    if (idNumber) {
      fields.add(new String[] {"String", "idNumber", "ID_NUMBER"});
    }
    fields.add(new String[] {"String", "status", null});
    fields.add(new String[] {"Integer", "level", null});
    fields.add(new String[] {"java.util.Date", "createdAt", null});

    StringBuilder entity = new StringBuilder();
    entity.append("import dev.datawarden.annotations.PersonalInfo;\n")
        .append("import dev.datawarden.annotations.PersonalInfoCategory;\n\n")
        .append("public class ").append(n).append(" implements java.io.Serializable {\n");
    for (String[] f : fields) {
      if (f[2] != null) {
        entity.append("  @PersonalInfo(category = PersonalInfoCategory.").append(f[2]).append(", purposes = \"")
            .append(purpose).append("\", retention = \"P3Y\")\n");
      }
      entity.append("  private ").append(f[0]).append(' ').append(f[1]).append(";\n\n");
    }
    accessors(entity, fields);
    entity.append("}\n");
    write(model, n, entity.toString());

    List<String[]> formFields = new ArrayList<>();
    formFields.add(new String[] {"String", "name", null});
    formFields.add(new String[] {"String", "phone", null});
    formFields.add(new String[] {"String", "address", null});
    if (email) {
      formFields.add(new String[] {"String", "email", null});
    }
    formFields.add(new String[] {"String", "remark", null});
    StringBuilder formText = new StringBuilder("public class " + n + "Form {\n");
    for (String[] f : formFields) {
      formText.append("  private ").append(f[0]).append(' ').append(f[1]).append(";\n");
    }
    formText.append('\n');
    accessors(formText, formFields);
    formText.append("}\n");
    write(form, n + "Form", formText.toString());

    String table = n.toLowerCase();
    write(mapper, n + "Mapper", """
        import org.apache.ibatis.annotations.Delete;
        import org.apache.ibatis.annotations.Insert;
        import org.apache.ibatis.annotations.Mapper;
        import org.apache.ibatis.annotations.Param;
        import org.apache.ibatis.annotations.Select;
        import org.apache.ibatis.annotations.Update;
        import %1$s.%2$s;

        @Mapper
        public interface %2$sMapper {
          @Insert("insert into %3$s (name, phone, address, status) values (#{name}, #{phone}, #{address}, #{status})")
          int insert(%2$s row);

          @Select("select * from %3$s where id = #{id}")
          %2$s selectById(@Param("id") Long id);

          @Update("update %3$s set status = #{status} where id = #{id}")
          int updateStatus(@Param("id") Long id, @Param("status") String status);

          @Delete("delete from %3$s where id = #{id}")
          int deleteById(@Param("id") Long id);
        }
        """.formatted(model, n, table));

    write(service, n + "Service", """
        import %1$s.%2$s;
        import %3$s.%2$sForm;

        public interface %2$sService {
          %2$s register(%2$sForm form);

          String describe(Long id);

          String contact(Long id);

          void forget(Long id);
        }
        """.formatted(model, n, form));

    StringBuilder body = new StringBuilder();
    body.append("""
        import dev.datawarden.annotations.DeletionPath;
        import org.slf4j.Logger;
        import org.slf4j.LoggerFactory;
        import org.springframework.beans.factory.annotation.Autowired;
        import org.springframework.stereotype.Service;
        import shop.common.ConsentService;
        import shop.common.Masking;
        import %1$s.%2$sCourier;
        import %3$s.%2$sForm;
        import %4$s.%2$sMapper;
        import %5$s.%2$s;
        import %6$s.%2$sService;
        """.formatted(client, n, form, mapper, model, service));
    if (chained) {
      body.append("import ").append(previousService).append(";\n");
    }
    body.append("""

        @Service
        public class %1$sServiceImpl implements %1$sService {
          private static final Logger log = LoggerFactory.getLogger(%1$sServiceImpl.class);

          @Autowired
          private %1$sMapper mapper;

          @Autowired
          private ConsentService consent;

          @Autowired
          private %1$sCourier courier;
        """.formatted(n));
    if (chained) {
      body.append("\n  @Autowired\n  private ").append(previous).append("Service previous;\n");
    }
    body.append("""

          @Override
          public %1$s register(%1$sForm form) {
            %1$s row = new %1$s();
            row.setName(form.getName().trim());
            row.setPhone(normalise(form.getPhone()));
            row.setAddress(form.getAddress());
        """.formatted(n));
    if (email) {
      body.append("    row.setEmail(form.getEmail() == null ? null : form.getEmail().toLowerCase());\n");
    }
    body.append("""
            row.setStatus("NEW");
            row.setLevel(form.getRemark() == null ? 0 : form.getRemark().length() %% 5);
            row.setCreatedAt(new java.util.Date());
        """.formatted());
    if (i % 4 == 0) {
      body.append("""
              if (!consent.granted(row.getId(), "%s")) {
                throw new IllegalStateException("consent refused");
              }
          """.formatted(purpose));
    }
    body.append("    mapper.insert(row);\n");
    body.append(switch (i % 3) {
      case 0 -> "    log.info(\"registered {} ({})\", row.getId(), Masking.mask(row.getPhone()));\n";
      case 1 -> "    log.info(\"registered {}\", row.getId());\n";
      default -> "    log.info(\"registered {} at {}\", row.getName(), row.getAddress());\n";
    });
    if (i % 2 == 1) {
      body.append("    courier.ship(row);\n");
    }
    body.append("    return row;\n  }\n\n");
    body.append("""
          @Override
          public String describe(Long id) {
            %1$s row = mapper.selectById(id);
            if (row == null) {
              return "";
            }
            StringBuilder text = new StringBuilder(row.getName());
            text.append(" (").append(row.getStatus()).append(')');
        """.formatted(n));
    if (chained) {
      body.append("    text.append(\"; \").append(previous.describe(id));\n");
    }
    body.append("    return text.toString();\n  }\n\n");
    body.append("""
          @Override
          public String contact(Long id) {
            %1$s row = mapper.selectById(id);
            String phone = row == null ? null : row.getPhone();
            if (phone == null || phone.isEmpty()) {
        """.formatted(n));
    body.append(chained ? "      return previous.contact(id);\n" : "      return null;\n");
    body.append("""
            }
            return %s;
          }

          @Override
          @DeletionPath(%s.class)
          public void forget(Long id) {
            mapper.deleteById(id);
            log.info("forgot {}", id);
          }

          private static String normalise(String phone) {
            if (phone == null) {
              return null;
            }
            String digits = phone.replaceAll("[^0-9+]", "");
            return digits.startsWith("+86") ? digits.substring(3) : digits;
          }
        }
        """.formatted(i % 3 == 0 ? "Masking.mask(phone)" : "phone", n));
    write(impl, n + "ServiceImpl", body.toString());

    write(web, n + "Controller", """
        import org.springframework.beans.factory.annotation.Autowired;
        import org.springframework.web.bind.annotation.DeleteMapping;
        import org.springframework.web.bind.annotation.GetMapping;
        import org.springframework.web.bind.annotation.PathVariable;
        import org.springframework.web.bind.annotation.PostMapping;
        import org.springframework.web.bind.annotation.RequestBody;
        import org.springframework.web.bind.annotation.RequestMapping;
        import org.springframework.web.bind.annotation.RestController;
        import %1$s.%2$s;
        import %3$s.%2$sForm;
        import %4$s.%2$sService;

        @RestController
        @RequestMapping("/%5$s")
        public class %2$sController {
          @Autowired
          private %2$sService service;

          @PostMapping
          public Long register(@RequestBody %2$sForm form) {
            %2$s row = service.register(form);
            return row.getId();
          }

          @GetMapping("/{id}")
          public String describe(@PathVariable Long id) {
            return service.describe(id);
          }

          @GetMapping("/{id}/contact")
          public String contact(@PathVariable Long id) {
            return service.contact(id);
          }

          @DeleteMapping("/{id}")
          public void forget(@PathVariable Long id) {
            service.forget(id);
          }
        }
        """.formatted(model, n, form, service, table));

    write(client, n + "Courier", """
        import dev.datawarden.annotations.ThirdPartyTransfer;
        import org.springframework.beans.factory.annotation.Autowired;
        import org.springframework.stereotype.Component;
        import org.springframework.web.client.RestTemplate;
        import shop.common.AuditLog;
        import %1$s.%2$s;

        @Component
        public class %2$sCourier {
          private final RestTemplate rest = new RestTemplate();

          @Autowired
          private AuditLog audit;

          @ThirdPartyTransfer(recipient = "Courier %3$d Ltd", agreement = "DPA-%3$d")
          public void ship(%2$s row) {
            String label = row.getName() + "\\n" + row.getAddress() + "\\n" + row.getPhone();
            rest.postForObject("https://courier%3$d.example.com/labels", label, String.class);
            %4$s
          }
        }
        """.formatted(model, n, i % 7, i % 4 == 1 ? "audit.transferred(\"Courier " + (i % 7) + " Ltd\", row.getId());"
        : "// no transfer log here"));
  }

  private static void accessors(StringBuilder out, List<String[]> fields) {
    for (String[] f : fields) {
      String cap = Character.toUpperCase(f[1].charAt(0)) + f[1].substring(1);
      out.append("  public ").append(f[0]).append(" get").append(cap).append("() {\n    return ").append(f[1])
          .append(";\n  }\n\n");
      out.append("  public void set").append(cap).append('(').append(f[0]).append(' ').append(f[1])
          .append(") {\n    this.").append(f[1]).append(" = ").append(f[1]).append(";\n  }\n\n");
    }
  }

  private static final String REACTOR_POM = """
      <?xml version="1.0" encoding="UTF-8"?>
      <project xmlns="http://maven.apache.org/POM/4.0.0">
        <modelVersion>4.0.0</modelVersion>
        <groupId>bench</groupId>
        <artifactId>reactor</artifactId>
        <version>1</version>
        <packaging>pom</packaging>
        <modules>
      %s  </modules>
        <properties>
          <maven.compiler.release>17</maven.compiler.release>
          <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
        </properties>
        <dependencies>
          <dependency><groupId>org.springframework</groupId><artifactId>spring-webmvc</artifactId><version>5.3.23</version></dependency>
          <dependency><groupId>org.springframework</groupId><artifactId>spring-context</artifactId><version>5.3.23</version></dependency>
          <dependency><groupId>org.mybatis</groupId><artifactId>mybatis</artifactId><version>3.5.10</version></dependency>
          <dependency><groupId>org.slf4j</groupId><artifactId>slf4j-api</artifactId><version>1.7.36</version></dependency>
          <dependency><groupId>dev.datawarden</groupId><artifactId>datawarden-annotations</artifactId><version>%s</version></dependency>
        </dependencies>
        <build>
          <plugins>
            <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.13.0</version></plugin>
          </plugins>
        </build>
      </project>
      """;

  private static final String POM = """
      <?xml version="1.0" encoding="UTF-8"?>
      <project xmlns="http://maven.apache.org/POM/4.0.0">
        <modelVersion>4.0.0</modelVersion>
        <groupId>bench</groupId>
        <artifactId>synthetic-shop</artifactId>
        <version>1</version>
        <dependencies>
          <dependency><groupId>org.springframework</groupId><artifactId>spring-webmvc</artifactId><version>5.3.23</version></dependency>
          <dependency><groupId>org.springframework</groupId><artifactId>spring-context</artifactId><version>5.3.23</version></dependency>
          <dependency><groupId>org.mybatis</groupId><artifactId>mybatis</artifactId><version>3.5.10</version></dependency>
          <dependency><groupId>org.slf4j</groupId><artifactId>slf4j-api</artifactId><version>1.7.36</version></dependency>
        </dependencies>
      </project>
      """;
}
