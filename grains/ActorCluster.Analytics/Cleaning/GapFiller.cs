namespace ActorCluster.Analytics.Cleaning;

/// <summary>
/// Fills short gaps in a dense, period-ordered series (one slot per period, missing = NaN): units are
/// linearly interpolated between the observations either side, price is carried forward from the last
/// observed price. Runs longer than the maximum gap are left missing and flagged <see cref="GapFlags.LongGap"/>.
/// </summary>
/// <remarks>
/// <para>Units are missing when not finite or negative, a price when not finite or not positive (a
/// negative count, or a zero or negative price, is not a measurement). Units need an observation on both sides: a run at the start, or at the end waiting for
/// the next observation, stays missing (<see cref="GapFlags.UnitsMissing"/>) until it is closed; price only
/// needs one before. Each series is judged separately: a run of missing units and a run of missing prices
/// can differ.</para>
/// <para>O(n) time, no allocation; outputs may be the same spans as the inputs (filled in place).</para>
/// </remarks>
public static class GapFiller
{
    /// <summary>The default longest run of missing periods that is filled: 3.</summary>
    public const int DefaultMaxGap = 3;

    /// <summary>
    /// Fills <paramref name="unitsOut"/>, <paramref name="pricesOut"/> and <paramref name="flags"/> from the
    /// inputs; returns the number of values imputed (units and prices counted separately).
    /// </summary>
    /// <exception cref="ArgumentException">Spans of different lengths, or a negative <paramref name="maxGap"/>.</exception>
    public static int Fill(ReadOnlySpan<double> units, ReadOnlySpan<double> prices, Span<double> unitsOut, Span<double> pricesOut, Span<GapFlags> flags, int maxGap = DefaultMaxGap)
    {
        int n = units.Length;
        if (prices.Length != n || unitsOut.Length != n || pricesOut.Length != n || flags.Length != n)
            throw new ArgumentException("units, prices, outputs and flags must have the same length");
        ArgumentOutOfRangeException.ThrowIfNegative(maxGap);
        flags.Clear();
        return FillUnits(units, unitsOut, flags, maxGap) + FillPrices(prices, pricesOut, flags, maxGap);
    }

    /// <summary>True when <paramref name="units"/> is a usable count: finite and not negative.</summary>
    public static bool IsObservedUnits(double units) => double.IsFinite(units) && units >= 0;

    /// <summary>True when <paramref name="price"/> is a usable price: finite and positive.</summary>
    public static bool IsObservedPrice(double price) => double.IsFinite(price) && price > 0;

    /// <summary>Writes the linear interpolation between <paramref name="left"/> and <paramref name="right"/> into the slots strictly between them.</summary>
    public static void Interpolate(double left, double right, Span<double> between)
    {
        double step = (right - left) / (between.Length + 1);
        for (int i = 0; i < between.Length; i++) between[i] = left + step * (i + 1);
    }

    private static int FillUnits(ReadOnlySpan<double> input, Span<double> output, Span<GapFlags> flags, int maxGap)
    {
        int n = input.Length, imputed = 0, i = 0;
        while (i < n)
        {
            if (IsObservedUnits(input[i])) { output[i] = input[i]; i++; continue; }
            int end = i;
            while (end < n && !IsObservedUnits(input[end])) end++;
            int run = end - i;
            bool closed = i > 0 && end < n;
            if (closed && run <= maxGap)
            {
                Interpolate(output[i - 1], input[end], output[i..end]);
                for (int k = i; k < end; k++) flags[k] |= GapFlags.UnitsInterpolated;
                imputed += run;
            }
            else
            {
                var flag = GapFlags.UnitsMissing | (run > maxGap ? GapFlags.LongGap : GapFlags.None);
                for (int k = i; k < end; k++) { output[k] = double.NaN; flags[k] |= flag; }
            }
            i = end;
        }
        return imputed;
    }

    private static int FillPrices(ReadOnlySpan<double> input, Span<double> output, Span<GapFlags> flags, int maxGap)
    {
        int n = input.Length, imputed = 0, i = 0;
        while (i < n)
        {
            if (IsObservedPrice(input[i])) { output[i] = input[i]; i++; continue; }
            int end = i;
            while (end < n && !IsObservedPrice(input[end])) end++;
            int run = end - i;
            bool fill = i > 0 && run <= maxGap;
            double last = fill ? output[i - 1] : double.NaN;
            var flag = fill ? GapFlags.PriceCarriedForward : GapFlags.PriceMissing | (run > maxGap ? GapFlags.LongGap : GapFlags.None);
            for (int k = i; k < end; k++) { output[k] = last; flags[k] |= flag; }
            if (fill) imputed += run;
            i = end;
        }
        return imputed;
    }
}
