using ActorCluster.EndToEnd.Tests.Processes;

namespace ActorCluster.EndToEnd.Tests;

/// <summary>The simulate command: nonsensical parameters are refused with the reason, before any cluster is touched.</summary>
public sealed class SimulateCommandTests
{
    [Theory]
    [InlineData("--asins", "-5", "asins must be 1..1,000,000, was -5")]
    [InlineData("--speed", "0", "--speed '0' is neither a positive number of days per second nor 'max'")]
    [InlineData("--speed", "fast", "--speed 'fast'")]
    [InlineData("--days", "36500", "days must be 1..3650, was 36500")]
    [InlineData("--anomaly-rate", "2", "anomaly rate must be 0..0.5, was 2")]
    [InlineData("--workers", "silo", "workers must be 'category' or 'asin'")]
    public async Task Nonsensical_parameters_get_a_clear_error_and_exit_code_2(string option, string value, string expected)
    {
        var result = await ClientProcess.RunAsync("simulate", option, value, "--connect-timeout", "1");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.All);
    }
}
