package com.example.shop.member;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.stereotype.Repository;

/** Stores members in the {@code member} table with plain JDBC. */
@Repository
public class JdbcMemberRepository implements MemberRepository {

  private static final String COLUMNS =
      "name, mobile, email, id_card_number_enc, birth_date, password_hash, registered_at, deleted";

  private final DataSource dataSource;

  public JdbcMemberRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public Member save(Member member) {
    String sql = member.getId() == null
        ? "INSERT INTO member (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        : "UPDATE member SET name = ?, mobile = ?, email = ?, id_card_number_enc = ?, birth_date = ?,"
            + " password_hash = ?, registered_at = ?, deleted = ? WHERE id = ?";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      statement.setString(1, member.getName());
      statement.setString(2, member.getMobile());
      // Noncompliant@+1: MissingConsentCheck {{Member.email}}
      statement.setString(3, member.getEmail());
      // Noncompliant@+1: MissingSeparateConsent {{Member.idCardNumber}}
      statement.setString(4, member.getIdCardNumber());
      // Noncompliant@+1: MissingConsentCheck {{Member.birthDate}}
      statement.setDate(5, member.getBirthDate() == null ? null : Date.valueOf(member.getBirthDate()));
      statement.setString(6, member.getPasswordHash());
      statement.setTimestamp(7, Timestamp.from(member.getRegisteredAt()));
      statement.setBoolean(8, member.isDeleted());
      if (member.getId() != null) {
        statement.setLong(9, member.getId());
      }
      statement.executeUpdate();
      if (member.getId() == null) {
        try (ResultSet keys = statement.getGeneratedKeys()) {
          if (keys.next()) {
            member.setId(keys.getLong(1));
          }
        }
      }
      return member;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot save member", e);
    }
  }

  @Override
  public Optional<Member> findById(long id) {
    return findOne("SELECT id, " + COLUMNS + " FROM member WHERE id = ?", statement -> statement.setLong(1, id));
  }

  @Override
  public Optional<Member> findByMobile(String mobile) {
    return findOne(
        // Noncompliant@+1: MissingConsentCheck {{parameter mobile}}
        "SELECT id, " + COLUMNS + " FROM member WHERE mobile = ?", statement -> statement.setString(1, mobile));
  }

  @Override
  public void deleteById(long id) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement("DELETE FROM member WHERE id = ?")) {
      statement.setLong(1, id);
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot delete member " + id, e);
    }
  }

  private interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  private Optional<Member> findOne(String sql, Binder binder) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      binder.bind(statement);
      try (ResultSet row = statement.executeQuery()) {
        return row.next() ? Optional.of(map(row)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read member", e);
    }
  }

  private static Member map(ResultSet row) throws SQLException {
    Member member = new Member();
    member.setId(row.getLong("id"));
    member.setName(row.getString("name"));
    member.setMobile(row.getString("mobile"));
    member.setEmail(row.getString("email"));
    member.setIdCardNumber(row.getString("id_card_number_enc"));
    Date birthDate = row.getDate("birth_date");
    member.setBirthDate(birthDate == null ? null : birthDate.toLocalDate());
    member.setPasswordHash(row.getString("password_hash"));
    member.setRegisteredAt(row.getTimestamp("registered_at").toInstant());
    member.setDeleted(row.getBoolean("deleted"));
    return member;
  }
}
