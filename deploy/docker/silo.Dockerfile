# The ActorCluster silo (ASP.NET Core host + Orleans silo). Build from the repository root:
#   docker build -f deploy/docker/silo.Dockerfile -t actorcluster-silo .
# Configuration comes only from the environment (ActorCluster__*, Auth__*, ACTORCLUSTER_PG): no secrets in the image.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Project files first: the restore layer is reused until a dependency changes.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY grains/ActorCluster.Grains.Interfaces/ActorCluster.Grains.Interfaces.csproj grains/ActorCluster.Grains.Interfaces/
COPY grains/ActorCluster.Grains/ActorCluster.Grains.csproj grains/ActorCluster.Grains/
COPY grains/ActorCluster.Analytics/ActorCluster.Analytics.csproj grains/ActorCluster.Analytics/
COPY silo/ActorCluster.Silo.csproj silo/
RUN dotnet restore silo/ActorCluster.Silo.csproj
COPY grains/ grains/
COPY silo/ silo/
COPY deploy/sql/ deploy/sql/
RUN dotnet publish silo/ActorCluster.Silo.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# HTTP (API, hub, dashboard, /health), silo-to-silo, client gateway.
ENV ASPNETCORE_URLS=http://+:8080 \
    ActorCluster__Profile=cluster \
    ActorCluster__SiloPort=11111 \
    ActorCluster__GatewayPort=30000 \
    ActorCluster__DataDirectory=/tmp/actorcluster
EXPOSE 8080 11111 30000
# The image's unprivileged user; the silo writes nothing outside /tmp on the cluster profile.
USER $APP_UID
# SIGTERM (docker stop, Kubernetes) stops the silo gracefully within ActorCluster__ShutdownTimeout (30 s).
STOPSIGNAL SIGTERM
ENTRYPOINT ["dotnet", "ActorCluster.Silo.dll"]
