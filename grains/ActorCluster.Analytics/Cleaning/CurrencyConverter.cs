namespace ActorCluster.Analytics.Cleaning;

/// <summary>
/// Converts prices between currencies at configured rates, so each ASIN's prices are kept in one currency.
/// Rates are given as the value of one unit of each currency in a base currency (e.g. base USD:
/// EUR = 1.08 means 1 EUR = 1.08 USD); a cross rate is the ratio of two of them. Immutable, thread-safe.
/// </summary>
/// <remarks>
/// Codes are ISO 4217 letters, matched after trimming and ignoring case. The span overloads are
/// allocation-free; an amount that is NaN or infinite converts to itself (a missing price stays missing),
/// and a negative amount is converted as is: validation belongs to the caller.
/// </remarks>
public sealed class CurrencyConverter
{
    private readonly Dictionary<string, double> _rates;
    private readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <param name="baseCurrency">The currency the rates are expressed in; its own rate is 1.</param>
    /// <param name="ratesToBase">Currency code → value of one unit in the base currency (finite, positive).</param>
    /// <exception cref="ArgumentException">A code is not three letters, a rate is not finite and positive, or a code repeats.</exception>
    public CurrencyConverter(string baseCurrency, IEnumerable<KeyValuePair<string, double>> ratesToBase)
    {
        ArgumentNullException.ThrowIfNull(ratesToBase);
        BaseCurrency = CheckCode(baseCurrency, nameof(baseCurrency));
        _rates = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase) { [BaseCurrency] = 1.0 };
        foreach (var (code, rate) in ratesToBase)
        {
            string c = CheckCode(code, nameof(ratesToBase));
            if (!double.IsFinite(rate) || rate <= 0) throw new ArgumentException($"rate of {c} must be finite and positive, got {rate}", nameof(ratesToBase));
            if (string.Equals(c, BaseCurrency, StringComparison.OrdinalIgnoreCase))
            {
                if (rate != 1) throw new ArgumentException($"the base currency {c} must have rate 1, got {rate}", nameof(ratesToBase));
                continue;
            }
            if (!_rates.TryAdd(c, rate)) throw new ArgumentException($"currency {c} is given twice", nameof(ratesToBase));
        }
        _lookup = _rates.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The currency the rates are expressed in.</summary>
    public string BaseCurrency { get; }

    /// <summary>The known codes (upper case).</summary>
    public IEnumerable<string> Currencies => _rates.Keys;

    /// <summary>True when <paramref name="code"/> has a rate.</summary>
    public bool IsKnown(ReadOnlySpan<char> code) => _lookup.ContainsKey(code.Trim());

    /// <summary>Converts without allocating; false (and NaN) when either currency is unknown.</summary>
    public bool TryConvert(double amount, ReadOnlySpan<char> from, ReadOnlySpan<char> to, out double converted)
    {
        if (!_lookup.TryGetValue(from.Trim(), out double rateFrom) || !_lookup.TryGetValue(to.Trim(), out double rateTo))
        {
            converted = double.NaN;
            return false;
        }
        converted = rateFrom == rateTo ? amount : amount * (rateFrom / rateTo);
        return true;
    }

    /// <summary>Converts; on failure <paramref name="reason"/> names the unknown currency and lists the known ones.</summary>
    public bool TryConvert(double amount, string? from, string? to, out double converted, out string? reason)
    {
        if (TryConvert(amount, from.AsSpan(), to.AsSpan(), out converted))
        {
            reason = null;
            return true;
        }
        string unknown = IsKnown(from.AsSpan()) ? to ?? "" : from ?? "";
        reason = $"unknown currency '{unknown.Trim()}'; known: {string.Join(", ", _rates.Keys.Order(StringComparer.Ordinal))}";
        return false;
    }

    /// <summary>Converts or throws.</summary>
    /// <exception cref="ArgumentException">A currency has no rate; the message names it.</exception>
    public double Convert(double amount, string? from, string? to) =>
        TryConvert(amount, from, to, out double converted, out string? reason) ? converted : throw new ArgumentException(reason);

    private static string CheckCode(string? code, string parameter)
    {
        string c = code?.Trim().ToUpperInvariant() ?? "";
        if (c.Length != 3 || !c.All(char.IsAsciiLetterUpper))
            throw new ArgumentException($"'{code}' is not a three-letter ISO 4217 currency code", parameter);
        return c;
    }
}
