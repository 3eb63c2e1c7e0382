// Each collection starts silos; running them one at a time keeps a 2-core machine from starving them.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
