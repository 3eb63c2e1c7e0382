namespace ActorCluster.Silo.Security;

/// <summary>
/// Lets a Kestrel certificate password come from a file (a mounted secret) as well as from the environment:
/// <c>Kestrel:Endpoints:{name}:Certificate:PasswordFile</c> (and <c>Kestrel:Certificates:Default:PasswordFile</c>)
/// is read at start and supplied to Kestrel as the matching <c>:Password</c>. Kestrel itself reads the certificate.
/// </summary>
internal static class CertificatePasswordFiles
{
    public static void Apply(ConfigurationManager configuration)
    {
        var kestrel = configuration.GetSection("Kestrel");
        var certificates = kestrel.GetSection("Endpoints").GetChildren().Select(e => e.GetSection("Certificate"))
            .Append(kestrel.GetSection("Certificates:Default"));
        var passwords = new Dictionary<string, string?>();
        foreach (var certificate in certificates)
        {
            if (certificate["PasswordFile"] is not { Length: > 0 } file) continue;
            if (!File.Exists(file))
                throw new InvalidOperationException($"Invalid configuration: {certificate.Path}:PasswordFile '{file}' does not exist");
            // A trailing newline is how editors and `echo` end files; it is never part of the password.
            passwords[certificate.Path + ":Password"] = File.ReadAllText(file).TrimEnd('\r', '\n');
        }
        if (passwords.Count > 0) configuration.AddInMemoryCollection(passwords);
    }

    /// <summary>True when an HTTPS endpoint is configured in <c>Kestrel:Endpoints</c> or in the URLs.</summary>
    public static bool ServesHttps(IConfiguration configuration) =>
        configuration.GetSection("Kestrel:Endpoints").GetChildren().Any(e => e["Url"]?.StartsWith("https:", StringComparison.OrdinalIgnoreCase) == true)
        || (configuration["urls"] ?? configuration["ASPNETCORE_URLS"] ?? "").Contains("https:", StringComparison.OrdinalIgnoreCase);
}
