package dev.datawarden.analyzer.rules.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.datawarden.analyzer.AnalysisRequest;
import dev.datawarden.analyzer.Analyzer;
import dev.datawarden.analyzer.api.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comments of SQL DDL files in the resource folders label the columns the fields map. */
class SqlColumnLabelsTest {
  @TempDir Path dir;

  @Test
  void aColumnsCommentLabelsTheFieldThatMapsIt() throws Exception {
    // contract: MySQL's COMMENT '...' in CREATE TABLE and COMMENT ON COLUMN label the field of the table's
    // type (by @TableName, or the type's name in snake case) that maps the column (by its mapping, or
    // its name in snake case); a comment on another table's column labels nothing here
    Path src = dir.resolve("src/p");
    Files.createDirectories(src);
    Files.writeString(src.resolve("SysMember.java"), """
        package p;
        public class SysMember {
          private String c1;
          private String contactNo;
          private String remark;
          private String pwdUpdateTime;
        }
        """);
    Files.writeString(src.resolve("Guest.java"), """
        package p;
        @TableName("t_guest")
        public class Guest {
          @TableField("zj")
          private String doc;
        }
        @interface TableName { String value(); }
        @interface TableField { String value(); }
        """);
    Path resources = dir.resolve("resources/db");
    Files.createDirectories(resources);
    Files.writeString(resources.resolve("schema.sql"), """
        -- the shop's schema
        CREATE TABLE IF NOT EXISTS `sys_member` (
          `id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '主键',
          `c1` varchar(64) DEFAULT NULL COMMENT '家庭住址',
          `remark` varchar(500) DEFAULT '' COMMENT '备注, 可写''电话''',
          `pwd_update_time` datetime COMMENT '密码更新时间',
          `status` char(1) DEFAULT '0' COMMENT '帐号状态（0正常 1停用）',
          PRIMARY KEY (`id`)
        ) ENGINE=InnoDB COMMENT='会员表';
        CREATE TABLE other (c1 varchar(11) COMMENT '手机号');
        COMMENT ON COLUMN public.sys_member.contact_no IS '联系电话';
        COMMENT ON COLUMN t_guest.zj IS '证件号码';
        """);
    List<Finding> findings = Analyzer.analyze(AnalysisRequest.builder().addSourceRoot(dir.resolve("src"))
        .addResourceRoot(dir.resolve("resources")).baseDirectory(dir).build()).findings().stream()
        .filter(f -> f.ruleKey().equals(UnannotatedPersonalInfo.KEY)).toList();
    assertEquals(List.of(
        "Guest.doc looks like personal information (ID_NUMBER, labelled \"证件号码\" (证件号码))",
        "SysMember.c1 looks like personal information (ADDRESS, labelled \"家庭住址\" (住址))",
        "SysMember.contactNo looks like personal information (PHONE, labelled \"联系电话\" (联系电话))"),
        findings.stream().map(f -> f.message().substring(0, f.message().indexOf(" but"))).sorted().toList());
  }
}
