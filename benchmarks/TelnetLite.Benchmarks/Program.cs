using BenchmarkDotNet.Running;

// Pick benchmarks with --filter, e.g. dotnet run -c Release -- --filter '*Smtp*' --job short
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
