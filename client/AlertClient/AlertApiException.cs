using System.Net;

namespace ActorCluster.AlertClient;

/// <summary>
/// An alert HTTP call that did not succeed: the silo answered with an error (<see cref="StatusCode"/> set, the
/// problem details' <see cref="Detail"/> in the message), or no silo answered at all (<see cref="StatusCode"/> null).
/// </summary>
public sealed class AlertApiException(string message, HttpStatusCode? statusCode = null, string? detail = null, Exception? inner = null)
    : Exception(message, inner)
{
    /// <summary>The HTTP status; null when no silo answered.</summary>
    public HttpStatusCode? StatusCode { get; } = statusCode;

    /// <summary>The problem details' <c>detail</c> (or <c>title</c>) text, if the silo sent one.</summary>
    public string? Detail { get; } = detail;

    /// <summary>True for answers that say the request itself was wrong or named nothing (400, 404, 409, 422).</summary>
    public bool IsBadRequest => StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound
        or HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity;
}
