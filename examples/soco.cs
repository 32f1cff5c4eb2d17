#!/usr/bin/env dotnet
// The SOCO scale (Saxe & Weitz): one salesperson's keyed score, then a small team's reliability.
// Run from the repository root: dotnet run examples/soco.cs
#:project ../src/CustomerMetrics/CustomerMetrics.csproj

using System;
using System.Globalization;
using CustomerMetrics;

// Items 1-12 are customer-oriented (CO), 13-24 selling-oriented (SO); answers on 1..9.
int[] answers = [9, 8, 7, 9, 8, 7, 9, 8, 7, 9, 8, 7, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3, 1];
SocoScore score = SocoInstrument.Full24.Score(answers);
Console.WriteLine(score);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  total {score.Total} of 24..216; POMP = (192 - 24) / (216 - 24) x 100 = {score.Pomp}"));

// Two answers missing: the score is prorated from the 22 answered items.
answers[0] = answers[1] = SocoInstrument.Missing;
Console.WriteLine($"Two items unanswered: {SocoInstrument.Full24.Score(answers)}");

// Reliability on a three-item scale (1..5) with four respondents: alpha = 17/18, SEM = 1.
var threeItems = new SocoInstrument(
    [new SocoItem(1, ItemPolarity.CustomerOriented, "a"), new SocoItem(2, ItemPolarity.CustomerOriented, "b"), new SocoItem(3, ItemPolarity.CustomerOriented, "c")],
    scaleMin: 1,
    scaleMax: 5);
SocoSummary team = threeItems.Summarize([[1, 2, 2], [2, 3, 3], [4, 4, 5], [5, 5, 4]]);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Team of {team.Count}: Cronbach's alpha {team.CronbachAlpha:0.000}, SEM {team.StandardErrorOfMeasurement:0.000}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  alpha without item 1: {team.Items[0].AlphaIfDeleted:0.000}"));
