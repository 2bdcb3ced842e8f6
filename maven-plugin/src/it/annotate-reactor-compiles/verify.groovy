// annotate across a reactor whose poms lack datawarden-annotations: the pom of each annotated module
// gets the dependency, the generated class's suggestion goes to the catalog, the reactor compiles, and
// the dry run (first build) showed exactly what the real run (second build) wrote
def text = { path -> new File(basedir, path).text }
def member = text('entity/src/main/java/shop/entity/Member.java')
assert member.contains('@PersonalInfo(category = PersonalInfoCategory.PHONE, purposes = "TODO", retention = "TODO")\n  private String mobile;')
def generated = text('entity/src/main/java/shop/entity/gen/MemberRecord.java')
assert !generated.contains('@PersonalInfo') && !generated.contains('@Sensitive'): 'a generated class is not edited'
def form = text('web/src/main/java/shop/web/SignUpForm.java')
assert form.contains('@PersonalInfo(category = PersonalInfoCategory.PHONE, purposes = "TODO", retention = "TODO")\n  private String contact;'): 'stored in Member.mobile, declared upstream'
assert form.contains('@PersonalInfo(category = PersonalInfoCategory.EMAIL, purposes = "TODO", retention = "TODO")\n  private String email;')

// the poms: a <dependencies> added where there was none, a dependency added to the existing list
def entityPom = text('entity/pom.xml')
assert entityPom.contains('''    <artifactId>entity</artifactId>
    <dependencies>
        <dependency>
            <groupId>dev.datawarden</groupId>
            <artifactId>datawarden-annotations</artifactId>
            <version>''')
assert entityPom.contains('''</version>
        </dependency>
    </dependencies>
</project>
''')
def webPom = text('web/pom.xml')
assert webPom.contains('''      <version>1.0</version>
    </dependency>
    <dependency>
      <groupId>dev.datawarden</groupId>
      <artifactId>datawarden-annotations</artifactId>
''')

// the catalog keeps its comment and order, and gets the generated class's field
assert text('datawarden.yml') == '''# The shop's catalog. This comment, and the order below, must survive annotate.

sink:
  - {type: shop.web.AuditTrail, kind: LOG} # our own audit log
personalInfo:
  # suggested by DataWarden annotate: replace TODO with the purposes and the retention (an ISO-8601 duration such as P3Y)
  - {field: "shop.entity.gen.MemberRecord#idCardNo", category: ID_NUMBER, purposes: [TODO], retention: TODO}
'''

// the dry run showed the same edits: each module's diff has the source, pom and catalog changes
def entityDiff = text('entity/target/datawarden/annotate.diff')
def webDiff = text('web/target/datawarden/annotate.diff')
assert entityDiff.contains('+++ b/src/main/java/shop/entity/Member.java')
assert entityDiff.contains('+++ b/pom.xml')
assert entityDiff.contains('+++ b/../datawarden.yml')
assert webDiff.contains('+  @PersonalInfo(category = PersonalInfoCategory.PHONE, purposes = "TODO", retention = "TODO")\n   private String contact;'): 'the dry run saw Member.mobile declared upstream, as the real run did'
assert webDiff.contains('+++ b/pom.xml')

// the reactor compiles with the annotations
assert new File(basedir, 'web/target/classes/shop/web/SignUpForm.class').isFile()
def log = text('build.log')
assert log.contains('BUILD SUCCESS')
return true
