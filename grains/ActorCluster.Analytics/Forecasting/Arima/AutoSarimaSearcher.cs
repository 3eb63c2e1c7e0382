namespace ActorCluster.Analytics.Forecasting.Arima;

/// <summary>
/// The order search behind <see cref="AutoSarima"/> for fixed d and D. Every candidate is fitted by exact ML
/// with a loose stopping rule (enough to rank by AICc), warm-started from the best model so far (neighbours
/// differ by one order); scores are cached, and the winner is refined with the strict rule.
/// </summary>
internal sealed class AutoSarimaSearcher(double[] y, double[][] x, int m, int d, int seasonalD, AutoSarimaOptions options)
{
    private const double SearchTolerance = 1e-4;
    private const int SearchIterations = 30;
    private readonly Dictionary<SarimaOrder, SarimaEstimate?> _fitted = [];
    private string _lastReason = "no candidate model could be fitted";

    private bool ConstantAllowed => d + seasonalD <= 1;

    public bool TryRun(out SarimaModel? model, out string reason)
    {
        if (options.Search == AutoSarimaSearch.Stepwise) Stepwise(); else Candidates();
        var best = _fitted.Values.Where(f => f is { } e && double.IsFinite(e.Aicc)).MinBy(f => f!.Value.Aicc);
        if (best is not { } winner) { model = null; reason = _lastReason; return false; }
        // Refine the winner with the strict stopping rule, from where the search left it.
        if (SarimaEstimator.TryEstimate(y, winner.Order, x, winner.Coefficients, 1e-6, 100, out var refined, out _)
            && refined.LogLikelihood >= winner.LogLikelihood)
            winner = refined;
        model = SarimaEstimator.Build(winner.Order, winner.Coefficients, y, x);
        reason = "";
        return true;
    }

    private SarimaOrder Order(int p, int q, int sp, int sq, bool constant) =>
        new(p, d, q, m >= 2 ? sp : 0, m >= 2 ? seasonalD : 0, m >= 2 ? sq : 0, m, constant && ConstantAllowed);

    private void Candidates()
    {
        bool c = ConstantAllowed;
        if (m >= 2)
        {
            foreach (var (p, q, sp, sq) in new[] { (0, 1, 0, 1), (1, 0, 0, 1), (1, 1, 0, 1), (0, 1, 1, 0), (1, 0, 1, 0) })
                Score(Order(p, q, sp, sq, c), null);
        }
        foreach (var (p, q) in new[] { (0, 1), (1, 0), (1, 1), (2, 0), (0, 0) })
            Score(Order(p, q, 0, 0, c), null);
    }

    private void Stepwise()
    {
        var o = options;
        SarimaOrder[] starts =
        [
            Order(Math.Min(2, o.MaxAr), Math.Min(2, o.MaxMa), Math.Min(1, o.MaxSeasonalAr), Math.Min(1, o.MaxSeasonalMa), true),
            Order(0, 0, 0, 0, true),
            Order(Math.Min(1, o.MaxAr), 0, Math.Min(1, o.MaxSeasonalAr), 0, true),
            Order(0, Math.Min(1, o.MaxMa), 0, Math.Min(1, o.MaxSeasonalMa), true),
        ];
        var best = starts.Select(s => (Order: s, Aicc: Score(s, null))).MinBy(s => s.Aicc);
        bool improved = true;
        while (improved && _fitted.Count < o.MaxModels)
        {
            improved = false;
            foreach (var next in Neighbours(best.Order))
            {
                if (_fitted.Count >= o.MaxModels) break;
                if (next.Ar > o.MaxAr || next.Ma > o.MaxMa || next.SeasonalAr > o.MaxSeasonalAr || next.SeasonalMa > o.MaxSeasonalMa) continue;
                double aicc = Score(next, _fitted.GetValueOrDefault(best.Order)?.Coefficients);
                if (aicc < best.Aicc) { best = (next, aicc); improved = true; break; }
            }
        }
    }

    private IEnumerable<SarimaOrder> Neighbours(SarimaOrder b)
    {
        var moves = new (int P, int Q, int Sp, int Sq)[]
        {
            (0, 0, -1, 0), (0, 0, 1, 0), (0, 0, 0, -1), (0, 0, 0, 1), (0, 0, 1, 1), (0, 0, -1, -1),
            (-1, 0, 0, 0), (1, 0, 0, 0), (0, -1, 0, 0), (0, 1, 0, 0), (1, 1, 0, 0), (-1, -1, 0, 0),
        };
        foreach (var (dp, dq, dsp, dsq) in moves)
        {
            int p = b.Ar + dp, q = b.Ma + dq, sp = b.SeasonalAr + dsp, sq = b.SeasonalMa + dsq;
            if (p < 0 || q < 0 || sp < 0 || sq < 0 || (m < 2 && (dsp != 0 || dsq != 0))) continue;
            yield return Order(p, q, sp, sq, b.Constant);
        }
        if (ConstantAllowed) yield return b with { Constant = !b.Constant };
    }

    private double Score(SarimaOrder order, SarimaCoefficients? warm)
    {
        if (!_fitted.TryGetValue(order, out var estimate))
        {
            var start = warm is null ? null : Adapt(warm, order);
            if (SarimaEstimator.TryEstimate(y, order, x, start, SearchTolerance, SearchIterations, out var e, out var reason))
                estimate = e;
            else
                _lastReason = reason;
            _fitted[order] = estimate;
        }
        return estimate?.Aicc ?? double.PositiveInfinity;
    }

    /// <summary>Carries coefficients to a neighbouring order: shared lags kept, new ones zero.</summary>
    private static SarimaCoefficients Adapt(SarimaCoefficients c, SarimaOrder order)
    {
        static double[] Resize(double[] a, int n) { var r = new double[n]; Array.Copy(a, r, Math.Min(n, a.Length)); return r; }
        return c with
        {
            Ar = Resize(c.Ar, order.Ar),
            Ma = Resize(c.Ma, order.Ma),
            SeasonalAr = Resize(c.SeasonalAr, order.IsSeasonal ? order.SeasonalAr : 0),
            SeasonalMa = Resize(c.SeasonalMa, order.IsSeasonal ? order.SeasonalMa : 0),
            Mean = order.Constant ? c.Mean : 0,
        };
    }
}
