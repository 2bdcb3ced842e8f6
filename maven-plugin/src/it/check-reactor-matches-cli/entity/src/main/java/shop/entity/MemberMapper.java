package shop.entity;

/** A MyBatis mapper: its XML, in this module's resources, says what each method does. */
public interface MemberMapper {
  int insert(Member member);

  int deleteById(long id);
}
