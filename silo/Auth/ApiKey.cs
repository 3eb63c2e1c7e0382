namespace ActorCluster.Silo.Auth;

/// <summary>One configured API key: who holds it, the SHA-256 of the key (never the key) and the roles as configured.</summary>
internal sealed record ApiKey(string Name, byte[] Sha256, IReadOnlyList<string> Roles)
{
    /// <summary>The roles as claims: admin carries every role, so endpoint code can ask <c>User.IsInRole("read")</c>.</summary>
    public IReadOnlyList<string> GrantedRoles => Roles.Contains(AuthPolicies.Admin) ? AuthPolicies.All : Roles;
}
