using ActorCluster.EndToEnd.Tests.Processes;
using YamlDotNet.RepresentationModel;

namespace ActorCluster.EndToEnd.Tests.Faults;

/// <summary>
/// The deployment files parse and say what the docs promise: the Kubernetes manifests (probes on /health, PostgreSQL
/// from a Secret, resource requests, Kubernetes hosting switched on, RBAC that lets the silos list pods, a grace period
/// longer than the silo's shutdown timeout) and the compose file (PostgreSQL, a migration step, three silos, the console,
/// secrets only from the environment). No cluster or Docker engine needed; deploy/check-configs.sh adds the tools' own checks.
/// </summary>
public sealed class DeployConfigTests
{
    private static readonly string Deploy = Path.Combine(RepoPaths.Root, "deploy");

    [Fact]
    public void Every_kubernetes_manifest_parses_and_names_its_kind()
    {
        var docs = K8sDocuments();
        Assert.True(docs.Count >= 8, $"only {docs.Count} objects in deploy/k8s");
        Assert.All(docs, d =>
        {
            Assert.False(string.IsNullOrEmpty(Scalar(d, "apiVersion")));
            Assert.False(string.IsNullOrEmpty(Scalar(d, "kind")));
            Assert.False(string.IsNullOrEmpty(Scalar(d, "metadata", "name")));
        });
        var kustomization = Load(Path.Combine(Deploy, "k8s", "kustomization.yaml")).Single();
        var listed = Seq(kustomization, "resources").Select(n => ((YamlScalarNode)n).Value!).ToList();
        Assert.All(listed, f => Assert.True(File.Exists(Path.Combine(Deploy, "k8s", f)), $"kustomization lists missing {f}"));
    }

    [Fact]
    public void The_silo_deployment_probes_health_reads_postgres_from_a_secret_and_may_list_pods()
    {
        var docs = K8sDocuments();
        var deployment = docs.Single(d => Scalar(d, "kind") == "Deployment");
        var pod = Map(deployment, "spec", "template", "spec");
        var container = (YamlMappingNode)Seq(pod, "containers").Single();
        Assert.Equal("/health/ready", Scalar(container, "readinessProbe", "httpGet", "path"));
        Assert.StartsWith("/health", Scalar(container, "livenessProbe", "httpGet", "path"));
        Assert.False(string.IsNullOrEmpty(Scalar(container, "resources", "requests", "cpu")));
        Assert.False(string.IsNullOrEmpty(Scalar(container, "resources", "requests", "memory")));

        var env = Seq(container, "env").Cast<YamlMappingNode>().ToDictionary(e => Scalar(e, "name")!);
        Assert.Equal("true", Scalar(env["ActorCluster__Kubernetes"], "value"));
        Assert.Equal("cluster", Scalar(env["ActorCluster__Profile"], "value"));
        Assert.Equal("actorcluster-postgres", Scalar(env["ActorCluster__Postgres"], "valueFrom", "secretKeyRef", "name"));
        foreach (var name in (string[])["POD_NAME", "POD_NAMESPACE", "POD_IP"])
            Assert.False(string.IsNullOrEmpty(Scalar(env[name], "valueFrom", "fieldRef", "fieldPath")), name);
        Assert.DoesNotContain(env.Values, e => Scalar(e, "name")!.Contains("Postgres", StringComparison.Ordinal) && Scalar(e, "value") is not null);

        // Grace period above the silo's shutdown timeout, so SIGTERM ends in a complete hand-over.
        var shutdown = TimeSpan.Parse(Scalar(env["ActorCluster__ShutdownTimeout"], "value")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(int.Parse(Scalar(pod, "terminationGracePeriodSeconds")!, System.Globalization.CultureInfo.InvariantCulture) > shutdown.TotalSeconds);

        var account = Scalar(pod, "serviceAccountName");
        var binding = docs.Single(d => Scalar(d, "kind") == "RoleBinding");
        Assert.Contains(Seq(binding, "subjects").Cast<YamlMappingNode>(), s => Scalar(s, "name") == account);
        var role = docs.Single(d => Scalar(d, "kind") == "Role" && Scalar(d, "metadata", "name") == Scalar(binding, "roleRef", "name"));
        var rule = Seq(role, "rules").Cast<YamlMappingNode>().Single(r => Seq(r, "resources").Cast<YamlScalarNode>().Any(x => x.Value == "pods"));
        Assert.Contains("list", Seq(rule, "verbs").Cast<YamlScalarNode>().Select(v => v.Value));
        Assert.Contains("watch", Seq(rule, "verbs").Cast<YamlScalarNode>().Select(v => v.Value));
    }

    [Fact]
    public void Compose_runs_postgres_a_migration_three_silos_and_the_console_with_secrets_from_the_environment()
    {
        var text = File.ReadAllText(Path.Combine(Deploy, "docker-compose.yml"));
        var compose = Load(Path.Combine(Deploy, "docker-compose.yml")).Single();
        var services = Map(compose, "services");
        foreach (var name in (string[])["postgres", "migrate", "silo1", "silo2", "silo3", "client"])
            Assert.True(services.Children.ContainsKey(new YamlScalarNode(name)), $"service {name} missing");
        Assert.Contains("${ACTORCLUSTER_PG_PASSWORD:?", text);
        Assert.Contains("${ACTORCLUSTER_ADMIN_KEY_SHA256:?", text);
        Assert.DoesNotContain("Password=actorcluster", text, StringComparison.OrdinalIgnoreCase);
        foreach (var dockerfile in (string[])["silo.Dockerfile", "client.Dockerfile"])
        {
            var lines = File.ReadAllLines(Path.Combine(Deploy, "docker", dockerfile));
            Assert.True(lines.Count(l => l.StartsWith("FROM ", StringComparison.Ordinal)) >= 2, $"{dockerfile} is not multi-stage");
            Assert.Contains(lines, l => l.StartsWith("FROM mcr.microsoft.com/dotnet/sdk:10.0", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.StartsWith("USER ", StringComparison.Ordinal));
        }
    }

    private static List<YamlMappingNode> K8sDocuments() =>
        [.. Directory.GetFiles(Path.Combine(Deploy, "k8s"), "*.yaml").Where(f => !f.EndsWith("kustomization.yaml", StringComparison.Ordinal)).SelectMany(Load)];

    private static IEnumerable<YamlMappingNode> Load(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path)) stream.Load(reader);
        return stream.Documents.Select(d => (YamlMappingNode)d.RootNode);
    }

    private static YamlMappingNode Map(YamlMappingNode node, params string[] path) =>
        path.Aggregate(node, (n, key) => (YamlMappingNode)n.Children[new YamlScalarNode(key)]);

    private static YamlSequenceNode Seq(YamlMappingNode node, params string[] path) =>
        (YamlSequenceNode)Map(node, path[..^1]).Children[new YamlScalarNode(path[^1])];

    private static string? Scalar(YamlMappingNode node, params string[] path)
    {
        var parent = Map(node, path[..^1]);
        return parent.Children.TryGetValue(new YamlScalarNode(path[^1]), out var value) ? (value as YamlScalarNode)?.Value : null;
    }
}
