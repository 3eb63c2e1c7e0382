using System.Globalization;
using System.Text.Json;
using ActorCluster.Analytics.Forecasting.Ets;

namespace ActorCluster.Analytics.Tests.Forecasting.Ets;

/// <summary>One R <c>forecast::ets</c> fit from reference/ets/fit_ets_results_*.json (see shared/data/SOURCES.md).</summary>
public sealed record REtsFit(EtsSpec Spec, double Alpha, double Beta, double Gamma, double Phi, double[] InitState,
    double[] Fitted, double LogLik, double Sigma2, double[] Forecast)
{
    /// <summary>R's parameters and initial states as ours (R's beta and gamma are already in error-correction form).</summary>
    public EtsParameters ToParameters(int m)
    {
        int seasonStart = Spec.HasTrend ? 2 : 1;
        return new EtsParameters(Spec.IsSeasonal ? m : 1, Alpha, Beta, Gamma, Phi, InitState[0],
            Spec.HasTrend ? InitState[1] : double.NaN, Spec.IsSeasonal ? InitState.AsSpan(seasonStart) : ReadOnlySpan<double>.Empty);
    }

    public override string ToString() => Spec.Code;
}

/// <summary>Loads the R reference fits and series.</summary>
public static class REtsReference
{
    public const string Seasonal = "reference/ets/fit_ets_results_seasonal.json";
    public const string NonSeasonal = "reference/ets/fit_ets_results_nonseasonal.json";

    /// <summary>austourists 1999Q1–2015Q4, 68 quarterly values (m = 4).</summary>
    public static double[] AusTourists() => Column("reference/ets/austourists_1999Q1_2015Q4.csv");

    /// <summary>Oil production 1965–2013, 49 annual values.</summary>
    public static double[] Oil() => Column("reference/ets/oil_1965_2013.csv");

    public static double[] Column(string relative, int column = 1) =>
        File.ReadLines(SharedData.PathOf(relative)).Skip(1).Where(l => l.Length > 0)
            .Select(l => double.Parse(l.Split(',')[column], CultureInfo.InvariantCulture)).ToArray();

    /// <summary>Every model R fitted (keys TRUE/FALSE = damped, then the code; empty entries are models R rejected),
    /// restricted to the forms we offer (no multiplicative trend).</summary>
    public static IReadOnlyDictionary<string, REtsFit> Load(string relative)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(SharedData.PathOf(relative)));
        var result = new Dictionary<string, REtsFit>();
        foreach (var damped in doc.RootElement.EnumerateObject())
        foreach (var entry in damped.Value.EnumerateObject())
        {
            var v = entry.Value;
            if (v.ValueKind != JsonValueKind.Object || !v.EnumerateObject().Any()) continue;
            var code = entry.Name[0] + entry.Name[1..2] + (damped.Name == "TRUE" ? "d" : "") + entry.Name[2];
            if (entry.Name[1] == 'M' || !EtsSpec.TryParse(code, out var spec)) continue;
            result[spec.Code] = new REtsFit(spec, Scalar(v, "alpha"), Scalar(v, "beta"), Scalar(v, "gamma"), Scalar(v, "phi"),
                Array(v, "initstate"), Array(v, "fitted"), Scalar(v, "loglik"), Scalar(v, "sigma2"), Array(v, "forecast"));
        }
        return result;
    }

    private static double Scalar(JsonElement e, string name) => Number(e.GetProperty(name)[0]);

    private static double[] Array(JsonElement e, string name) => e.GetProperty(name).EnumerateArray().Select(Number).ToArray();

    private static double Number(JsonElement e) => e.ValueKind == JsonValueKind.Number ? e.GetDouble() : double.NaN;
}
