#!/usr/bin/env dotnet
// The mystery-shopping audit index: items fulfilled / all applicable items, on the sources' checklist.
// Run from the repository root: dotnet run examples/audit.cs
#:project ../src/CustomerMetrics/CustomerMetrics.csproj

using System;
using System.Globalization;
using System.Linq;
using CustomerMetrics;

AuditChecklist checklist = AuditChecklist.MysteryShopping;
Console.WriteLine($"The sources' checklist: {checklist.Items.Count} items");

// Everything fine except the greeting (weight 1 of the 15 in all): 14 / 15.
var answers = checklist.Items.ToDictionary(item => item.Id, item => AuditOutcome.Passed);
answers["greeted-in-time"] = AuditOutcome.Failed;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Greeted late, all else fine: {checklist.Score(answers).Percent:0.0} %"));

// The docs' worked example: also no retention bonus offered; no online request and no return.
answers["retention-bonus-offered"] = AuditOutcome.Failed;
answers["online-answer-in-time"] = AuditOutcome.NotApplicable;
answers["return-handled"] = AuditOutcome.NotApplicable;
AuditResult visit = checklist.Score(answers);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Worked example: index {visit.Index:0.000} (11 / 13), store section {visit.Sections["Store"].Index:0.000} (5 / 6)"));

// A late delivery is critical: with knock-out the index is 0, whatever else went well.
answers["delivered-on-time"] = AuditOutcome.Failed;
AuditResult strict = checklist.Score(answers, criticalFailureZeroesIndex: true);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Delivered late: index {strict.Index} (before knock-out {strict.IndexBeforeKnockOut:0.000}), critical failures: {string.Join(", ", strict.CriticalFailures)}"));

// A month of audits: pooled (all checks together) and mean (every visit the same say).
AuditSummary month = AuditIndex.Summarize([visit, strict, checklist.Score(checklist.Items.ToDictionary(item => item.Id, item => AuditOutcome.Passed))]);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Month of {month.Audits} audits: pooled {month.PooledIndex:0.000}, mean {month.MeanIndex:0.000}"));
