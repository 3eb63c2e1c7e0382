using ActorCluster.Analytics.Volatility;

namespace ActorCluster.Analytics.Alerts;

/// <summary>
/// One signal measured on one observation, with what a seller needs to read it.
/// </summary>
/// <param name="Kind">Which signal.</param>
/// <param name="Value">The measured value (a score, ratio, RSI, log-change or unit count; see <paramref name="Explanation"/>).</param>
/// <param name="Threshold">The line it was judged against (NaN for yes/no signals such as drift).</param>
/// <param name="Direction">+1 for a move up (higher units, price, worse rank, RSI high), −1 down, 0 when it has none.</param>
/// <param name="Beyond">True when the value is beyond its threshold on this observation.</param>
/// <param name="Margin">Value ÷ threshold oriented so that &gt; 1 is beyond (NaN for yes/no signals); drives hysteresis.</param>
/// <param name="Explanation">A sentence a seller can read.</param>
public sealed record AlertSignal(
    SignalKind Kind, double Value, double Threshold, int Direction, bool Beyond, double Margin, string Explanation)
{
    /// <summary>True for the four primary kinds (a metric beyond its volatility threshold).</summary>
    public bool IsPrimary => IsPrimaryKind(Kind);

    /// <summary>True for the four primary kinds.</summary>
    public static bool IsPrimaryKind(SignalKind kind) => kind <= SignalKind.ForecastResidual;

    /// <summary>The quantity the signal reads (<see cref="GroupOf"/>).</summary>
    public SignalGroup Group => GroupOf(Kind);

    /// <summary>The quantity <paramref name="kind"/> reads; signals of one group are correlated.</summary>
    public static SignalGroup GroupOf(SignalKind kind) => kind switch
    {
        SignalKind.UnitsThreshold or SignalKind.ForecastResidual or SignalKind.UnitsSurge or SignalKind.UnitsRsi => SignalGroup.Units,
        SignalKind.PriceThreshold or SignalKind.PriceAtrBand or SignalKind.PriceRsi => SignalGroup.Price,
        SignalKind.SalesRankThreshold or SignalKind.SalesRankJump => SignalGroup.SalesRank,
        SignalKind.StockOut => SignalGroup.StockOut,
        _ => SignalGroup.Drift,
    };

    /// <summary>The metric whose volatility threshold a primary signal reflects (the residual is a units figure); null otherwise.</summary>
    public MetricKind? Metric => Kind switch
    {
        SignalKind.UnitsThreshold or SignalKind.ForecastResidual => MetricKind.Units,
        SignalKind.PriceThreshold => MetricKind.Price,
        SignalKind.SalesRankThreshold => MetricKind.SalesRank,
        _ => null,
    };
}
