using System.Reflection;
using Microsoft.Extensions.FileProviders;

namespace ActorCluster.Silo.Board;

/// <summary>
/// The built front end (frontend/ → obj/board → embedded by Board.targets): the page shell served for every board
/// route, and the script and style under <see cref="RequestPath"/>.
/// </summary>
public static class BoardAssets
{
    public const string RequestPath = "/board";
    private const string ResourcePrefix = "ActorCluster.Board";

    public static IFileProvider Files { get; } = new EmbeddedFileProvider(typeof(BoardAssets).Assembly, ResourcePrefix);

    private static readonly Lazy<string> ShellHtml = new(ReadShell);

    public static string Shell => ShellHtml.Value;

    /// <summary>The shell with its sign-out button shown when keys are required.</summary>
    public static string ShellFor(bool open) => open ? Shell : Shell.Replace("""action="/logout" hidden>""", """action="/logout">""", StringComparison.Ordinal);

    private static string ReadShell()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"{ResourcePrefix}.index.html");
        if (stream is null)
            return """
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>ActorCluster board</title></head>
                <body><h1>ActorCluster</h1><p>The board's front end was not built into this silo (built with
                BoardSkipFrontend, or without npm). Build the silo with npm available to get it.</p>
                <p><a href="/dashboard">Orleans dashboard</a> · <a href="/health">Health</a></p></body></html>
                """;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
