using ActorCluster.Silo.Actions;
using ActorCluster.Silo.Api;
using ActorCluster.Silo.Health;
using ActorCluster.Silo.Hosting;
using Orleans.Dashboard;

var builder = WebApplication.CreateBuilder(args);
builder.AddActorClusterLogging();
var settings = builder.AddActorClusterSilo();
builder.Services.AddActorClusterHealth();
builder.Services.AddAlertWebhook();
builder.Services.AddObservationApi();

var app = builder.Build();
app.MapActorClusterHealth();
app.MapObservationApi();
app.MapOrleansDashboard(routePrefix: "/dashboard");
app.MapGet("/", () => Results.Content(StartPage.Html(settings), "text/html"));
app.LogStartup(settings);
app.Run();
