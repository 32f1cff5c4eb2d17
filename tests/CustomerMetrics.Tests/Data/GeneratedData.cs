using System;
using System.Collections.Generic;
using System.Linq;

namespace CustomerMetrics.Tests.Data;

/// <summary>A survey answer as stored: the score (NULL for no answer), the channel, the month and a weight.</summary>
internal sealed record SurveyRow(int? Score, string Channel, string Month, double Weight);

/// <summary>An audit check as stored in long format.</summary>
internal sealed record CheckRow(string Audit, string? Section, string Item, string Outcome, double Weight, bool Critical);

/// <summary>An operation as stored: its duration in seconds and its month.</summary>
internal sealed record OperationRow(double Seconds, string Month);

/// <summary>Deterministic data sets for the SQL engines and the in-memory calculators to agree on.</summary>
internal static class GeneratedData
{
    internal static readonly string[] Channels = ["web", "store", "phone", "partner \"north\"; DROP TABLE survey; --"];

    internal static List<SurveyRow> Survey(int count, int seed)
    {
        var random = new Random(seed);
        var rows = new List<SurveyRow>(count);
        for (int i = 0; i < count; i++)
        {
            int? score = random.Next(40) == 0 ? null : Math.Min(10, (int)Math.Round(random.NextDouble() * 11.4));
            rows.Add(new SurveyRow(score, Channels[random.Next(Channels.Length)], $"2026-{1 + random.Next(3):00}", random.Next(1, 33) / 8.0));
        }

        return rows;
    }

    /// <summary>Respondents of an instrument; about one in twelve leaves some items unanswered (NULL).</summary>
    internal static List<int?[]> Soco(SocoInstrument instrument, int count, int seed)
    {
        var random = new Random(seed);
        int k = instrument.Items.Count;
        var rows = new List<int?[]>(count);
        for (int r = 0; r < count; r++)
        {
            int leaning = random.Next(3);
            int?[] answers = new int?[k];
            for (int i = 0; i < k; i++)
            {
                int high = instrument.Items[i].Polarity == ItemPolarity.CustomerOriented ? instrument.ScaleMax - leaning : instrument.ScaleMin + leaning + 2;
                answers[i] = Math.Clamp(high + random.Next(-2, 3), instrument.ScaleMin, instrument.ScaleMax);
            }

            if (random.Next(12) == 0)
            {
                for (int m = random.Next(1, 8); m > 0; m--)
                {
                    answers[random.Next(k)] = null;
                }
            }

            rows.Add(answers);
        }

        return rows;
    }

    internal static int[] ToAnswers(int?[] row) => row.Select(a => a ?? SocoInstrument.Missing).ToArray();

    /// <summary>Audits against a checklist of eight items in three sections (one item critical, one without a section).</summary>
    internal static List<CheckRow> Audits(int audits, int seed)
    {
        (string Item, string? Section, double Weight, bool Critical)[] checklist =
        [
            ("greeting", "Store", 1, false), ("needs", "Store", 2, false), ("solution", "Store", 1.5, true),
            ("call-back", "Phone", 1, false), ("tone", "Phone", 0.5, false),
            ("on-time", "Delivery", 2, false), ("complete", "Delivery", 1, false), ("follow-up", null, 1, false),
        ];
        var random = new Random(seed);
        var rows = new List<CheckRow>();
        for (int a = 0; a < audits; a++)
        {
            string id = $"A{a:00000}";
            bool nothingApplies = random.Next(50) == 0;
            foreach ((string item, string? section, double weight, bool critical) in checklist)
            {
                string outcome = nothingApplies ? "na" : random.Next(10) switch { < 7 => "passed", < 9 => "failed", _ => "na" };
                rows.Add(new CheckRow(id, section, item, outcome, weight, critical));
            }
        }

        return rows;
    }

    /// <summary>The audits scored one by one in memory, as <see cref="AuditIndex.Score"/> scores them.</summary>
    internal static List<AuditResult> Score(IEnumerable<CheckRow> rows, bool knockOut) =>
        rows.GroupBy(row => row.Audit, StringComparer.Ordinal)
            .Select(audit => AuditIndex.Score(audit.Select(row => new AuditCheck(
                row.Item,
                row.Outcome switch { "passed" => AuditOutcome.Passed, "failed" => AuditOutcome.Failed, _ => AuditOutcome.NotApplicable },
                row.Weight,
                row.Critical,
                row.Section)), knockOut))
            .ToList();

    internal static List<OperationRow> Operations(int count, int seed)
    {
        var random = new Random(seed);
        var rows = new List<OperationRow>(count);
        for (int i = 0; i < count; i++)
        {
            double seconds = random.Next(30) == 0 ? 0 : Math.Exp((random.NextDouble() * 9) - 1);
            rows.Add(new OperationRow(seconds, $"2026-{1 + random.Next(12):00}"));
        }

        return rows;
    }
}
