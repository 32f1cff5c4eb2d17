using System;
using System.Collections.Generic;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace CustomerMetrics.Benchmarks;

/// <summary>
/// The configuration every benchmark class uses: a short job with enough warm-up for big-input methods to
/// reach their final tier, memory diagnostics, and the baseline of each category (the naive code) as the
/// ratio's denominator. The floor benchmarks (a bare read or walk of the same input) sit beside them.
/// </summary>
public sealed class LibraryConfig : ManualConfig
{
    public LibraryConfig()
    {
        // The smoke run (CI) only proves that every benchmark runs: one in-process call each, no timing.
        AddJob(Sizes.Smoke
            ? Job.Dry.WithToolchain(BenchmarkDotNet.Toolchains.InProcess.Emit.InProcessEmitToolchain.Instance).WithId("smoke")
            : Job.ShortRun.WithWarmupCount(5).WithIterationCount(7).WithId("short"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(CategoriesColumn.Default);
        AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams);
        WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
    }
}

/// <summary>Input sizes: the documented ones, or small ones for CI's smoke run (<c>CUSTOMERMETRICS_BENCH_SMOKE=1</c>).</summary>
public static class Sizes
{
    internal static bool Smoke => Environment.GetEnvironmentVariable("CUSTOMERMETRICS_BENCH_SMOKE") == "1";

    /// <summary>The size, or a thousandth of it (at least 1 000) in a smoke run.</summary>
    internal static int Of(int size) => Smoke ? Math.Max(1_000, size / 1_000) : size;

    /// <summary>The sizes of a scaling series, or the smallest one, shrunk, in a smoke run.</summary>
    internal static IEnumerable<int> Series(params int[] sizes) => Smoke ? [Of(sizes[0])] : sizes;

    /// <summary>
    /// Calls a method often enough that tiered compilation promotes it (30 calls, then the background
    /// compile), on a small input, so that the measured calls on the big one run final-tier code.
    /// </summary>
    internal static void WarmUp(Action call)
    {
        for (int i = 0; i < (Smoke ? 1 : 60); i++)
        {
            call();
        }

        if (!Smoke)
        {
            System.Threading.Thread.Sleep(200);
        }
    }
}
