using System.Net;

namespace ActorCluster.Silo.Hosting;

/// <summary>The silo's landing page until the live board replaces it: where things are.</summary>
public static class StartPage
{
    public static string Html(SiloSettings s) => $"""
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>ActorCluster</title></head>
        <body><h1>ActorCluster silo</h1>
        <p>Profile <b>{WebUtility.HtmlEncode(s.Profile)}</b>, storage <b>{s.EffectiveStorage}</b>, gateway port {s.GatewayPort}.</p>
        <ul><li><a href="/dashboard">Orleans dashboard</a></li><li><a href="/health">Health</a></li></ul>
        </body></html>
        """;
}
