using System.CommandLine;
using ActorCluster.Client.Commands;
using ActorCluster.Client.Connection;

var root = new RootCommand("actorcluster: feed and query the ActorCluster per-ASIN monitoring cluster");
foreach (var option in ConnectionOptions.All) root.Options.Add(option);
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(BackfillCommand.Create());
root.Subcommands.Add(PullCommand.Create());
root.Subcommands.Add(StatusCommand.Create());
root.Subcommands.Add(ClusterStatusCommand.Create());
root.Subcommands.Add(DbCommand.Create());
root.Subcommands.Add(SampleCommand.Create());
root.Subcommands.Add(BenchCommand.Create());
root.Subcommands.Add(EvaluateCommand.Create());
root.Subcommands.Add(EvaluateAlertsCommand.Create());
root.Subcommands.Add(SimulateCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
root.Subcommands.Add(ReportCommand.Create());
// Alerts talk to the silos over HTTP and SignalR (--url), not through the Orleans gateway.
root.Subcommands.Add(WatchCommand.Create());
root.Subcommands.Add(AlertsCommand.Create());
root.Subcommands.Add(AckCommand.Create());
root.Subcommands.Add(SnoozeCommand.Create());
root.Subcommands.Add(WhatIfCommand.Create());
return await root.Parse(args).InvokeAsync();
