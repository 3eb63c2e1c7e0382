using ActorCluster.Silo.Actions;
using ActorCluster.Silo.Api;
using ActorCluster.Silo.Auth;
using ActorCluster.Silo.Health;
using ActorCluster.Silo.Hosting;
using ActorCluster.Silo.Push;
using Orleans.Dashboard;

var builder = WebApplication.CreateBuilder(args);
builder.AddActorClusterLogging();
var settings = builder.AddActorClusterSilo();
builder.AddActorClusterAuth(settings);
builder.Services.AddActorClusterHealth();
builder.Services.AddAlertWebhook();
builder.Services.AddObservationApi();
builder.Services.AddAlertPush();

var app = builder.Build();
app.UseActorClusterAuth();
app.MapActorClusterHealth();
app.MapObservationApi();
app.MapAlertApi();
app.MapWhatIfApi();
app.MapAlertHub();
app.MapOrleansDashboard(routePrefix: "/dashboard");
app.MapGet("/", () => Results.Content(StartPage.Html(settings), "text/html"));
app.LogStartup(settings);
app.Run();
