namespace ActorCluster.Analytics.Forecasting.Arima;

/// <summary>
/// The orders of a seasonal ARIMA model (p,d,q)(P,D,Q)s with an optional constant:
/// φ(B)Φ(Bˢ)(1−B)ᵈ(1−Bˢ)ᴰ (yₜ − xₜ'β) = μ·φ(1)Φ(1) + θ(B)Θ(Bˢ)εₜ, εₜ ~ N(0, σ²).
/// Sign conventions follow Box–Jenkins, Stata and R: φ(B) = 1 − φ₁B − …, θ(B) = 1 + θ₁B + ….
/// </summary>
/// <param name="Ar">Non-seasonal autoregressive order p.</param>
/// <param name="Diff">Non-seasonal differencing order d.</param>
/// <param name="Ma">Non-seasonal moving-average order q.</param>
/// <param name="SeasonalAr">Seasonal autoregressive order P.</param>
/// <param name="SeasonalDiff">Seasonal differencing order D.</param>
/// <param name="SeasonalMa">Seasonal moving-average order Q.</param>
/// <param name="Period">Season length s; 1 (or 0) means no seasonal part.</param>
/// <param name="Constant">
/// Whether μ, the mean of the differenced series, is estimated. Only allowed when d + D ≤ 1
/// (with d + D = 1 it is the drift), as in R's <c>Arima</c> and Stata's <c>arima</c>.
/// </param>
public readonly record struct SarimaOrder(
    int Ar, int Diff, int Ma, int SeasonalAr, int SeasonalDiff, int SeasonalMa, int Period, bool Constant)
{
    /// <summary>The airline model (0,1,1)(0,1,1)s without constant (Box &amp; Jenkins 1976, ch. 9).</summary>
    public static SarimaOrder Airline(int period) => new(0, 1, 1, 0, 1, 1, period, false);

    /// <summary>A non-seasonal ARIMA(p,d,q).</summary>
    public static SarimaOrder NonSeasonal(int p, int d, int q, bool constant) => new(p, d, q, 0, 0, 0, 1, constant);

    /// <summary>Whether the model has a seasonal part (s ≥ 2).</summary>
    public bool IsSeasonal => Period >= 2;

    /// <summary>Number of observations lost to differencing: d + D·s.</summary>
    public int DifferencingLength => Diff + (IsSeasonal ? SeasonalDiff * Period : 0);

    /// <summary>Number of ARMA coefficients plus the constant (σ² and regressors not included).</summary>
    public int CoefficientCount =>
        Ar + Ma + (IsSeasonal ? SeasonalAr + SeasonalMa : 0) + (Constant ? 1 : 0);

    /// <summary>The model code, e.g. "ARIMA(0,1,1)(0,1,1)12" or "ARIMA(1,1,1) with drift".</summary>
    public string Name
    {
        get
        {
            var name = $"ARIMA({Ar},{Diff},{Ma})";
            if (IsSeasonal && SeasonalAr + SeasonalDiff + SeasonalMa > 0)
                name += $"({SeasonalAr},{SeasonalDiff},{SeasonalMa}){Period}";
            if (Constant) name += Diff + SeasonalDiff == 0 ? " with mean" : " with drift";
            return name;
        }
    }

    /// <summary>Checks the orders; returns false with a reason instead of throwing.</summary>
    public bool IsValid(out string reason)
    {
        reason = "";
        if (Ar < 0 || Diff < 0 || Ma < 0 || SeasonalAr < 0 || SeasonalDiff < 0 || SeasonalMa < 0 || Period < 0)
            reason = "orders must be non-negative";
        else if (Diff > 2 || SeasonalDiff > 1)
            reason = "d ≤ 2 and D ≤ 1 are supported";
        else if (!IsSeasonal && SeasonalAr + SeasonalDiff + SeasonalMa > 0)
            reason = "seasonal orders need a period of at least 2";
        else if (Constant && Diff + (IsSeasonal ? SeasonalDiff : 0) > 1)
            reason = "a constant is only identified when d + D ≤ 1";
        else if (Ar > 10 || Ma > 10 || SeasonalAr > 3 || SeasonalMa > 3)
            reason = "orders above p,q ≤ 10 and P,Q ≤ 3 are not supported";
        else if (Period > 1000)
            reason = "periods above 1000 are not supported";
        else if (Ar + Period * SeasonalAr > 400 || Ma + Period * SeasonalMa > 400)
            reason = "expanded AR or MA lags above 400 are not supported (the state would be too large)";
        return reason.Length == 0;
    }
}
