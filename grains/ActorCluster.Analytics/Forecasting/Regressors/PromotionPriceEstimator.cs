using MathNet.Numerics.LinearAlgebra;

namespace ActorCluster.Analytics.Forecasting.Regressors;

/// <summary>
/// Estimates <see cref="PromotionPriceEffects"/> by least squares on
/// log(1 + units_t) = a + b·t + Σ seasonal dummies + β·promo_t + ε·log(price_t) + e_t,
/// the constant-elasticity demand model with a trend and seasonal profile as controls. Periods with a
/// missing unit or price value are left out. Each effect is reported only when the data can carry it:
/// enough promotion periods, enough price variation, and price not moving in lockstep with promotions.
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
            if (double.IsFinite(units[t]) && units[t] >= 0 && double.IsFinite(price[t]) && price[t] > 0) rows.Add(t);
        int m = Math.Max(1, seasonLength);
        int seasonal = m > 1 && rows.Count >= 3 * m ? m - 1 : 0;
        if (rows.Count < 10 + seasonal) return PromotionPriceEffects.None($"need at least {10 + seasonal} periods with units and price, have {rows.Count}");

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

        int columns = 2 + seasonal + (usePromo ? 1 : 0) + (usePrice ? 1 : 0);
        var x = Matrix<double>.Build.Dense(rows.Count, columns);
        var y = Vector<double>.Build.Dense(rows.Count);
        for (int i = 0; i < rows.Count; i++)
        {
            int t = rows[i], c = 0;
            x[i, c++] = 1;
            x[i, c++] = t / (double)units.Length;
            for (int s = 1; s <= seasonal; s++) x[i, c++] = t % m == s ? 1 : 0;
            if (usePromo) x[i, c++] = promoFlag[i];
            if (usePrice) x[i, c++] = logPrice[i];
            y[i] = Math.Log(1 + units[t]);
        }
        return Solve(x, y, usePromo, usePrice, notes);
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
