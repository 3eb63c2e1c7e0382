namespace ActorCluster.Grains.Asin;

/// <summary>Range checks per field. Every bad field is named, so one message explains the whole row.</summary>
public static class ObservationValidator
{
    /// <summary>Null when the observation is acceptable, otherwise a reason naming each bad field.</summary>
    public static string? Check(Observation o)
    {
        List<string>? bad = null;
        void Bad(string message) => (bad ??= []).Add(message);

        if (o.PeriodStart == default) Bad("period is missing");
        CheckNonNegative(o.Units, "units", Bad);
        CheckNonNegative(o.Price, "price", Bad);
        CheckNonNegative(o.CompetitorPrice, "competitor_price", Bad);
        if (o.SalesRank is < 1) Bad($"rank {o.SalesRank} must be 1 or more");
        if (o.Reviews is < 0) Bad($"reviews {o.Reviews} must not be negative");
        if (o.Rating is { } r && (double.IsNaN(r) || r < 0 || r > 5)) Bad($"rating {r} must be between 0 and 5");
        if (o.Currency is { } c && (c.Trim().Length != 3 || !c.Trim().All(char.IsAsciiLetter)))
            Bad($"currency '{c}' is not a 3-letter code");
        if (o.Category is { Length: > 200 }) Bad("category is longer than 200 characters");
        return bad is null ? null : string.Join("; ", bad);
    }

    private static void CheckNonNegative(double? value, string field, Action<string> bad)
    {
        if (value is not { } v) return;
        if (double.IsNaN(v) || double.IsInfinity(v)) bad($"{field} is not a finite number");
        else if (v < 0) bad($"{field} {v} must not be negative");
    }
}
