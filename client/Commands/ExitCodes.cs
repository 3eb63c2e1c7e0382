namespace ActorCluster.Client.Commands;

/// <summary>Process exit codes of the console.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>The cluster could not be reached, or something failed unexpectedly.</summary>
    public const int Failure = 1;
    /// <summary>The input could not be used at all (nothing read, invalid arguments).</summary>
    public const int BadInput = 2;
}
