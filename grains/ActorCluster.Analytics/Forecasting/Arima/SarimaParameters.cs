using System.Diagnostics.CodeAnalysis;

namespace ActorCluster.Analytics.Forecasting.Arima;

/// <summary>
/// The persisted form of a SARIMA model, a flat array:
/// [version = 1, p, d, q, P, D, Q, s, constant (0/1), k, φ₁…φₚ, θ₁…θ_q, Φ₁…Φ_P, Θ₁…Θ_Q, μ, β₁…β_k, σ²].
/// Integers are stored exactly as doubles. New fields will only ever be appended under a new version.
/// </summary>
public static class SarimaParameters
{
    /// <summary>The layout version written by <see cref="Encode"/>.</summary>
    public const int Version = 1;

    private const int Header = 10;

    /// <summary>Flattens an order and its coefficients.</summary>
    public static double[] Encode(SarimaOrder order, SarimaCoefficients c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var list = new List<double>(Header + c.Ar.Length + c.Ma.Length + c.SeasonalAr.Length + c.SeasonalMa.Length + c.Exogenous.Length + 2)
        {
            Version, order.Ar, order.Diff, order.Ma, order.SeasonalAr, order.SeasonalDiff, order.SeasonalMa,
            order.Period, order.Constant ? 1 : 0, c.Exogenous.Length,
        };
        list.AddRange(c.Ar); list.AddRange(c.Ma); list.AddRange(c.SeasonalAr); list.AddRange(c.SeasonalMa);
        list.Add(c.Mean); list.AddRange(c.Exogenous); list.Add(c.Sigma2);
        return [.. list];
    }

    /// <summary>Reads an array written by <see cref="Encode"/>; false with a reason when it is malformed.</summary>
    public static bool TryDecode(ReadOnlySpan<double> a, out SarimaOrder order, [NotNullWhen(true)] out SarimaCoefficients? coefficients, out string reason)
    {
        order = default; coefficients = null;
        reason = "";
        foreach (var v in a)
            if (!double.IsFinite(v)) { reason = "parameters contain NaN or infinity"; return false; }
        if (a.Length < Header || a[0] != Version) { reason = "not a version-1 SARIMA parameter array"; return false; }
        for (int i = 1; i < Header; i++)
            if (a[i] != Math.Floor(a[i]) || a[i] < 0 || a[i] > 1000) { reason = "orders must be small non-negative integers"; return false; }
        order = new SarimaOrder((int)a[1], (int)a[2], (int)a[3], (int)a[4], (int)a[5], (int)a[6], (int)a[7], a[8] == 1);
        if (!order.IsValid(out reason)) return false;
        int sp = order.IsSeasonal ? order.SeasonalAr : 0, sq = order.IsSeasonal ? order.SeasonalMa : 0, k = (int)a[9];
        if (a.Length != Header + order.Ar + order.Ma + sp + sq + 1 + k + 1) { reason = "parameter array has the wrong length for its orders"; return false; }
        int o = Header;
        double[] Take(ReadOnlySpan<double> s, int n) { var r = s.Slice(o, n).ToArray(); o += n; return r; }
        var ar = Take(a, order.Ar); var ma = Take(a, order.Ma); var sar = Take(a, sp); var sma = Take(a, sq);
        double mean = a[o++];
        var beta = Take(a, k);
        double sigma2 = a[o];
        if (!(sigma2 > 0)) { reason = "σ² must be positive"; return false; }
        coefficients = new SarimaCoefficients(ar, ma, sar, sma, mean, beta, sigma2);
        return true;
    }
}
