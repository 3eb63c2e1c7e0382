using System.Globalization;
using ActorCluster.Analytics.Forecasting.Auto;

namespace ActorCluster.Client.Evaluation;

/// <summary>
/// The options of <c>actorcluster evaluate</c> as typed: numbers and the mode are parsed here, so a missing or
/// malformed one is a clear error with exit code 2 rather than a parser failure.
/// </summary>
public sealed record EvaluationArguments(string? Train, string? Test, string? Horizon, string? Season, string? Out, string? Mode, string? Limit)
{
    /// <summary>The request, or null with every problem named in <paramref name="error"/>.</summary>
    public EvaluationRequest? TryCreate(out string? error)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(Train)) errors.Add("--train is required");
        else if (!File.Exists(Train)) errors.Add($"{Train}: file not found");
        if (Test is not null && !File.Exists(Test)) errors.Add($"{Test}: file not found");
        if (string.IsNullOrWhiteSpace(Out)) errors.Add("--out is required");
        int? h = Whole("--horizon", Horizon, 1, 10_000, errors);
        int? m = Whole("--season", Season, 1, 10_000, errors);
        int? limit = Limit is null ? null : Whole("--limit", Limit, 1, int.MaxValue, errors);
        AutoForecastMode mode = AutoForecastMode.Fast;
        if (Mode is not null && !TryMode(Mode, out mode)) errors.Add($"--mode '{Mode}' must be fast or accurate");
        error = errors.Count > 0 ? string.Join("; ", errors) : null;
        return error is null ? new EvaluationRequest(Train!, Test, Out!, h!.Value, m!.Value, mode, limit) : null;
    }

    private static bool TryMode(string text, out AutoForecastMode mode)
    {
        mode = text.Trim().ToLowerInvariant() switch { "fast" => AutoForecastMode.Fast, "accurate" => AutoForecastMode.Accurate, _ => (AutoForecastMode)(-1) };
        return Enum.IsDefined(mode);
    }

    private static int? Whole(string name, string? text, int min, int max, List<string> errors)
    {
        if (text is null) { errors.Add($"{name} is required"); return null; }
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int v)) { errors.Add($"{name} '{text}' is not a whole number"); return null; }
        if (v < min || v > max) { errors.Add($"{name} must be {min}..{max}, was {v}"); return null; }
        return v;
    }
}
