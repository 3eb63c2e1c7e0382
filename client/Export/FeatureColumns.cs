using System.Linq.Expressions;
using ActorCluster.Analytics.Features;

namespace ActorCluster.Client.Export;

/// <summary>One numeric feature of <see cref="FeatureVector"/>, with a compiled getter (reflection per row is too slow).</summary>
public sealed record FeatureColumn(string Name, Type Type, Func<FeatureVector, double> AsDouble, Func<FeatureVector, int>? AsInt);

/// <summary>
/// The numeric features, chosen as the grain's analytics view chooses them (every <see cref="double"/> and
/// <see cref="int"/> property of <see cref="FeatureVector"/>, in declaration order), so an exported column and the
/// live view's <c>Features[name]</c> are the same figure.
/// </summary>
public static class FeatureColumns
{
    public static IReadOnlyList<FeatureColumn> Numeric { get; } = [.. typeof(FeatureVector).GetProperties()
        .Where(p => p.PropertyType == typeof(double) || p.PropertyType == typeof(int))
        .Select(p =>
        {
            var v = Expression.Parameter(typeof(FeatureVector), "v");
            var property = Expression.Property(v, p);
            var asDouble = Expression.Lambda<Func<FeatureVector, double>>(Expression.Convert(property, typeof(double)), v).Compile();
            var asInt = p.PropertyType == typeof(int) ? Expression.Lambda<Func<FeatureVector, int>>(property, v).Compile() : null;
            return new FeatureColumn(p.Name, p.PropertyType, asDouble, asInt);
        })];
}
