#!/usr/bin/env dotnet
// Net Promoter Score: the README's ten answers and the docs' quarter-on-quarter worked example.
// Run from the repository root: dotnet run examples/nps.cs
#:project ../src/CustomerMetrics/CustomerMetrics.csproj
#:property PublishAot=false

using System;
using System.Globalization;
using System.Text.Json;
using CustomerMetrics;

// "How likely are you to recommend us?" on 0..10: promoters answer 9-10, detractors 0-6.
byte[] answers = [10, 9, 9, 10, 9, 8, 7, 7, 6, 0];
NpsResult nps = Nps.Calculate(answers);
Console.WriteLine($"Ten answers: {nps}");
Console.WriteLine($"  band {nps.Band}, interval {nps.ConfidenceInterval()}, small sample: {nps.IsSmallSample}");

// The third quarter: 110 promoters, 50 passives and 40 detractors of 200.
NpsResult q3 = Nps.FromCounts(promoters: 110, passives: 50, detractors: 40);
Console.WriteLine($"Q3: {q3}");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  standard error {q3.StandardError:0.00} points"));
Console.WriteLine($"  Wald 95 %          {q3.ConfidenceInterval(0.95, NpsIntervalMethod.Wald)}");
Console.WriteLine($"  adjusted Wald 95 % {q3.ConfidenceInterval()}");

// Against the second quarter (90 / 60 / 50): is +15 points a real change?
NpsResult q2 = Nps.FromCounts(promoters: 90, passives: 60, detractors: 50);
NpsComparison change = Nps.Compare(baseline: q2, current: q3);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Q2 -> Q3: {change.Difference:+0;-0} points, p = {change.PValue:0.0000}, significant at 95 %: {change.IsSignificant}"));

// Results merge: two days add up to the week, and survive a round trip through JSON.
NpsResult week = Nps.Calculate([10, 9, 9, 8, 7, 6, 3]) + Nps.Calculate([10, 10, 9, 8, 2]);
string json = JsonSerializer.Serialize(week);
Console.WriteLine($"Week: {week}");
Console.WriteLine($"  as JSON {json}");
Console.WriteLine($"  read back equal: {JsonSerializer.Deserialize<NpsResult>(json) == week}");
