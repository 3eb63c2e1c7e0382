using ActorCluster.Analytics.Volatility;

namespace ActorCluster.Analytics.Alerts;

/// <summary>
/// Measures every signal of one observation (MISSION §6). Stateless: hysteresis is applied afterwards by
/// <see cref="SignalHysteresis"/>. A signal whose inputs are missing (NaN, warming thresholds) is not reported, nor are
/// the units and sales-rank signals while the units lie within count noise of their mean (the rank is read off the
/// units), nor the price ones for a move under <see cref="AlertRuleOptions.MinPriceMove"/>.
/// </summary>
public static class AlertSignals
{
    /// <summary>All signals that could be measured, beyond their threshold or not.</summary>
    public static List<AlertSignal> Measure(in AlertInput input, AlertRuleOptions options)
    {
        var list = new List<AlertSignal>(11);
        var step = input.Step;
        bool countNoise = WithinCountNoise(input, options);
        if (!countNoise) Primary(list, SignalKind.UnitsThreshold, "units", step.Units, options);
        bool routinePrice = Math.Abs(step.Price.Change) < options.MinPriceMove;
        if (!routinePrice) Primary(list, SignalKind.PriceThreshold, "price", step.Price, options);
        if (!countNoise)
        {
            Primary(list, SignalKind.SalesRankThreshold, "sales rank", step.SalesRank, options);
            Residual(list, input, options);
            Surge(list, input, options);
        }
        Rsi(list, SignalKind.UnitsRsi, "units", input.Features.UnitsRsi, options);
        Rsi(list, SignalKind.PriceRsi, "price", input.Features.PriceRsi, options);
        if (!routinePrice) AtrBand(list, input, options);
        if (!countNoise) RankJump(list, step.SalesRank, options);
        StockOut(list, input, options);
        if (step.DriftDetected)
            list.Add(new(SignalKind.Drift, 1, double.NaN, 0, true, double.NaN, "the recent units distribution drifted away from the reference window"));
        return list;
    }

    private static void Primary(List<AlertSignal> list, SignalKind kind, string name, in ThresholdUpdate u, AlertRuleOptions o)
    {
        if (u.Status != PushStatus.Accepted || !double.IsFinite(u.Score) || !(u.Threshold >= 0)) return;
        double margin = Ratio(u.Score, u.Threshold);
        int direction = Math.Sign(u.Change);
        string move = direction >= 0 ? "up" : "down";
        list.Add(new(kind, u.Score, u.Threshold, direction, u.Score > u.Threshold, margin,
            Worth(margin, o) ? $"{name} moved {move} {Percent(u.Change)}: volatility score {u.Score:0.###} against threshold {u.Threshold:0.###}" : ""));
    }

    private static void Residual(List<AlertSignal> list, in AlertInput input, AlertRuleOptions o)
    {
        double r = input.Step.ForecastResidual;
        double scale = input.ResidualScale > 0 ? input.ResidualScale : input.Features.UnitsStd20;
        if (!double.IsFinite(r) || !(scale > 0) || !double.IsFinite(scale)) return;
        double t = o.ResidualSigmas * scale, value = Math.Abs(r);
        list.Add(new(SignalKind.ForecastResidual, value, t, Math.Sign(r), value > t, value / t, !Worth(value / t, o) ? "" :
            $"units were {value:0.##} {(r >= 0 ? "above" : "below")} the forecast, beyond the band of {t:0.##}"));
    }

    private static void Surge(List<AlertSignal> list, in AlertInput input, AlertRuleOptions o)
    {
        var f = input.Features;
        double ratio = double.IsFinite(f.VolumeRatio) ? f.VolumeRatio
            : f.UnitsMean20 > 0 ? input.Current.Units / f.UnitsMean20 : double.NaN;
        if (!double.IsFinite(ratio)) return;
        list.Add(new(SignalKind.UnitsSurge, ratio, o.UnitsSurgeRatio, 1, ratio > o.UnitsSurgeRatio, ratio / o.UnitsSurgeRatio,
            !Worth(ratio / o.UnitsSurgeRatio, o) ? "" : $"units are {ratio:0.##}× their 20-period mean (line {o.UnitsSurgeRatio:0.##}×)"));
    }

    private static void Rsi(List<AlertSignal> list, SignalKind kind, string name, double rsi, AlertRuleOptions o)
    {
        if (!(rsi is >= 0 and <= 100)) return;
        bool high = rsi >= 50;
        double line = high ? o.RsiHigh : o.RsiLow;
        double margin = high ? rsi / o.RsiHigh : (rsi > 0 ? o.RsiLow / rsi : double.PositiveInfinity);
        bool beyond = high ? rsi > o.RsiHigh : rsi < o.RsiLow;
        list.Add(new(kind, rsi, line, high ? 1 : -1, beyond, margin, !Worth(margin, o) ? "" :
            $"{name} RSI is {rsi:0.#}, {(high ? "above" : "below")} the {(high ? "overbought" : "oversold")} line {line:0.#}"));
    }

    private static void AtrBand(List<AlertSignal> list, in AlertInput input, AlertRuleOptions o)
    {
        if (input.Previous is not { } prev || !(input.PriceAtr > 0)) return;
        double move = LogChange.Between(prev.Price, input.Current.Price, LogChangeKind.LogRatio);
        if (!double.IsFinite(move) || !double.IsFinite(input.PriceAtr)) return;
        double band = o.AtrBandMultiple * input.PriceAtr, abs = Math.Abs(move);
        list.Add(new(SignalKind.PriceAtrBand, abs, band, Math.Sign(move), abs > band, abs / band, !Worth(abs / band, o) ? "" :
            $"price moved {Percent(move)} ({prev.Price:0.##} → {input.Current.Price:0.##}), outside the ATR band of ±{band:0.###} (log)"));
    }

    private static void RankJump(List<AlertSignal> list, in ThresholdUpdate u, AlertRuleOptions o)
    {
        if (u.Status != PushStatus.Accepted || !double.IsFinite(u.Change)) return;
        double line = o.SalesRankJumpLogChange;
        list.Add(new(SignalKind.SalesRankJump, u.Change, line, Math.Sign(u.Change), u.Change > line, u.Change / line,
            !Worth(u.Change / line, o) ? "" : $"sales rank worsened by {Percent(u.Change)} (line {Percent(line)})"));
    }

    private static void StockOut(List<AlertSignal> list, in AlertInput input, AlertRuleOptions o)
    {
        var now = input.Current;
        if (!now.InStock)
        {
            list.Add(new(SignalKind.StockOut, 0, double.NaN, -1, true, double.NaN, "the listing is out of stock"));
            return;
        }
        // Zero units mean a stock-out only where a zero day is unlikely: a seller averaging under one unit a day has
        // many (e^-mean of days are zero by chance), so its zeros say nothing.
        if (input.Previous is not { } prev || now.Units != 0 || !(prev.Units >= o.StockOutMinPreviousUnits)
            || !(input.Features.UnitsMean20 >= o.StockOutMinMeanUnits)) return;
        list.Add(new(SignalKind.StockOut, 0, prev.Units, -1, true, double.NaN,
            $"no units sold after {prev.Units:0.##} the period before: likely out of stock"));
    }

    /// <summary>
    /// True when the units lie within <see cref="AlertRuleOptions.UnitsNoiseSigmas"/> Poisson deviations of their
    /// 20-period mean: a move a count makes by chance, which the units signals then do not report.
    /// </summary>
    private static bool WithinCountNoise(in AlertInput input, AlertRuleOptions o)
    {
        double mean = input.Features.UnitsMean20, units = input.Current.Units;
        if (!(o.UnitsNoiseSigmas > 0) || !double.IsFinite(mean) || !double.IsFinite(units)) return false;
        return Math.Abs(units - mean) <= o.UnitsNoiseSigmas * Math.Sqrt(Math.Max(mean, 1));
    }

    /// <summary>
    /// Explanations are written only for signals that can count (beyond the line, or within the hysteresis band that
    /// may hold them): formatting eleven sentences per observation for signals nobody reads was most of the cost.
    /// </summary>
    private static bool Worth(double margin, AlertRuleOptions o) => margin >= 1 - o.HysteresisBuffer;

    private static double Ratio(double value, double line) =>
        line > 0 ? value / line : value > 0 ? double.PositiveInfinity : 0;

    private static string Percent(double logChange) => $"{(Math.Exp(logChange) - 1) * 100:+0.#;-0.#;0}%";
}
