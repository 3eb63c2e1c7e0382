using ActorCluster.Analytics.Calendar;

namespace ActorCluster.Analytics.Simulation;

/// <summary>
/// Demand factors of the retail events of <see cref="EventCalendar.Default"/> for a holiday sensitivity s:
/// 1 + w·s with w = 2.5 (Prime Day), 1.5 (Prime Big Deal Days), 2 (Black Friday), 1.5 (Cyber Monday),
/// 0.6 (the Christmas run-up, Dec 15–24) and −0.4 (Christmas Day, when deliveries stop); never below 0.2.
/// </summary>
internal static class HolidayEffects
{
    public static EventCalendar Calendar => EventCalendar.Default;

    private static readonly Dictionary<string, double> Weights = new(StringComparer.OrdinalIgnoreCase)
    {
        [AmazonEvents.PrimeDay] = 2.5,
        [AmazonEvents.PrimeBigDealDays] = 1.5,
        [AmazonEvents.BlackFriday] = 2,
        [AmazonEvents.CyberMonday] = 1.5,
        [AmazonEvents.PreChristmas] = 0.6,
        [AmazonEvents.Christmas] = -0.4,
    };

    /// <summary>The factor of each calendar bit for sensitivity <paramref name="sensitivity"/>.</summary>
    public static double[] Factors(double sensitivity) =>
        [.. Calendar.Events.Select(e => Math.Max(0.2, 1 + Weights.GetValueOrDefault(e.Name, 1) * sensitivity))];

    /// <summary>The product of the factors of the bits set in <paramref name="mask"/>.</summary>
    public static double Factor(double[] factors, int mask)
    {
        double f = 1;
        for (int bit = 0; mask != 0; bit++, mask >>= 1)
        {
            if ((mask & 1) != 0) f *= factors[bit];
        }
        return f;
    }
}
