using ActorCluster.Analytics.Cleaning;

namespace ActorCluster.Analytics.Tests.Cleaning;

/// <summary>Outlier statistics by sorting copies: the reference for <see cref="RollingOutlierDetector"/>.</summary>
internal sealed class NaiveOutliers
{
    public NaiveOutliers(IEnumerable<double> reference)
    {
        Sorted = [.. reference.Where(double.IsFinite).Order()];
        Median = MedianOf(Sorted);
        Mad = MedianOf([.. Sorted.Select(v => Math.Abs(v - Median)).Order()]);
        Q1 = Quantile7(Sorted, 0.25);
        Q3 = Quantile7(Sorted, 0.75);
        Mean = Sorted.Length == 0 ? double.NaN : Sorted.Average();
        Sd = Sorted.Length < 2 ? double.NaN : Math.Sqrt(Sorted.Sum(v => (v - Mean) * (v - Mean)) / (Sorted.Length - 1));
    }

    public double[] Sorted { get; }
    public double Median { get; }
    public double Mad { get; }
    public double Q1 { get; }
    public double Q3 { get; }
    public double Mean { get; }
    public double Sd { get; }

    public OutlierFlags Classify(double x, bool promotion, int minimumCount = 10)
    {
        if (!double.IsFinite(x) || Sorted.Length < minimumCount) return OutlierFlags.None;
        var f = OutlierFlags.None;
        if (Mad > 0 && Math.Abs(0.6745 * (x - Median) / Mad) > 3.5) f |= OutlierFlags.RobustZScore;
        double iqr = Q3 - Q1;
        if (iqr > 0 && (x < Q1 - 1.5 * iqr || x > Q3 + 1.5 * iqr)) f |= OutlierFlags.Tukey;
        if (Sd > 0 && Math.Abs(x - Mean) > 3 * Sd) f |= OutlierFlags.ThreeSigma;
        if (f == OutlierFlags.None) return f;
        return promotion ? OutlierFlags.PromotionExempt : x < Median ? f | OutlierFlags.Low : f;
    }

    private static double MedianOf(double[] s) =>
        s.Length == 0 ? double.NaN : s.Length % 2 == 1 ? s[s.Length / 2] : (s[s.Length / 2 - 1] + s[s.Length / 2]) / 2;

    private static double Quantile7(double[] s, double tau)
    {
        if (s.Length == 0) return double.NaN;
        double h = (s.Length - 1) * tau;
        int lo = (int)Math.Floor(h);
        return lo + 1 < s.Length ? s[lo] + (h - lo) * (s[lo + 1] - s[lo]) : s[lo];
    }
}
