using ActorCluster.Analytics.Cleaning;

namespace ActorCluster.Analytics.Tests.Cleaning;

public class CurrencyConverterTests
{
    private static readonly CurrencyConverter Rates = new("USD", [KeyValuePair.Create("EUR", 1.10), KeyValuePair.Create("gbp", 1.25)]);

    [Fact]
    public void Converts_through_the_base_currency()
    {
        Assert.Equal(110.0, Rates.Convert(100, "EUR", "USD"), 12);
        Assert.Equal(100 * 1.25 / 1.10, Rates.Convert(100, " gbp ", "eur"), 12);
        Assert.Equal(42.0, Rates.Convert(42, "USD", "usd"));
        Assert.True(Rates.TryConvert(10, "EUR".AsSpan(), "GBP".AsSpan(), out double v));
        Assert.Equal(10 * 1.10 / 1.25, v, 12);
    }

    [Fact]
    public void Unknown_currency_gets_a_clear_reason()
    {
        Assert.False(Rates.TryConvert(1, "EUR", "JPY", out double v, out string? reason));
        Assert.True(double.IsNaN(v));
        Assert.Equal("unknown currency 'JPY'; known: EUR, GBP, USD", reason);
        var e = Assert.Throws<ArgumentException>(() => Rates.Convert(1, "XXX", "USD"));
        Assert.Contains("'XXX'", e.Message);
        Assert.False(Rates.TryConvert(1, null, "USD", out _, out _));
    }

    [Fact]
    public void Missing_amounts_stay_missing()
    {
        Assert.True(double.IsNaN(Rates.Convert(double.NaN, "EUR", "USD")));
    }

    [Fact]
    public void Bad_configuration_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => new CurrencyConverter("US", []));
        Assert.Throws<ArgumentException>(() => new CurrencyConverter("USD", [KeyValuePair.Create("EUR", 0.0)]));
        Assert.Throws<ArgumentException>(() => new CurrencyConverter("USD", [KeyValuePair.Create("EUR", 1.1), KeyValuePair.Create("eur", 1.2)]));
        Assert.Throws<ArgumentException>(() => new CurrencyConverter("USD", [KeyValuePair.Create("USD", 2.0)]));
    }
}
