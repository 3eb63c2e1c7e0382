namespace ActorCluster.Analytics.Forecasting.Auto;

/// <summary>
/// Evidence that the challenger should replace the champion (or, from <see cref="ChampionChallenger.Promote"/>, that
/// it did): when, the two models, and their errors over the same window of recent observations.
/// </summary>
/// <param name="Time">The time of the observation that completed the evidence.</param>
/// <param name="Observation">Observations seen by the comparer up to and including that one.</param>
/// <param name="Champion">The champion's model name.</param>
/// <param name="Challenger">The challenger's model name.</param>
/// <param name="ChampionError">The champion's error over the window.</param>
/// <param name="ChallengerError">The challenger's error over the window.</param>
/// <param name="Window">Forecast errors in each window.</param>
/// <param name="Measure">The compared error.</param>
public sealed record ChallengerVerdict(
    DateTimeOffset Time, long Observation, string Champion, string Challenger,
    double ChampionError, double ChallengerError, int Window, ComparisonMeasure Measure)
{
    /// <summary>1 − challenger/champion: the challenger's relative improvement (NaN when the champion's error is 0).</summary>
    public double Improvement => ChampionError > 0 ? 1 - ChallengerError / ChampionError : double.NaN;
}
