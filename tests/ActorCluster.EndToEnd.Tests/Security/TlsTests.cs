using System.Net;
using System.Net.Http.Json;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using ActorCluster.EndToEnd.Tests.Processes;

namespace ActorCluster.EndToEnd.Tests.Security;

/// <summary>
/// Kestrel TLS as documented: a self-signed certificate made here, written as a password-protected PFX with the
/// password in a separate file; a real silo process serving only HTTPS; clients that trust exactly that certificate.
/// </summary>
public sealed class TlsTests
{
    [Fact]
    public async Task The_silo_serves_https_with_the_configured_certificate_and_only_clients_trusting_it_connect()
    {
        var dir = RepoPaths.NewTempDir();
        using var certificate = SelfSignedCertificate.Create();
        var password = Guid.NewGuid().ToString("N");
        var pfx = Path.Combine(dir, "silo.pfx");
        var passwordFile = Path.Combine(dir, "silo.pfx.password");
        await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, password));
        await File.WriteAllTextAsync(passwordFile, password + "\n");
        var keys = new KeyRing();
        var admin = keys.Add("operator", "admin");

        using var trusting = SelfSignedCertificate.TrustingOnly(certificate, new Uri("https://127.0.0.1/"));
        await using var silo = await HttpsSiloProcess.StartAsync(dir, pfx, passwordFile, trusting, keys.Args);

        using var http = SelfSignedCertificate.TrustingOnly(certificate, silo.BaseAddress);
        http.DefaultRequestHeaders.Add("X-Api-Key", admin);
        var health = await http.GetAsync("health/ready");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var ingest = await http.PostAsJsonAsync("api/observations", new { items = new[] { new { asin = "T000000001", period = SiloApi.Day(1), units = 4 } } });
        Assert.Equal(HttpStatusCode.OK, ingest.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("api/asins/T000000001")).StatusCode);

        // The system's trust store does not know the certificate, and a client trusting another self-signed one refuses it.
        using var system = new HttpClient { BaseAddress = silo.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var untrusted = await Assert.ThrowsAsync<HttpRequestException>(() => system.GetAsync("health/ready"));
        Assert.IsType<AuthenticationException>(untrusted.InnerException);
        using var other = SelfSignedCertificate.Create("CN=someone-else");
        using var trustingOther = SelfSignedCertificate.TrustingOnly(other, silo.BaseAddress);
        var wrongRoot = await Assert.ThrowsAsync<HttpRequestException>(() => trustingOther.GetAsync("health/ready"));
        Assert.IsType<AuthenticationException>(wrongRoot.InnerException);

        // Plain HTTP on the TLS port gets no answer from the API.
        using var plain = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{silo.BaseAddress.Port}/"), Timeout = TimeSpan.FromSeconds(30) };
        var cleartext = await Record(() => plain.GetAsync("health/ready"));
        Assert.True(cleartext is not { IsSuccessStatusCode: true }, "plain HTTP was answered with success on the HTTPS port");

        Assert.DoesNotContain(password, silo.Log);
    }

    [Fact]
    public async Task A_missing_password_file_stops_the_silo_naming_the_setting()
    {
        var dir = RepoPaths.NewTempDir();
        using var certificate = SelfSignedCertificate.Create();
        var pfx = Path.Combine(dir, "silo.pfx");
        await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "secret"));
        using var trusting = SelfSignedCertificate.TrustingOnly(certificate, new Uri("https://127.0.0.1/"));
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            HttpsSiloProcess.StartAsync(dir, pfx, Path.Combine(dir, "no-such-file"), trusting));
        Assert.Contains("Kestrel:Endpoints:Https:Certificate:PasswordFile", failure.Message);
    }

    private static async Task<HttpResponseMessage?> Record(Func<Task<HttpResponseMessage>> call)
    {
        try { return await call(); }
        catch (HttpRequestException) { return null; }
    }
}
