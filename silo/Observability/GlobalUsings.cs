// The shared meter lives with the grains; one import here keeps the calls in the push and API files single lines.
global using ActorCluster.Grains.Diagnostics;
