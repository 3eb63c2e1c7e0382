using MathNet.Numerics.LinearAlgebra;

namespace ActorCluster.Analytics.Forecasting.Regressors;

/// <summary>
/// Estimates <see cref="PromotionPriceEffects"/> by least squares on
/// log(1 + units_t) = a + b·t [+ Σ hinges of a level curve] + Σ seasonal dummies [+ before/after-promotion flags]
///                    + β·promo_t + ε·log(price_t) + e_t,
/// the constant-elasticity demand model with the level, the season and the pull-forward dips around promotions as
/// controls; whether the level curve and the dip flags are worth their columns is decided by AIC. Periods with a
/// missing unit or price value, and single-period price glitches, are left out. Each effect is reported only when the
/// data can carry it: enough promotion periods, enough price variation, and price not moving in lockstep with promotions.
/// </summary>
public static class PromotionPriceEstimator
{
    /// <summary>Promotion periods needed to estimate an uplift (default 3).</summary>
    public const int MinPromotionPeriods = 3;

    /// <summary>Standard deviation of log price below which elasticity is not estimated (1%).</summary>
    public const double MinLogPriceSpread = 0.01;

    /// <summary>|correlation| between promotion and log price above which the two effects cannot be told apart.</summary>
    public const double MaxConfounding = 0.9;

    public static PromotionPriceEffects Estimate(ReadOnlySpan<double> units, ReadOnlySpan<double> price, ReadOnlySpan<bool> promotion, int seasonLength)
    {
        if (units.Length != price.Length || units.Length != promotion.Length)
            return PromotionPriceEffects.None("units, price and promotion must have the same length");
        var rows = new List<int>(units.Length);
        for (int t = 0; t < units.Length; t++)
            if (double.IsFinite(units[t]) && units[t] >= 0 && double.IsFinite(price[t]) && price[t] > 0 && !IsPriceGlitch(price, t)) rows.Add(t);
        int m = Math.Max(1, seasonLength);
        int seasonal = m > 1 && rows.Count >= 3 * m ? m - 1 : 0;
        int knots = rows.Count >= 4 * KnotSpacing ? Math.Max(0, (rows[^1] - KnotSpacing / 2) / KnotSpacing) : 0;
        if (rows.Count < 10 + seasonal) return PromotionPriceEffects.None($"need at least {10 + seasonal} periods with units and price, have {rows.Count}");
        var (before, after) = AroundPromotions(promotion);
        // Only where promotions are occasional runs: when nearly every period is near one, there is no baseline to dip from.
        int shadowed = rows.Count(t => before[t] || after[t]);
        bool useAround = CountOf(before, rows) >= MinPromotionPeriods && CountOf(after, rows) >= MinPromotionPeriods && shadowed <= rows.Count / 2;

        int promoCount = 0;
        var logPrice = new double[rows.Count];
        var promoFlag = new double[rows.Count];
        for (int i = 0; i < rows.Count; i++)
        {
            logPrice[i] = Math.Log(price[rows[i]]);
            promoFlag[i] = promotion[rows[i]] ? 1 : 0;
            promoCount += promotion[rows[i]] ? 1 : 0;
        }
        bool usePromo = promoCount >= MinPromotionPeriods && promoCount <= rows.Count - MinPromotionPeriods;
        bool usePrice = StdDev(logPrice) >= MinLogPriceSpread;
        var notes = new List<string>();
        if (!usePromo) notes.Add($"promotion uplift needs at least {MinPromotionPeriods} promotion and non-promotion periods (have {promoCount} promotion periods)");
        if (!usePrice) notes.Add("the price barely varied: elasticity cannot be estimated");
        if (usePromo && usePrice && Math.Abs(Correlation(promoFlag, logPrice)) > MaxConfounding)
        {
            usePrice = false;
            notes.Add("the price moved only with promotions: its effect is part of the promotion uplift");
        }

        useAround = useAround && usePromo;
        var y = Vector<double>.Build.Dense(rows.Count);
        for (int i = 0; i < rows.Count; i++) y[i] = Math.Log(1 + units[rows[i]]);
        // The controls a series needs differ: a flat seller is best fitted without a level curve (its hinges would
        // only soak up price eras), one with a life cycle or a season with it. Akaike's information criterion picks.
        Matrix<double>? best = null;
        double bestBic = double.PositiveInfinity;
        foreach (int k in knots > 0 ? new[] { 0, knots } : [0])
        foreach (bool around in useAround ? new[] { false, true } : [false])
        {
            var x = Design(rows, units.Length, k, seasonal, m, around ? before : null, around ? after : null,
                usePromo ? promoFlag : null, usePrice ? logPrice : null);
            double bic = Aic(x, y);
            if (bic < bestBic) (best, bestBic) = (x, bic);
        }
        return Solve(best ?? Design(rows, units.Length, 0, seasonal, m, null, null, usePromo ? promoFlag : null, usePrice ? logPrice : null),
            y, usePromo, usePrice, notes);
    }

    /// <summary>
    /// Columns: intercept, trend, <paramref name="knots"/> hinges of the level curve (every <see cref="KnotSpacing"/>
    /// periods), seasonal dummies, the periods before and after promotions, the promotion flag, log price (last).
    /// </summary>
    private static Matrix<double> Design(List<int> rows, int length, int knots, int seasonal, int m,
        bool[]? before, bool[]? after, double[]? promoFlag, double[]? logPrice)
    {
        int columns = 2 + knots + seasonal + (before is null ? 0 : 2) + (promoFlag is null ? 0 : 1) + (logPrice is null ? 0 : 1);
        var x = Matrix<double>.Build.Dense(rows.Count, columns);
        for (int i = 0; i < rows.Count; i++)
        {
            int t = rows[i], c = 0;
            x[i, c++] = 1;
            x[i, c++] = t / (double)length;
            for (int k = 1; k <= knots; k++) x[i, c++] = Math.Max(0, t - k * KnotSpacing) / (double)length;
            for (int s = 1; s <= seasonal; s++) x[i, c++] = t % m == s ? 1 : 0;
            if (before is not null) { x[i, c++] = before[t] ? 1 : 0; x[i, c++] = after![t] ? 1 : 0; }
            if (promoFlag is not null) x[i, c++] = promoFlag[i];
            if (logPrice is not null) x[i, c++] = logPrice[i];
        }
        return x;
    }

    /// <summary>Akaike: n·ln(RSS/n) + 2k; infinite when the columns are collinear.</summary>
    private static double Aic(Matrix<double> x, Vector<double> y)
    {
        int n = x.RowCount, k = x.ColumnCount;
        if (n <= k) return double.PositiveInfinity;
        var qr = x.QR();
        if (Math.Abs(qr.R.Diagonal().AbsoluteMinimum()) < 1e-10 * Math.Max(1, qr.R.Diagonal().AbsoluteMaximum())) return double.PositiveInfinity;
        var residual = y - x * qr.Solve(y);
        return n * Math.Log(Math.Max(residual.DotProduct(residual), 1e-300) / n) + 2 * k;
    }

    private static PromotionPriceEffects Solve(Matrix<double> x, Vector<double> y, bool usePromo, bool usePrice, List<string> notes)
    {
        int n = x.RowCount, k = x.ColumnCount;
        if (n <= k) return PromotionPriceEffects.None($"too few periods ({n}) for {k} coefficients");
        var qr = x.QR();
        if (Math.Abs(qr.R.Diagonal().AbsoluteMinimum()) < 1e-10 * Math.Max(1, qr.R.Diagonal().AbsoluteMaximum()))
            return PromotionPriceEffects.None("the regressors are collinear: " + string.Join("; ", notes.DefaultIfEmpty("no variation")));
        var beta = qr.Solve(y);
        var residual = y - x * beta;
        double s2 = residual.DotProduct(residual) / (n - k);
        var covariance = (x.TransposeThisAndMultiply(x)).Inverse() * s2;
        int promoIndex = k - (usePrice ? 1 : 0) - 1, priceIndex = k - 1;
        double uplift = usePromo ? Math.Exp(beta[promoIndex]) : double.NaN;
        double elasticity = usePrice ? beta[priceIndex] : double.NaN;
        double seUplift = usePromo ? Math.Sqrt(covariance[promoIndex, promoIndex]) : double.NaN;
        double seElasticity = usePrice ? Math.Sqrt(covariance[priceIndex, priceIndex]) : double.NaN;
        if (usePrice && seElasticity > 1.0)
        {
            notes.Add($"elasticity {elasticity:0.##} is too uncertain (standard error {seElasticity:0.##})");
            elasticity = double.NaN;
        }
        var note = notes.Count == 0 ? "promotion uplift and price elasticity estimated" : string.Join("; ", notes);
        return new PromotionPriceEffects(uplift, elasticity, seUplift, seElasticity, n, note);
    }

    /// <summary>Periods between the level curve's hinges.</summary>
    public const int KnotSpacing = 56;

    /// <summary>Periods before a promotion starts and after it ends in which demand dips (pull-forward).</summary>
    public const int PromotionShadow = 7;

    /// <summary>
    /// A price at least double or at most half the median of its four nearest neighbours: a bad price in the data
    /// (a decimal slip, a placeholder), not a price customers saw. Promotions and real moves are far smaller.
    /// </summary>
    private static bool IsPriceGlitch(ReadOnlySpan<double> price, int t)
    {
        Span<double> around = stackalloc double[4];
        int n = 0;
        for (int d = -2; d <= 2; d++)
        {
            int u = t + d;
            if (d == 0 || u < 0 || u >= price.Length || !(price[u] > 0) || !double.IsFinite(price[u])) continue;
            around[n++] = Math.Log(price[u]);
        }
        if (n < 2) return false;
        around = around[..n];
        around.Sort();
        double median = n % 2 == 1 ? around[n / 2] : (around[n / 2 - 1] + around[n / 2]) / 2;
        return Math.Abs(Math.Log(price[t]) - median) > Math.Log(2);
    }

    /// <summary>Flags the periods shortly before each promotion run and shortly after it.</summary>
    private static (bool[] Before, bool[] After) AroundPromotions(ReadOnlySpan<bool> promotion)
    {
        var before = new bool[promotion.Length];
        var after = new bool[promotion.Length];
        for (int t = 0; t < promotion.Length; t++)
        {
            if (promotion[t]) continue;
            for (int d = 1; d <= PromotionShadow; d++)
            {
                if (t + d < promotion.Length && promotion[t + d]) before[t] = true;
                if (t - d >= 0 && promotion[t - d]) after[t] = true;
            }
        }
        return (before, after);
    }

    private static int CountOf(bool[] flags, List<int> rows) => rows.Count(t => flags[t]);

    private static double StdDev(double[] v)
    {
        if (v.Length < 2) return 0;
        double mean = v.Average();
        return Math.Sqrt(v.Sum(a => (a - mean) * (a - mean)) / (v.Length - 1));
    }

    private static double Correlation(double[] a, double[] b)
    {
        double ma = a.Average(), mb = b.Average(), sab = 0, saa = 0, sbb = 0;
        for (int i = 0; i < a.Length; i++) { sab += (a[i] - ma) * (b[i] - mb); saa += (a[i] - ma) * (a[i] - ma); sbb += (b[i] - mb) * (b[i] - mb); }
        return saa > 0 && sbb > 0 ? sab / Math.Sqrt(saa * sbb) : 0;
    }
}
