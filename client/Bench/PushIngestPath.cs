namespace ActorCluster.Client.Bench;

/// <summary>How probe observations reach the grains.</summary>
public enum PushIngestPath
{
    /// <summary><c>POST /api/observations</c> on the silo, one request per probe.</summary>
    Http,

    /// <summary><c>IAsinGrain.Ingest</c> over the Orleans gateway.</summary>
    Orleans,
}
