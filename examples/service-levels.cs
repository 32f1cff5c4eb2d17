#!/usr/bin/env dotnet
// Service levels: Low / Standard / WOW, a key client's SLA (364 of 365 on time), response-time
// standards, abandoned calls, Erlang C staffing and the 78 % satisfaction level.
// Run from the repository root: dotnet run examples/service-levels.cs
#:project ../src/CustomerMetrics/CustomerMetrics.csproj

using System;
using System.Globalization;
using System.Linq;
using CustomerMetrics;

// Expected 4, got 3 / 4 / 5 on a 1..5 scale.
Console.WriteLine($"Expected 4: got 3 is {ServiceLevels.Classify(4, 3)}, 4 is {ServiceLevels.Classify(4, 4)}, 5 is {ServiceLevels.Classify(4, 5)}");

// A key client's year: 364 of 365 operations within a day, against a 99 % target.
SlaResult year = Sla.Compliance(withinThreshold: 364, total: 365);
Console.WriteLine(year);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  meets 99 %: {year.Meets(0.99)}, error budget used {year.ErrorBudgetUsed(0.99):P1}"));

// Ten greetings against the 30-second standard.
double[] greetingSeconds = [12, 25, 30, 31, 18, 45, 22, 28, 15, 60];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Greetings within 30 s: {Sla.Measure(greetingSeconds, threshold: 30).Rate:P0}, 90th percentile {Sla.Percentile(greetingSeconds, 90)} s"));

// 180 answered (160 within 20 s), 20 abandoned (8 within 20 s): the formula decides the figure.
ContactCentreCounts interval = ContactCentre.Counts(answered: 180, answeredWithinTarget: 160, abandoned: 20, abandonedWithinTarget: 8);
foreach (ServiceLevelFormula formula in Enum.GetValues<ServiceLevelFormula>())
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {formula,-28} {interval.ServiceLevel(formula):0.000}"));
}

// 100 calls in 30 minutes, 180 s handle time, 80 % answered within 20 s, 30 % shrinkage.
StaffingResult staffing = ErlangC.AgentsFor(100, TimeSpan.FromMinutes(30), TimeSpan.FromSeconds(180), TimeSpan.FromSeconds(20), targetServiceLevel: 0.8, shrinkage: 0.3);
Console.WriteLine(staffing.Result);
Console.WriteLine($"  on the roster: {staffing.AgentsToSchedule}");

// "Satisfaction level: 78 %": 78 of 100 ratings in the top two boxes.
byte[] ratings = [.. Enumerable.Repeat((byte)5, 40), .. Enumerable.Repeat((byte)4, 38), .. Enumerable.Repeat((byte)3, 22)];
Console.WriteLine(Satisfaction.Calculate(ratings));
