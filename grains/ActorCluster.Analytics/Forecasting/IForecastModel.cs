namespace ActorCluster.Analytics.Forecasting;

/// <summary>
/// A model fitted to one series. The grain persists <see cref="Name"/> and <see cref="Parameters"/>
/// (a compact, version-stable form) and rebuilds the model from them and the raw window on activation.
/// </summary>
public interface IForecastModel
{
    /// <summary>Model code, e.g. "ETS(A,Ad,A)", "ARIMA(0,1,1)(0,1,1)7", "Theta", "TSB".</summary>
    string Name { get; }

    /// <summary>The fitted parameters (and initial states where the model needs them), enough to rebuild it.</summary>
    double[] Parameters { get; }

    /// <summary>Number of observations the model has absorbed (fit plus updates).</summary>
    int Count { get; }

    /// <summary>Absorbs one new observation in O(1) without refitting the parameters.</summary>
    void Update(double y);

    /// <summary>Forecasts h steps ahead from the current state, with 80% and 95% intervals.</summary>
    Forecast Forecast(int horizon);
}
