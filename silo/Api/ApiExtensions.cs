using System.Text.Json.Serialization;

namespace ActorCluster.Silo.Api;

public static class ApiExtensions
{
    /// <summary>Problem-details errors and JSON that can carry NaN ("not defined yet") in analytics figures.</summary>
    public static IServiceCollection AddObservationApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals);
        return services;
    }
}
