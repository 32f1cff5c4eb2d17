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
/// <remarks>The tests redirect <see cref="Console.Out"/>, so they run in a collection of their own, never beside other tests.</remarks>
[Collection(ConsoleCollection.Name)]
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
    public void Readme_LostClient()
    {
        string printed = Capture(() =>
        {
            ClientLossResult lost = ClientLoss.Calculate(annualPurchases: 10_000m, annualIncrease: 2_000m, years: 5, netMargin: 0.2m);
            Console.WriteLine(lost.LostRevenue);                  // 70000
            Console.WriteLine(lost.LostProfit == 14_000m);        // True
        });

        AssertPrinted(printed, "70000", "True");
    }

    [Fact]
    public void Readme_Audit()
    {
        string printed = Capture(() =>
        {
            var answers = AuditChecklist.MysteryShopping.Items.ToDictionary(item => item.Id, item => AuditOutcome.Passed);
            answers["greeted-in-time"] = AuditOutcome.Failed;
            AuditResult audit = AuditChecklist.MysteryShopping.Score(answers);
            Console.WriteLine(audit.Percent.ToString("0.0", CultureInfo.InvariantCulture)); // 93.3
        });

        AssertPrinted(printed, "93.3");
    }

    [Fact]
    public void Readme_Soco()
    {
        string printed = Capture(() =>
        {
            int[] answers = [9, 8, 7, 9, 8, 7, 9, 8, 7, 9, 8, 7, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3, 1];   // items 1-12 CO, 13-24 SO
            SocoScore employee = SocoInstrument.Full24.Score(answers);
            Console.WriteLine(employee);   // SOCO total 192 (mean 8, POMP 87.5, CO 8, SO 2)
        });

        AssertPrinted(printed, "SOCO total 192 (mean 8, POMP 87.5, CO 8, SO 2)");
    }

    [Fact]
    public void Readme_Sla()
    {
        string printed = Capture(() =>
        {
            Console.WriteLine(Sla.Compliance(withinThreshold: 364, total: 365));   // Of 365 operations, 364 were done on time (99.73 %).
            StaffingResult staff = ErlangC.AgentsFor(100, TimeSpan.FromMinutes(30), TimeSpan.FromSeconds(180), TimeSpan.FromSeconds(20), targetServiceLevel: 0.8);
            Console.WriteLine(staff.AgentsNeeded);                                  // 14
        });

        AssertPrinted(printed, "Of 365 operations, 364 were done on time (99.73 %).", "14");
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
    public void ClientLoss_TheSourcesExample()
    {
        string printed = Capture(() =>
        {
            ClientLossResult loss = ClientLoss.Calculate(annualPurchases: 10_000m, annualIncrease: 2_000m, years: 5, netMargin: 0.2m);
            Console.WriteLine(loss.LostRevenue);                 // 70000
            Console.WriteLine(loss.LostProfit == 14_000m);       // True
            Console.WriteLine(loss.Schedule[4].Purchases);       // 18000
        });

        AssertPrinted(printed, "70000", "True", "18000");
    }

    [Fact]
    public void ClientLoss_EveryConvention()
    {
        string printed = Capture(() =>
        {
            var scenario = new ClientLossScenario
            {
                AnnualPurchases = 10_000m,
                AnnualGrowthRate = 0.05,
                Years = 3,
                NetMargin = 0.2m,
                DiscountRate = 0.1,
                RetentionProbability = 0.9,
                AcquisitionCost = 5_000m,
            };
            ClientLossResult result = ClientLoss.Calculate(scenario);
            foreach (ClientLossYear year in result.Schedule)
            {
                Console.WriteLine($"{year.Year}: {year.DiscountedProfit.ToString("0.00", CultureInfo.InvariantCulture)}");
            }
            // 1: 1818.18
            // 2: 1561.98
            // 3: 1341.89
            Console.WriteLine(result.TotalCost.ToString("0.00", CultureInfo.InvariantCulture)); // 9722.05
        });

        AssertPrinted(printed, "1: 1818.18", "2: 1561.98", "3: 1341.89", "9722.05");
    }

    [Fact]
    public void ClientLoss_LifetimeValue()
    {
        string printed = Capture(() =>
        {
            decimal forever = ClientLoss.LifetimeValue(annualMargin: 2_000m, retention: 0.8, discountRate: 0.1);
            decimal fiveYears = ClientLoss.LifetimeValue(2_000m, 0.8, 0.1, years: 5);
            Console.WriteLine(forever.ToString("0.00", CultureInfo.InvariantCulture));   // 5333.33
            Console.WriteLine(fiveYears.ToString("0.00", CultureInfo.InvariantCulture)); // 4248.19
        });

        AssertPrinted(printed, "5333.33", "4248.19");
    }

    [Fact]
    public void ClientLoss_Portfolio()
    {
        string printed = Capture(() =>
        {
            PortfolioClient[] clients =
            [
                new("ACME", new ClientLossScenario { AnnualPurchases = 10_000m, AnnualIncrease = 2_000m, Years = 5, NetMargin = 0.2m }, ChurnProbability: 0.5),
                new("Globex", new ClientLossScenario { AnnualPurchases = 50_000m, Years = 5, NetMargin = 0.1m }, ChurnProbability: 0.05),
            ];
            ClientPortfolioResult portfolio = ClientLoss.Portfolio(clients, top: 1);
            Console.WriteLine(portfolio.ExpectedLoss.ToString("0.00", CultureInfo.InvariantCulture)); // 8250.00
            Console.WriteLine(portfolio.TopAtRisk[0].Id);                                             // ACME
        });

        AssertPrinted(printed, "8250.00", "ACME");
    }

    [Fact]
    public void Audit_TheSourcesFormula()
    {
        string printed = Capture(() =>
        {
            double index = AuditIndex.Calculate(passed: 18, total: 20);
            Console.WriteLine(index.ToString(CultureInfo.InvariantCulture)); // 0.9
        });

        AssertPrinted(printed, "0.9");
    }

    [Fact]
    public void Audit_WorkedExample()
    {
        string printed = Capture(() =>
        {
            AuditChecklist checklist = AuditChecklist.MysteryShopping;
            var answers = checklist.Items.ToDictionary(item => item.Id, item => AuditOutcome.Passed);
            answers["greeted-in-time"] = AuditOutcome.Failed;
            answers["retention-bonus-offered"] = AuditOutcome.Failed;
            answers["online-answer-in-time"] = AuditOutcome.NotApplicable;
            answers["return-handled"] = AuditOutcome.NotApplicable;

            AuditResult audit = checklist.Score(answers);
            Console.WriteLine(audit.Index.ToString("0.000", CultureInfo.InvariantCulture));                   // 0.846
            Console.WriteLine(audit.Sections["Store"].Index.ToString("0.000", CultureInfo.InvariantCulture)); // 0.833

            answers["delivered-on-time"] = AuditOutcome.Failed;
            AuditResult strict = checklist.Score(answers, criticalFailureZeroesIndex: true);
            Console.WriteLine(strict.Index);                                                              // 0
            Console.WriteLine(strict.IndexBeforeKnockOut.ToString("0.000", CultureInfo.InvariantCulture)); // 0.692
            Console.WriteLine(string.Join(", ", strict.CriticalFailures));                                // delivered-on-time
        });

        AssertPrinted(printed, "0.846", "0.833", "0", "0.692", "delivered-on-time");
    }

    [Fact]
    public void Audit_PooledOrMean()
    {
        string printed = Capture(() =>
        {
            AuditResult small = AuditIndex.Score([new AuditCheck("greeting", AuditOutcome.Failed)]);
            AuditResult large = AuditIndex.Score(Enumerable.Range(1, 9).Select(i => new AuditCheck($"item-{i}", AuditOutcome.Passed)));
            AuditSummary month = AuditIndex.Summarize([small, large]);
            Console.WriteLine(month.PooledIndex.ToString("0.00", CultureInfo.InvariantCulture)); // 0.90
            Console.WriteLine(month.MeanIndex.ToString("0.00", CultureInfo.InvariantCulture));   // 0.50
            Console.WriteLine(month.Meets(0.9));                                                // True
        });

        AssertPrinted(printed, "0.90", "0.50", "True");
    }

    [Fact]
    public void Soco_WorkedExample()
    {
        string printed = Capture(() =>
        {
            int[] answers = [9, 8, 7, 9, 8, 7, 9, 8, 7, 9, 8, 7, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3, 1];
            SocoScore score = SocoInstrument.Full24.Score(answers);
            Console.WriteLine(score.Total);                       // 192
            Console.WriteLine(score.Pomp);                        // 87.5
            Console.WriteLine($"{score.CustomerOrientation} / {score.SellingOrientation}"); // 8 / 2

            answers[0] = answers[1] = SocoInstrument.Missing;     // 22 of 24 answered: prorated
            Console.WriteLine(SocoInstrument.Full24.Score(answers).IsProrated);             // True
        });

        AssertPrinted(printed, "192", "87.5", "8 / 2", "True");
    }

    [Fact]
    public void Soco_Reliability()
    {
        string printed = Capture(() =>
        {
            var threeItems = new SocoInstrument(
                [new SocoItem(1, ItemPolarity.CustomerOriented, "a"), new SocoItem(2, ItemPolarity.CustomerOriented, "b"), new SocoItem(3, ItemPolarity.CustomerOriented, "c")],
                scaleMin: 1,
                scaleMax: 5);
            SocoSummary team = threeItems.Summarize([[1, 2, 2], [2, 3, 3], [4, 4, 5], [5, 5, 4]]);
            Console.WriteLine(team.CronbachAlpha.ToString("0.000", CultureInfo.InvariantCulture));            // 0.944
            Console.WriteLine(team.Items[0].AlphaIfDeleted.ToString("0.000", CultureInfo.InvariantCulture));  // 0.889
            Console.WriteLine(team.StandardErrorOfMeasurement.ToString("0.0", CultureInfo.InvariantCulture)); // 1.0
        });

        AssertPrinted(printed, "0.944", "0.889", "1.0");
    }

    [Fact]
    public void Soco_Batch()
    {
        string printed = Capture(() =>
        {
            byte[] matrix = [9, 9, 9, 9, 9, 1, 1, 1, 1, 1, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5];   // two respondents, short form
            var scores = new SocoScore[2];
            SocoInstrument.Short10.ScoreBatch(matrix, scores);
            Console.WriteLine($"{scores[0].Total} {scores[1].Total}");                       // 90 50
        });

        AssertPrinted(printed, "90 50");
    }

    [Fact]
    public void ServiceLevels_Classify()
    {
        string printed = Capture(() =>
        {
            Console.WriteLine(ServiceLevels.Classify(expected: 4, perceived: 5));                    // Wow
            Console.WriteLine(ServiceLevels.Classify(expected: 4, perceived: 3.8, tolerance: 0.25)); // Standard
            ServiceLevelDistribution week = ServiceLevels.Distribution([4, 4, 4, 4], [3, 4, 5, 5]);
            Console.WriteLine(week);                                                                 // Low 1, Standard 1, Wow 2 (N 4)
        });

        AssertPrinted(printed, "Wow", "Standard", "Low 1, Standard 1, Wow 2 (N 4)");
    }

    [Fact]
    public void ServiceLevels_Servqual()
    {
        string printed = Capture(() =>
        {
            double[] expected = Enumerable.Repeat(6.0, 22).ToArray();
            double[] perceived = [6, 6, 6, 6, 5, 5, 5, 5, 5, 4, 4, 4, 4, 7, 7, 7, 7, 6, 6, 6, 6, 6];
            ServiceGapScore gaps = ServiceLevels.ScoreGaps(GapLayout.Servqual, expected, perceived, importance: [10, 30, 20, 20, 20]);
            Console.WriteLine(gaps.Dimensions[2]);  // Responsiveness: expected 6, perceived 4, gap -2 (Low)
            Console.WriteLine(gaps.Overall);        // -0.4
            Console.WriteLine(gaps.WeightedOverall); // -0.5
        });

        AssertPrinted(printed, "Responsiveness: expected 6, perceived 4, gap -2 (Low)", "-0.4", "-0.5");
    }

    [Fact]
    public void ServiceLevels_Sla()
    {
        string printed = Capture(() =>
        {
            SlaResult year = Sla.Compliance(withinThreshold: 364, total: 365);
            Console.WriteLine(year);                                                             // Of 365 operations, 364 were done on time (99.73 %).
            Console.WriteLine(year.Meets(0.99));                                                 // True
            Console.WriteLine(year.ErrorBudgetUsed(0.99).ToString("0.000", CultureInfo.InvariantCulture)); // 0.274
        });

        AssertPrinted(printed, "Of 365 operations, 364 were done on time (99.73 %).", "True", "0.274");
    }

    [Fact]
    public void ServiceLevels_ResponseTimes()
    {
        string printed = Capture(() =>
        {
            double[] greetingSeconds = [12, 25, 30, 31, 18, 45, 22, 28, 15, 60];
            Console.WriteLine(Sla.Measure(greetingSeconds, threshold: 30).Rate);   // 0.7
            Console.WriteLine(Sla.Percentile(greetingSeconds, 90));                 // 46.5
        });

        AssertPrinted(printed, "0.7", "46.5");
    }

    [Fact]
    public void ServiceLevels_ContactCentreFormulas()
    {
        string printed = Capture(() =>
        {
            ContactCentreCounts interval = ContactCentre.Counts(answered: 180, answeredWithinTarget: 160, abandoned: 20, abandonedWithinTarget: 8);
            foreach (ServiceLevelFormula formula in Enum.GetValues<ServiceLevelFormula>())
            {
                Console.WriteLine($"{formula}: {interval.ServiceLevel(formula).ToString("0.000", CultureInfo.InvariantCulture)}");
            }
            // AbandonsWithinTargetMet: 0.840       (160 + 8) / 200
            // AbandonsIgnored: 0.889               160 / 180
            // AbandonsFailed: 0.800                160 / 200
            // AbandonsWithinTargetNeutral: 0.833   160 / 192
        });

        AssertPrinted(printed, "AbandonsWithinTargetMet: 0.840", "AbandonsIgnored: 0.889", "AbandonsFailed: 0.800", "AbandonsWithinTargetNeutral: 0.833");
    }

    [Fact]
    public void ServiceLevels_ErlangC()
    {
        string printed = Capture(() =>
        {
            StaffingResult staffing = ErlangC.AgentsFor(
                arrivalsPerInterval: 100, interval: TimeSpan.FromMinutes(30), averageHandleTime: TimeSpan.FromSeconds(180),
                targetAnswerTime: TimeSpan.FromSeconds(20), targetServiceLevel: 0.8, shrinkage: 0.3);
            Console.WriteLine(staffing.AgentsNeeded);      // 14
            Console.WriteLine(staffing.AgentsToSchedule);  // 20
            Console.WriteLine(staffing.Result);            // 14 agents for 10 Erlangs: service level 88.8 %, Pw 17.4 %, ASA 7.8 s, occupancy 71.4 %
        });

        AssertPrinted(printed, "14", "20", "14 agents for 10 Erlangs: service level 88.8 %, Pw 17.4 %, ASA 7.8 s, occupancy 71.4 %");
    }

    [Fact]
    public void ServiceLevels_Csat()
    {
        string printed = Capture(() =>
        {
            byte[] ratings = [.. Enumerable.Repeat((byte)5, 40), .. Enumerable.Repeat((byte)4, 38), .. Enumerable.Repeat((byte)3, 22)];
            Console.WriteLine(Satisfaction.Csat(ratings));   // 0.78
            Console.WriteLine(Satisfaction.Calculate(ratings)); // CSAT 78 % (mean 4.18 of 5, N 100)
        });

        AssertPrinted(printed, "0.78", "CSAT 78 % (mean 4.18 of 5, N 100)");
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

    /// <summary>Runs an example with the invariant culture (as the docs show numbers) and returns what it printed.</summary>
    private static string Capture(Action example)
    {
        TextWriter original = Console.Out;
        CultureInfo originalCulture = CultureInfo.CurrentCulture;
        var output = new StringWriter { NewLine = "\n" };
        Console.SetOut(output);
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            example();
        }
        finally
        {
            Console.SetOut(original);
            CultureInfo.CurrentCulture = originalCulture;
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

/// <summary>Tests that redirect the console run alone: nothing else may write to it meanwhile.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    internal const string Name = "Console";
}
