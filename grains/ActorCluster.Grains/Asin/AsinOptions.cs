using ActorCluster.Analytics.Calendar;
using ActorCluster.Analytics.Cleaning;
using ActorCluster.Analytics.Pipeline;

namespace ActorCluster.Grains.Asin;

/// <summary>How each ASIN grain cleans and keeps its data. Bound from the "Asin" configuration section.</summary>
public sealed class AsinOptions
{
    /// <summary>Periods kept in the window (default 400: 250-period layers plus a year of seasonality margin).</summary>
    public int WindowLength { get; set; } = 400;

    /// <summary>How far in the future (UTC, from now) a period may start before it is rejected (default 2 days).</summary>
    public TimeSpan FutureSkew { get; set; } = TimeSpan.FromDays(2);

    /// <summary>The period of every ASIN (default daily).</summary>
    public PeriodKind Period { get; set; } = PeriodKind.Day;

    /// <summary>Rejections kept per ASIN in the side output (default 20; counts are kept for all).</summary>
    public int RejectionsKept { get; set; } = 20;

    /// <summary>Largest batch one call may carry (default 10,000); a larger batch is rejected whole.</summary>
    public int MaxBatchSize { get; set; } = 10_000;

    /// <summary>
    /// Value of one unit of each currency in a common base (e.g. "USD": 1, "EUR": 1.08). A price in another
    /// currency than the ASIN's is converted with these; without a rate for both it is rejected.
    /// </summary>
    public Dictionary<string, double> CurrencyRates { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["USD"] = 1.0,
    };

    /// <summary>
    /// How often at most an ASIN reports its latest price and units to its category grain (default 10 s): one call
    /// per interval, not per observation.
    /// </summary>
    public TimeSpan CategoryReportInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Periods between scheduled refits of the forecast and GARCH (default 30).</summary>
    public int RefitEvery { get; set; } = 30;

    /// <summary>Forecast horizon exposed (default 14 periods).</summary>
    public int ForecastHorizon { get; set; } = 14;

    private AsinAnalyticsOptions? _analytics;

    /// <summary>The analytics options these settings imply (built once; the calendar and defaults are shared).</summary>
    public AsinAnalyticsOptions Analytics => _analytics ??= new AsinAnalyticsOptions
    {
        Period = (CalendarPeriod)Period,
        History = WindowLength,
        RefitEvery = RefitEvery,
        Horizon = ForecastHorizon,
    };

    /// <summary>The currency <see cref="CurrencyRates"/> are expressed in (default USD; its rate is 1).</summary>
    public string BaseCurrency { get; set; } = "USD";

    private CurrencyConverter? _currencies;

    /// <summary>The converter these rates imply (built once).</summary>
    public CurrencyConverter Currencies => _currencies ??= new CurrencyConverter(BaseCurrency, CurrencyRates);

    /// <summary>Throws with every problem found; called at silo start.</summary>
    public void Validate()
    {
        var errors = new List<string>();
        if (WindowLength is < 30 or > 5000) errors.Add($"Asin:WindowLength must be 30..5000, was {WindowLength}");
        if (FutureSkew < TimeSpan.Zero) errors.Add($"Asin:FutureSkew must not be negative, was {FutureSkew}");
        if (RejectionsKept is < 0 or > 1000) errors.Add($"Asin:RejectionsKept must be 0..1000, was {RejectionsKept}");
        if (MaxBatchSize < 1) errors.Add($"Asin:MaxBatchSize must be positive, was {MaxBatchSize}");
        try { _ = Currencies; }
        catch (ArgumentException e) { errors.Add($"Asin:CurrencyRates / Asin:BaseCurrency: {e.Message}"); }
        if (errors.Count > 0) throw new InvalidOperationException(string.Join("; ", errors));
        try { Analytics.Validate(); }
        catch (ArgumentException e) { throw new InvalidOperationException("Asin analytics: " + e.Message, e); }
    }
}
