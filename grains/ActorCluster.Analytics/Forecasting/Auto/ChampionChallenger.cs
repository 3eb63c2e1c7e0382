using ActorCluster.Analytics.Accuracy;

namespace ActorCluster.Analytics.Forecasting.Auto;

/// <summary>
/// Runs a challenger model in shadow beside the champion: both absorb every observation, both forecasts are scored
/// on it by an <see cref="AccuracyTracker"/> over the last <see cref="ChampionChallengerOptions.Window"/> errors, and
/// a <see cref="ChallengerVerdict"/> is returned while the challenger's error is lower by the margin. Promotion is the
/// caller's decision (<see cref="Promote"/>); the verdict is the record to keep.
/// </summary>
/// <remarks>
/// <para>Per observation: the forecasts made <see cref="ChampionChallengerOptions.Lead"/> steps earlier are scored,
/// both models <see cref="IForecastModel.Update"/>, and each makes its next forecast: O(lead) time, O(window + lead)
/// memory, independent of the history length.</para>
/// <para>A NaN/±∞ observation is ignored: neither model nor the clock advances. Exceptions from a model's Update
/// (e.g. a negative value for Croston) propagate. With lead L, the first L − 1 observations have no forecast made L
/// steps earlier and are not scored. Not thread-safe.</para>
/// </remarks>
public sealed class ChampionChallenger
{
    private readonly ChampionChallengerOptions _options;
    private Contender _champion, _challenger;

    /// <exception cref="ArgumentException">When the options are not valid.</exception>
    public ChampionChallenger(IForecastModel champion, IForecastModel challenger, ChampionChallengerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(champion);
        ArgumentNullException.ThrowIfNull(challenger);
        _options = options ?? ChampionChallengerOptions.Default;
        if (_options.Validate() is { } problem) throw new ArgumentException(problem, nameof(options));
        _champion = new Contender(champion, _options, 0);
        _challenger = new Contender(challenger, _options, 0);
    }

    /// <summary>The model in use.</summary>
    public IForecastModel Champion => _champion.Model;

    /// <summary>The model in shadow.</summary>
    public IForecastModel Challenger => _challenger.Model;

    /// <summary>The champion's accuracy over its window.</summary>
    public AccuracySummary ChampionAccuracy => _champion.Tracker.Summary;

    /// <summary>The challenger's accuracy over its window.</summary>
    public AccuracySummary ChallengerAccuracy => _challenger.Tracker.Summary;

    /// <summary>Finite observations absorbed.</summary>
    public long Observations { get; private set; }

    /// <summary>The verdict of the last observation; null while the challenger is not better by the margin over full windows.</summary>
    public ChallengerVerdict? Verdict { get; private set; }

    /// <summary>
    /// Scores both models' forecasts of <paramref name="y"/>, updates both, and returns the verdict when the
    /// challenger should replace the champion (else null).
    /// </summary>
    public ChallengerVerdict? Observe(double y, DateTimeOffset time)
    {
        if (!double.IsFinite(y)) return Verdict;
        _champion.Absorb(y, Observations);
        _challenger.Absorb(y, Observations);
        Observations++;
        Verdict = Judge(time);
        return Verdict;
    }

    /// <summary>
    /// Swaps the two: the challenger becomes the champion and the old champion stays in shadow, each keeping its
    /// window, so swapping back also needs the margin. Returns the evidence at this moment.
    /// </summary>
    public ChallengerVerdict Promote(DateTimeOffset time)
    {
        var evidence = Evidence(time);
        (_champion, _challenger) = (_challenger, _champion);
        Verdict = null;
        return evidence;
    }

    /// <summary>Puts a new model in shadow (e.g. a fresh automatic choice); its window starts empty.</summary>
    public void ReplaceChallenger(IForecastModel challenger)
    {
        ArgumentNullException.ThrowIfNull(challenger);
        _challenger = new Contender(challenger, _options, Observations);
        Verdict = null;
    }

    private ChallengerVerdict? Judge(DateTimeOffset time)
    {
        int window = _options.Window;
        if (_champion.Tracker.Count < window || _challenger.Tracker.Count < window) return null;
        var evidence = Evidence(time);
        return evidence.ChampionError > 0 && evidence.ChallengerError <= (1 - _options.Margin) * evidence.ChampionError ? evidence : null;
    }

    private ChallengerVerdict Evidence(DateTimeOffset time) => new(time, Observations, Champion.Name, Challenger.Name,
        _champion.Error(_options.Measure), _challenger.Error(_options.Measure), _options.Window, _options.Measure);

    /// <summary>A model with its pending forecasts (a ring of the last <c>lead</c> ones) and its error window.</summary>
    private sealed class Contender
    {
        private readonly double[] _pending;
        private readonly bool[] _made;

        public Contender(IForecastModel model, ChampionChallengerOptions options, long next)
        {
            (Model, Tracker) = (model, new AccuracyTracker(options.Window));
            (_pending, _made) = (new double[options.Lead], new bool[options.Lead]);
            // The forecast made now is for the lead-th next observation, number next + lead − 1.
            Remember((int)((next + _pending.Length - 1) % _pending.Length));
        }

        public IForecastModel Model { get; }

        public AccuracyTracker Tracker { get; }

        public void Absorb(double y, long observation)
        {
            int slot = (int)(observation % _pending.Length);
            if (_made[slot]) Tracker.Push(y, _pending[slot]);
            Model.Update(y);
            // Observation + lead falls in the same slot of the ring.
            Remember(slot);
        }

        public double Error(ComparisonMeasure measure) => measure switch
        {
            ComparisonMeasure.Rmse => Tracker.Rmse,
            ComparisonMeasure.Smape => Tracker.Smape,
            _ => Tracker.Mae,
        };

        private void Remember(int slot)
        {
            // One step ahead needs no Forecast object when the model can say it directly (no allocation).
            double next = _pending.Length == 1 && Model is IOneStepForecast fast ? fast.OneStepForecast : Model.Forecast(_pending.Length).Mean[^1];
            _pending[slot] = next;
            _made[slot] = double.IsFinite(next);
        }
    }
}
