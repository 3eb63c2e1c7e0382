using System.CommandLine;
using ActorCluster.Client.Commands;
using ActorCluster.Client.Connection;

var root = new RootCommand("actorcluster: feed and query the ActorCluster per-ASIN monitoring cluster");
foreach (var option in ConnectionOptions.All) root.Options.Add(option);
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(BackfillCommand.Create());
root.Subcommands.Add(StatusCommand.Create());
root.Subcommands.Add(SampleCommand.Create());
root.Subcommands.Add(BenchCommand.Create());
root.Subcommands.Add(EvaluateCommand.Create());
return await root.Parse(args).InvokeAsync();
