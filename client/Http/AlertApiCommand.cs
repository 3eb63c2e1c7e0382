using System.CommandLine;
using ActorCluster.AlertClient;
using ActorCluster.Client.Commands;

namespace ActorCluster.Client.Http;

/// <summary>Runs a command body against the silos' HTTP alert API and turns failures into clear messages and exit codes.</summary>
public static class AlertApiCommand
{
    public static async Task<int> RunAsync(ParseResult parse, AlertEndpointOptions endpointOptions, CancellationToken ct,
        Func<AlertApiClient, Task<int>> body)
    {
        AlertEndpoint endpoint;
        try { endpoint = endpointOptions.Read(parse); }
        catch (ArgumentException e) { return ClusterCommand.Error(e.Message, ExitCodes.BadInput); }
        using var api = new AlertApiClient(endpoint.Urls, endpoint.ApiKey);
        try { return await body(api); }
        catch (AlertApiException e) { return ClusterCommand.Error(e.Message, e.IsBadRequest ? ExitCodes.BadInput : ExitCodes.Failure); }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { return ClusterCommand.Error("cancelled", ExitCodes.Failure); }
        catch (TaskCanceledException) { return ClusterCommand.Error("the silo did not answer in time", ExitCodes.Failure); }
    }

    /// <summary>Normalises an ASIN argument or returns the error to print.</summary>
    public static string? CheckAsin(string? raw, out string asin) =>
        AsinId.TryNormalize(raw, out asin, out var error) ? null : error;
}
