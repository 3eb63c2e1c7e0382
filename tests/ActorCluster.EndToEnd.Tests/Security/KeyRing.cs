using System.Security.Cryptography;
using System.Text;

namespace ActorCluster.EndToEnd.Tests.Security;

/// <summary>Fresh API keys for one silo and the <c>--Auth:Keys:{i}:…</c> arguments that configure their hashes.</summary>
public sealed class KeyRing
{
    private readonly List<(string Name, string Key, string Roles)> _keys = [];

    public string Add(string name, string roles)
    {
        var key = $"{name}-{Guid.NewGuid():N}";
        _keys.Add((name, key, roles));
        return key;
    }

    public string[] Args => [.. _keys.SelectMany((k, i) => new[]
    {
        $"--Auth:Keys:{i}:Name", k.Name, $"--Auth:Keys:{i}:Sha256", Sha256(k.Key), $"--Auth:Keys:{i}:Roles", k.Roles,
    })];

    public static string Sha256(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
