namespace ActorCluster.Client.Evaluation;

/// <summary>An evaluation input that cannot be used; the message names the file and the problem.</summary>
public sealed class EvaluationInputException(string message) : Exception(message);
