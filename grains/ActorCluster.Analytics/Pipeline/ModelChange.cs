namespace ActorCluster.Analytics.Pipeline;

/// <summary>A challenger that replaced the champion: when, which models, and their errors (MAE) over the window.</summary>
public sealed record ModelChange(DateTime Period, string From, string To, double FromError, double ToError, int Window)
{
    public override string ToString() => $"{Period:yyyy-MM-dd}: {To} replaced {From} (MAE {ToError:0.##} vs {FromError:0.##} over {Window} periods)";
}
