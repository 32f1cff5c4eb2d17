using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace CustomerMetrics.Tests.Docs;

/// <summary>
/// Every C# block in README.md and docs/*.md is pasted, unchanged, into a test below, which runs it
/// and compares what it prints with the values the page shows in its comments. A final test checks
/// that no block of the docs is missing here, so the docs cannot drift from code that runs.
/// </summary>
/// <remarks>The tests redirect <see cref="Console.Out"/>; no other test class writes to the console.</remarks>
public class DocsExamplesTests
{
    [Fact]
    public void Readme_ThirtySeconds()
    {
        string printed = Capture(() =>
        {
            byte[] answers = [10, 9, 9, 10, 9, 8, 7, 7, 6, 0];   // "How likely are you to recommend us?" 0..10
            NpsResult nps = Nps.Calculate(answers);

            Console.WriteLine(nps.Score);                         // 30
            Console.WriteLine(nps.Band);                          // Average
            Console.WriteLine(nps.ConfidenceInterval());          // [-19.051, 65.204] (95 %)
            Console.WriteLine(nps.IsSmallSample);                 // True
        });

        AssertPrinted(printed, "30", "Average", "[-19.051, 65.204] (95 %)", "True");
    }

    [Fact]
    public void Nps_WorkedExample()
    {
        string printed = Capture(() =>
        {
            NpsResult q3 = Nps.FromCounts(promoters: 110, passives: 50, detractors: 40);
            Console.WriteLine(q3.Score);                        // 35
            Console.WriteLine(q3.Band);                         // Average
            Console.WriteLine(q3.StandardError.ToString("0.00", CultureInfo.InvariantCulture)); // 5.60

            ConfidenceInterval wald = q3.ConfidenceInterval(0.95, NpsIntervalMethod.Wald);
            ConfidenceInterval adjusted = q3.ConfidenceInterval();
            Console.WriteLine(wald);                            // [24.022, 45.978] (95 %)
            Console.WriteLine(adjusted);                        // [23.587, 45.379] (95 %)

            NpsResult q2 = Nps.FromCounts(promoters: 90, passives: 60, detractors: 50);
            NpsComparison change = Nps.Compare(baseline: q2, current: q3);
            Console.WriteLine(change.PValue.ToString("0.0000", CultureInfo.InvariantCulture)); // 0.0615
            Console.WriteLine(change.IsSignificant);            // False
        });

        AssertPrinted(printed, "35", "Average", "5.60", "[24.022, 45.978] (95 %)", "[23.587, 45.379] (95 %)", "0.0615", "False");
    }

    [Fact]
    public void Nps_RawAnswersDistributionAndMerging()
    {
        string printed = Capture(() =>
        {
            byte[] monday = [10, 9, 9, 8, 7, 6, 3];
            byte[] tuesday = [10, 10, 9, 8, 2];
            NpsResult week = Nps.Calculate(monday) + Nps.Calculate(tuesday);
            Console.WriteLine(week);                            // NPS 25 (P 6, Passives 3, D 3, N 12)

            NpsDistribution distribution = Nps.CalculateDistribution([.. monday, .. tuesday]);
            Console.WriteLine(distribution[10]);                // 3
            Console.WriteLine(distribution.ToResult() == week); // True
        });

        AssertPrinted(printed, "NPS 25 (P 6, Passives 3, D 3, N 12)", "3", "True");
    }

    [Fact]
    public void Nps_WeightedSegmentsAndTrend()
    {
        string printed = Capture(() =>
        {
            byte[] answers = [10, 9, 7, 6, 3, 10];
            double[] weights = [1.2, 0.8, 1.0, 1.5, 1.5, 0.6];
            WeightedNpsResult weighted = Nps.CalculateWeighted(answers, weights);
            Console.WriteLine(weighted.Score.ToString("0.00", CultureInfo.InvariantCulture));               // -6.06
            Console.WriteLine(weighted.EffectiveSampleSize.ToString("0.00", CultureInfo.InvariantCulture)); // 5.49

            (string Month, int Score)[] responses = [("2026-01", 10), ("2026-01", 4), ("2026-02", 9), ("2026-02", 10)];
            foreach (NpsTrendPoint<string> point in Nps.Trend(responses))
            {
                Console.WriteLine($"{point.Period}: {point.Result.Score} significant change: {point.IsSignificantChange}");
            }
            // 2026-01: 0 significant change: False
            // 2026-02: 100 significant change: False
        });

        AssertPrinted(printed, "-6.06", "5.49", "2026-01: 0 significant change: False", "2026-02: 100 significant change: False");
    }

    [Fact]
    public void EveryDocsCodeBlock_IsRunByThisClass()
    {
        string root = Repository.Root;
        string tests = Normalize(File.ReadAllText(Path.Combine(root, "tests", "CustomerMetrics.Tests", "Docs", "DocsExamplesTests.cs")));
        var pages = new List<string> { Path.Combine(root, "README.md") };
        pages.AddRange(Directory.GetFiles(Path.Combine(root, "docs"), "*.md"));

        var missing = new List<string>();
        int blocks = 0;
        foreach (string page in pages)
        {
            foreach (Match block in Regex.Matches(File.ReadAllText(page), "```csharp\\n(.*?)```", RegexOptions.Singleline))
            {
                blocks++;
                if (!tests.Contains(Normalize(block.Groups[1].Value), StringComparison.Ordinal))
                {
                    missing.Add($"{Path.GetFileName(page)}: {block.Groups[1].Value.Split('\n')[0]}");
                }
            }
        }

        Assert.True(blocks > 0, "no ```csharp blocks found: has the docs layout changed?");
        Assert.True(missing.Count == 0, "Docs code blocks not run by DocsExamplesTests:\n" + string.Join("\n", missing));
    }

    private static string Capture(Action example)
    {
        TextWriter original = Console.Out;
        var output = new StringWriter { NewLine = "\n" };
        Console.SetOut(output);
        try
        {
            example();
        }
        finally
        {
            Console.SetOut(original);
        }

        return output.ToString();
    }

    private static void AssertPrinted(string printed, params string[] lines) =>
        Assert.Equal(lines, printed.TrimEnd('\n').Split('\n'));

    /// <summary>Drops <c>using</c> lines, blank lines and indentation, so a block matches its copy in a method body.</summary>
    private static string Normalize(string code) =>
        string.Join(
            "\n",
            code.Replace("\r", string.Empty, StringComparison.Ordinal)
                .Split('\n')
                .Select(line => line.Trim())
                .Where(line => line.Length > 0 && !line.StartsWith("using ", StringComparison.Ordinal)));
}
