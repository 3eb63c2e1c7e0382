using System.Security.Cryptography;
using System.Text;

namespace ActorCluster.Silo.Auth;

/// <summary>The configured API keys. Open (no keys, local profile only) means every request acts as <see cref="LocalName"/>.</summary>
internal sealed class ApiKeyRing(IReadOnlyList<ApiKey> keys)
{
    /// <summary>The user name of every request while the ring is open.</summary>
    public const string LocalName = "local";

    public IReadOnlyList<ApiKey> Keys => keys;

    public bool IsOpen => keys.Count == 0;

    /// <summary>The key whose hash matches, or null. Compares against every key in constant time, so timing tells nothing.</summary>
    public ApiKey? Find(string presented)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        ApiKey? match = null;
        foreach (var key in keys)
            if (CryptographicOperations.FixedTimeEquals(hash, key.Sha256)) match ??= key;
        return match;
    }
}
