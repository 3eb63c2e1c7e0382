// The metrics are called from grains in other folders; one import here keeps each call there a single line.
global using ActorCluster.Grains.Diagnostics;
