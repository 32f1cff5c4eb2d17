using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CustomerMetrics;

namespace CustomerMetrics.FrameworkConsumer;

/// <summary>
/// Computes the sources' worked examples through the netstandard2.0 build on .NET Framework (or
/// Mono) and prints them; exits 1 if any differs from the figure the sources give.
/// </summary>
internal static class Program
{
    private static int failures;

    private static int Main()
    {
        CultureInfo.CurrentCulture = new CultureInfo("ru-RU");   // the sources' culture: figures must not change with it
        Console.WriteLine($"Runtime: {Environment.Version}, {(Type.GetType("Mono.Runtime") is null ? ".NET Framework" : "Mono")}");

        NpsResult nps = Nps.Calculate(new byte[] { 10, 9, 9, 10, 9, 8, 7, 7, 6, 0 });
        Check("NPS of the README's ten answers", nps.ToString(), "NPS 30 (P 5, Passives 3, D 2, N 10)");
        Check("NPS band", nps.Band.ToString(), "Average");
        Check("Q3 NPS with its adjusted Wald interval", Nps.FromCounts(110, 50, 40).ConfidenceInterval().ToString(), "[23.587, 45.379] (95 %)");

        ClientLossResult loss = ClientLoss.Calculate(10_000m, 2_000m, 5, 0.2m);
        Check("Lost revenue, 10 000 growing by 2 000 for 5 years", loss.LostRevenue.ToString(CultureInfo.InvariantCulture), "70000");
        Check("Lost profit at 20 %", (loss.LostProfit == 14_000m).ToString(), "True");

        Check("SLA, 364 of 365", Sla.Compliance(364, 365).ToString(), "Of 365 operations, 364 were done on time (99.73 %).");

        AuditChecklist checklist = AuditChecklist.FromJson(AuditChecklist.MysteryShopping.ToJson());
        Dictionary<string, AuditOutcome> answers = checklist.Items.ToDictionary(item => item.Id, item => AuditOutcome.Passed);
        answers["greeted-in-time"] = AuditOutcome.Failed;
        Check("Audit index, greeted late", checklist.Score(answers).Percent.ToString("0.0", CultureInfo.InvariantCulture), "93.3");
        answers["retention-bonus-offered"] = AuditOutcome.Failed;
        answers["online-answer-in-time"] = AuditOutcome.NotApplicable;
        answers["return-handled"] = AuditOutcome.NotApplicable;
        Check("Audit index, the docs' worked example", checklist.Score(answers).Index.ToString("0.000", CultureInfo.InvariantCulture), "0.846");

        int[] soco = { 9, 8, 7, 9, 8, 7, 9, 8, 7, 9, 8, 7, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3, 1 };
        Check("SOCO score", SocoInstrument.Full24.Score(soco).ToString(), "SOCO total 192 (mean 8, POMP 87.5, CO 8, SO 2)");

        StaffingResult staffing = ErlangC.AgentsFor(100, TimeSpan.FromMinutes(30), TimeSpan.FromSeconds(180), TimeSpan.FromSeconds(20), 0.8, 0.3);
        Check("Erlang C agents for 80 % in 20 s", $"{staffing.AgentsNeeded} / {staffing.AgentsToSchedule}", "14 / 20");

        byte[] ratings = Enumerable.Repeat((byte)5, 40).Concat(Enumerable.Repeat((byte)4, 38)).Concat(Enumerable.Repeat((byte)3, 22)).ToArray();
        Check("Satisfaction level", Satisfaction.Calculate(ratings).ToString(), "CSAT 78 % (mean 4.18 of 5, N 100)");

        Console.WriteLine(failures == 0 ? "every worked example reproduced" : $"{failures} worked example(s) differ");
        return failures == 0 ? 0 : 1;
    }

    private static void Check(string what, string actual, string expected)
    {
        bool ok = actual == expected;
        failures += ok ? 0 : 1;
        Console.WriteLine(ok ? $"ok   {what}: {actual}" : $"FAIL {what}: {actual} (the sources: {expected})");
    }
}
