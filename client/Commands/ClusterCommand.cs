using System.CommandLine;
using ActorCluster.Client.Connection;
using Spectre.Console;

namespace ActorCluster.Client.Commands;

/// <summary>Runs a command body against a connected cluster and turns failures into clear messages and exit codes.</summary>
public static class ClusterCommand
{
    public static async Task<int> RunAsync(ParseResult parse, CancellationToken ct, Func<IClusterClient, Task<int>> body)
    {
        ClusterTarget target;
        try { target = ConnectionOptions.Read(parse); }
        catch (InvalidOperationException e) { return Error(e.Message, ExitCodes.BadInput); }
        try
        {
            await using var connection = await ClusterConnection.ConnectAsync(target, ct);
            return await body(connection.Client);
        }
        catch (ClusterUnreachableException e) { return Error(e.Message, ExitCodes.Failure); }
        catch (ArgumentException e) { return Error(e.Message, ExitCodes.BadInput); }
        catch (OperationCanceledException) { return Error("cancelled", ExitCodes.Failure); }
    }

    public static int Error(string message, int code)
    {
        Console.Error.WriteLine($"error: {message}");
        return code;
    }

    public static string Escape(string s) => Markup.Escape(s);
}
