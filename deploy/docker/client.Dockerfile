# The actorcluster console (backfill, ingest, status, cluster status, db migrate, bench...). Build from the repository root:
#   docker build -f deploy/docker/client.Dockerfile -t actorcluster-client .
#   docker run --rm -e ACTORCLUSTER_PG actorcluster-client db migrate --postgres env

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY grains/ActorCluster.Grains.Interfaces/ActorCluster.Grains.Interfaces.csproj grains/ActorCluster.Grains.Interfaces/
COPY grains/ActorCluster.Analytics/ActorCluster.Analytics.csproj grains/ActorCluster.Analytics/
COPY client/ActorCluster.Client.csproj client/
COPY client/AlertClient/ActorCluster.AlertClient.csproj client/AlertClient/
RUN dotnet restore client/ActorCluster.Client.csproj
COPY grains/ActorCluster.Grains.Interfaces/ grains/ActorCluster.Grains.Interfaces/
COPY grains/ActorCluster.Analytics/ grains/ActorCluster.Analytics/
COPY client/ client/
COPY deploy/sql/ deploy/sql/
RUN dotnet publish client/ActorCluster.Client.csproj -c Release --no-restore -o /app

# The console hosts no web server: the plain .NET runtime is enough (the SignalR client comes as NuGet packages).
FROM mcr.microsoft.com/dotnet/runtime:10.0 AS runtime
WORKDIR /work
COPY --from=build /app /app
USER $APP_UID
ENTRYPOINT ["dotnet", "/app/actorcluster.dll"]
CMD ["--help"]
