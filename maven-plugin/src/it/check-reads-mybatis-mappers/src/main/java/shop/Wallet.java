package shop;

public class Wallet {
  private CardDao cards;

  public void add(Card card) {
    cards.keep(card);
  }

  public void remove(long id) {
    cards.forget(id);
  }
}
