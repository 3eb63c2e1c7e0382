namespace ActorCluster.Silo.Auth;

/// <summary>
/// Role names carried by API keys; each is also the name of the authorization policy requiring it
/// (<c>.RequireAuthorization(AuthPolicies.Read)</c>). <see cref="Admin"/> satisfies every policy.
/// </summary>
public static class AuthPolicies
{
    /// <summary>May send observations.</summary>
    public const string Ingest = "ingest";

    /// <summary>May read ASIN status, windows and alerts, and subscribe to the alert hub.</summary>
    public const string Read = "read";

    /// <summary>May acknowledge alerts and change settings; implies <see cref="Read"/> and <see cref="Ingest"/>.</summary>
    public const string Admin = "admin";

    /// <summary>Every role, in the order they are listed in messages.</summary>
    internal static readonly string[] All = [Ingest, Read, Admin];
}
