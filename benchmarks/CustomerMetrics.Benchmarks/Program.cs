using BenchmarkDotNet.Running;

namespace CustomerMetrics.Benchmarks;

/// <summary>
/// Entry point: <c>dotnet run -c Release --project benchmarks/CustomerMetrics.Benchmarks -- --filter '*Nps*'</c>.
/// Without arguments BenchmarkDotNet asks which benchmarks to run.
/// </summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
