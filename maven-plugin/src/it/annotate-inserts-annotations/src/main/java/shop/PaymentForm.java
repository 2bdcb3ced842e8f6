package shop;

/** What the payment page posts. */
public record PaymentForm(String bankCardNo, long amount) {}
