package shop;

/** A MyBatis mapper found by @MapperScan: only its XML says what it does. */
public interface CardDao {
  int keep(Card card);

  int forget(long id);
}
