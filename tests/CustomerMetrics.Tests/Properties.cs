using FsCheck;
using FsCheck.Fluent;

namespace CustomerMetrics.Tests;

/// <summary>Shared FsCheck settings: every property runs many cases and throws (fails the fact) on a counterexample.</summary>
internal static class Properties
{
    /// <summary>500 cases, silent on success (FsCheck's "Ok, passed" lines would interleave with console-capturing tests).</summary>
    internal static Config Default => Quiet(500);

    /// <summary>2 000 cases, silent on success, for properties that are cheap and worth hammering.</summary>
    internal static Config Thorough => Quiet(2000);

    /// <summary>A silent configuration with <paramref name="maxTest"/> cases.</summary>
    internal static Config Quiet(int maxTest) => Config.QuickThrowOnFailure.WithQuietOnSuccess(true).WithMaxTest(maxTest);

    /// <summary>Arrays of valid NPS answers (0..10).</summary>
    internal static Arbitrary<byte[]> Answers() =>
        Gen.Choose(0, 10).Select(i => (byte)i).ArrayOf().ToArbitrary();

    /// <summary>Valid NPS answers of a given length.</summary>
    internal static Gen<byte[]> AnswersOfLength(int length) =>
        Gen.Choose(0, 10).Select(i => (byte)i).ArrayOf(length);

    /// <summary>Three non-negative counts of promoters, passives and detractors.</summary>
    internal static Arbitrary<(int Promoters, int Passives, int Detractors)> Counts(int max = 2000) =>
        Gen.Choose(0, max).Three().ToArbitrary();
}
