namespace ActorCluster.Tests.Pull;

/// <summary>What the test vendor does to one request instead of answering it.</summary>
public enum VendorFault
{
    /// <summary>503 Service Unavailable.</summary>
    Unavailable,
    /// <summary>The connection is dropped without an answer.</summary>
    Drop,
    /// <summary>429 with Retry-After: 1, whatever the rate.</summary>
    TooManyRequests,
    /// <summary>200 with a body cut off mid-JSON.</summary>
    Truncated,
    /// <summary>The request is held until <see cref="VendorTestServer.ReleaseHeld"/> (to kill a client mid-page).</summary>
    Hold,
}
