using System;
using System.Linq;
using System.Runtime.Intrinsics;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace CustomerMetrics.Tests.NetPromoterScore;


public class NpsPropertyTests
{
    [Fact]
    public void Score_IsWithinBounds()
    {
        Prop.ForAll(Properties.Answers(), scores =>
        {
            double score = Nps.Calculate(scores).Score;
            return scores.Length == 0 ? double.IsNaN(score) : score is >= -100 and <= 100;
        }).Check(Properties.Default);
    }

    [Fact]
    public void Counts_AddUpToTheNumberOfAnswers()
    {
        Prop.ForAll(Properties.Answers(), scores => Nps.Calculate(scores).Total == scores.Length)
            .Check(Properties.Default);
    }

    [Fact]
    public void Result_DoesNotDependOnOrder()
    {
        var shuffled = Properties.Answers().Generator
            .SelectMany(scores => Gen.Shuffle(scores).Select(permutation => (scores, permutation)))
            .ToArbitrary();
        Prop.ForAll(shuffled, pair =>
            Nps.Calculate(pair.scores) == Nps.Calculate(pair.permutation)
            && Nps.CalculateDistribution(pair.scores) == Nps.CalculateDistribution(pair.permutation))
            .Check(Properties.Default);
    }

    [Fact]
    public void Merge_EqualsWhole()
    {
        Prop.ForAll(Properties.Answers(), Properties.Answers(), (a, b) =>
        {
            byte[] whole = [.. a, .. b];
            return Nps.Calculate(whole) == Nps.Calculate(a) + Nps.Calculate(b)
                && Nps.CalculateDistribution(whole) == Nps.CalculateDistribution(a) + Nps.CalculateDistribution(b);
        }).Check(Properties.Default);
    }

    [Fact]
    public void Distribution_YieldsTheSameResult()
    {
        Prop.ForAll(Properties.Answers(), scores => Nps.CalculateDistribution(scores).ToResult() == Nps.Calculate(scores))
            .Check(Properties.Default);
    }

    [Fact]
    public void IntAndByteForms_Agree()
    {
        Prop.ForAll(Properties.Answers(), scores =>
        {
            int[] ints = scores.Select(b => (int)b).ToArray();
            NpsResult expected = Nps.Calculate(scores);
            return Nps.Calculate(ints) == expected && Nps.Calculate(ints.Where(_ => true)) == expected;
        }).Check(Properties.Default);
    }

    [Fact]
    public void Vectorised_EqualsScalar_ForEveryLength0To300()
    {
        for (int length = 0; length <= 300; length++)
        {
            Prop.ForAll(Properties.AnswersOfLength(length).ToArbitrary(), scores =>
            {
                NpsResult expected = NpsCounting.CountScalar(scores, "scores", 0);
                long[] expectedCounts = ScalarDistribution(scores);
                return Nps.Calculate(scores) == expected && EveryWidth(scores).All(actual => actual == expected)
                    && Nps.CalculateDistribution(scores).Counts.SequenceEqual(expectedCounts)
                    && EveryDistributionWidth(scores).All(actual => actual.SequenceEqual(expectedCounts));
            }).Check(Properties.Quiet(20));
        }
    }

    [Fact]
    public void Vectorised_EqualsScalar_AcrossAccumulatorFlushes()
    {
        // More than 255 registers of every width, so the byte accumulators are flushed several times.
        var random = new Random(20261122);
        foreach (int length in new[] { 255 * 64, 255 * 64 + 1, 3 * 255 * 64 + 37, 100_003 })
        {
            byte[] scores = new byte[length];
            for (int i = 0; i < length; i++)
            {
                scores[i] = (byte)random.Next(0, 11);
            }

            NpsResult expected = NpsCounting.CountScalar(scores, "scores", 0);
            Assert.Equal(expected, Nps.Calculate(scores));
            Assert.All(EveryWidth(scores), actual => Assert.Equal(expected, actual));
            Assert.All(EveryDistributionWidth(scores), actual => Assert.Equal(ScalarDistribution(scores), actual));

            // One value everywhere fills its nibble (low for even, high for odd values) to the brim before each split.
            for (byte value = 0; value <= 10; value++)
            {
                Array.Fill(scores, value);
                Assert.All(EveryDistributionWidth(scores), actual => Assert.Equal(length, actual[value]));
            }

            Assert.Equal(Nps.FromCounts(length, 0, 0), Nps.Calculate(scores));
            Assert.All(EveryWidth(scores), actual => Assert.Equal(Nps.FromCounts(length, 0, 0), actual));
        }
    }

    [Fact]
    public void Vectorised_RejectsTheFirstInvalidAnswer_LikeScalar()
    {
        var cases = Gen.Choose(1, 300)
            .SelectMany(length => Properties.AnswersOfLength(length))
            .SelectMany(scores => Gen.Choose(0, scores.Length - 1).Select(position => (scores, position)))
            .SelectMany(c => Gen.Choose(11, 255).Select(bad => (c.scores, c.position, bad)))
            .ToArbitrary();
        Prop.ForAll(cases, c =>
        {
            byte[] scores = (byte[])c.scores.Clone();
            scores[c.position] = (byte)c.bad;
            string expected = $"Score at position {c.position} is {c.bad};";
            return Rejects(() => Nps.Calculate(scores), expected)
                && Rejects(() => NpsCounting.CountScalar(scores, "scores", 0), expected)
                && Rejects(() => Nps.CalculateDistribution(scores), expected)
                && EveryNpsKernel().All(kernel => Rejects(() => kernel(scores), expected))
                && EveryDistributionKernel().All(kernel => Rejects(() => kernel(scores), expected));
        }).Check(Properties.Default);
    }

    [Fact]
    public void Vectorised_RejectsAnInputWithEveryAnswerInvalid()
    {
        // The same lane invalid in every register: a validity flag that toggled instead of sticking would
        // cancel out over an even number of registers.
        foreach (int registers in new[] { 2, 3, 4 })
        {
            byte[] scores = Enumerable.Repeat((byte)11, registers * 64).ToArray();
            const string Expected = "Score at position 0 is 11;";
            Assert.All(EveryNpsKernel(), kernel => Assert.True(Rejects(() => kernel(scores), Expected)));
            Assert.All(EveryDistributionKernel(), kernel => Assert.True(Rejects(() => kernel(scores), Expected)));
        }
    }

    [Fact]
    public void Wald_ContainsTheEstimate_AndAllIntervalsStayInBounds()
    {
        Prop.ForAll(Properties.Counts(), counts =>
        {
            NpsResult result = Nps.FromCounts(counts.Promoters, counts.Passives, counts.Detractors);
            if (result.Total == 0)
            {
                return true;
            }

            bool waldContains = result.ConfidenceInterval(0.95, NpsIntervalMethod.Wald).Contains(result.Score);
            bool scoreContains = result.ConfidenceInterval(0.95, NpsIntervalMethod.Score).Contains(result.Score);
            bool inBounds = Enum.GetValues<NpsIntervalMethod>()
                .Select(method => result.ConfidenceInterval(0.95, method))
                .All(i => i.Lower >= -100 && i.Upper <= 100 && i.Lower <= i.Upper);
            return waldContains && scoreContains && inBounds;
        }).Check(Properties.Default);
    }

    [Fact]
    public void ScoreInterval_LimitsSolveTheScoreEquation()
    {
        // Independent restatement of T(Δ) from the spec; at an interior limit T must equal ±z.
        const double Z = 1.9599639845400536;
        Prop.ForAll(Properties.Counts(500), counts =>
        {
            (int c, int passives, int b) = counts;
            double n = c + passives + b;
            if (n == 0)
            {
                return true;
            }

            double T(double delta)
            {
                double bq = -b - c + (2 * n - c + b) * delta;
                double cq = -b * delta * (1 - delta);
                double q = (Math.Sqrt(bq * bq - 8 * n * cq) - bq) / (4 * n);
                return (c - b - n * delta) / Math.Sqrt(n * (2 * q + delta * (1 - delta)));
            }

            ConfidenceInterval interval = Nps.FromCounts(c, passives, b).ConfidenceInterval(0.95, NpsIntervalMethod.Score);
            bool lowerOk = b == n ? interval.Lower == -100 : Math.Abs(T(interval.Lower / 100) - Z) < 1e-6;
            bool upperOk = c == n ? interval.Upper == 100 : Math.Abs(T(interval.Upper / 100) + Z) < 1e-6;
            return lowerOk && upperOk;
        }).Check(Properties.Default);
    }

    [Fact]
    public void WeightedWithUnitWeights_EqualsUnweighted()
    {
        Prop.ForAll(Properties.Answers(), scores =>
        {
            double[] ones = Enumerable.Repeat(1.0, scores.Length).ToArray();
            WeightedNpsResult weighted = Nps.CalculateWeighted(scores, ones);
            NpsResult plain = Nps.Calculate(scores);
            return scores.Length == 0
                ? double.IsNaN(weighted.Score)
                : Math.Abs(weighted.Score - plain.Score) < 1e-9
                  && Math.Abs(weighted.EffectiveSampleSize - scores.Length) < 1e-9
                  && Math.Abs(weighted.StandardError - plain.StandardError) < 1e-9;
        }).Check(Properties.Default);
    }

    private static long[] ScalarDistribution(byte[] scores)
    {
        long[] counts = new long[NpsDistribution.ValueCount];
        DistributionCounting.CountScalar(scores, counts, "scores", 0);
        return counts;
    }

    private static long[][] EveryDistributionWidth(byte[] scores) =>
        EveryDistributionKernel().Select(kernel => kernel(scores)).ToArray();

    /// <summary>
    /// Every vector width of the distribution kernel, <see cref="System.Numerics.Vector{T}"/> included, whether or not this
    /// machine accelerates it: the generic vector API computes the same lanes in software where it does not.
    /// </summary>
    private static System.Collections.Generic.List<Func<byte[], long[]>> EveryDistributionKernel()
    {
        Func<byte[], long[]> Kernel(Action<byte[], long[]> count) => scores =>
        {
            long[] counts = new long[NpsDistribution.ValueCount];
            count(scores, counts);
            return counts;
        };

        var kernels = new System.Collections.Generic.List<Func<byte[], long[]>>
        {
            Kernel((scores, counts) => DistributionCounting.CountVector(scores, counts, "scores")),
        };
#if !LIBRARY_NETSTANDARD
        kernels.Add(Kernel((scores, counts) => DistributionCounting.CountVectorised<CustomerMetrics.Internal.Lanes128, Vector128<byte>>(scores, counts, "scores")));
        kernels.Add(Kernel((scores, counts) => DistributionCounting.CountVectorised<CustomerMetrics.Internal.Lanes256, Vector256<byte>>(scores, counts, "scores")));
        kernels.Add(Kernel((scores, counts) => DistributionCounting.CountVectorised<CustomerMetrics.Internal.Lanes512, Vector512<byte>>(scores, counts, "scores")));
#endif
        return kernels;
    }

    private static NpsResult[] EveryWidth(byte[] scores) =>
        EveryNpsKernel().Select(kernel => kernel(scores)).ToArray();

    /// <summary>Every vector width of the NPS kernel, accelerated here or not (see <see cref="EveryDistributionKernel"/>).</summary>
    private static System.Collections.Generic.List<Func<byte[], NpsResult>> EveryNpsKernel()
    {
        var kernels = new System.Collections.Generic.List<Func<byte[], NpsResult>> { scores => NpsCounting.CountVector(scores, "scores") };
#if !LIBRARY_NETSTANDARD
        kernels.Add(scores => NpsCounting.CountVectorised<CustomerMetrics.Internal.Lanes128, Vector128<byte>>(scores, "scores"));
        kernels.Add(scores => NpsCounting.CountVectorised<CustomerMetrics.Internal.Lanes256, Vector256<byte>>(scores, "scores"));
        kernels.Add(scores => NpsCounting.CountVectorised<CustomerMetrics.Internal.Lanes512, Vector512<byte>>(scores, "scores"));
#endif
        return kernels;
    }

    private static bool Rejects(Action action, string expectedMessageStart)
    {
        try
        {
            action();
            return false;
        }
        catch (ArgumentOutOfRangeException error)
        {
            return error.Message.StartsWith(expectedMessageStart, StringComparison.Ordinal);
        }
    }
}
