package com.example.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Serializable;
import java.util.Objects;

/** The team's own money class, which the spec's Money schema is mapped to. */
public final class Money implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String amount;
    private final String currency;

    /**
     * Money; Jackson calls this with the JSON properties.
     *
     * @param amount the amount as text
     * @param currency the currency code
     */
    @JsonCreator
    public Money(@JsonProperty("amount") String amount, @JsonProperty("currency") String currency) {
        this.amount = Objects.requireNonNull(amount, "amount");
        this.currency = Objects.requireNonNull(currency, "currency");
    }

    /** @return the amount as text */
    @JsonProperty("amount")
    public String amount() {
        return amount;
    }

    /** @return the currency code */
    @JsonProperty("currency")
    public String currency() {
        return currency;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Money that && amount.equals(that.amount) && currency.equals(that.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount, currency);
    }
}
