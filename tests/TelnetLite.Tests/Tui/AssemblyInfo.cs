// Terminal.Gui keeps process-wide state (configuration, drivers): its tests must not run side by side.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
