using System;
using Xunit;

namespace CustomerMetrics.Tests.Services;

public class ContactCentreTests
{
    // A = 180 answered, Aₜ = 160 within 20 s, B = 20 abandoned, Bₜ = 8 within 20 s.
    private static readonly ContactCentreCounts Interval = ContactCentre.Counts(answered: 180, answeredWithinTarget: 160, abandoned: 20, abandonedWithinTarget: 8);

    [Theory]
    [InlineData(ServiceLevelFormula.AbandonsWithinTargetMet, 168.0 / 200)]     // (160 + 8) / (180 + 20) = 0.84
    [InlineData(ServiceLevelFormula.AbandonsIgnored, 160.0 / 180)]             // 160 / 180 = 0.889
    [InlineData(ServiceLevelFormula.AbandonsFailed, 160.0 / 200)]              // 160 / 200 = 0.80
    [InlineData(ServiceLevelFormula.AbandonsWithinTargetNeutral, 160.0 / 192)] // 160 / (200 − 8) = 0.833
    public void EachFormula_HandComputed(ServiceLevelFormula formula, double expected) =>
        Assert.Equal(expected, Interval.ServiceLevel(formula), 15);

    [Fact]
    public void Classify_RawContacts_WithShortAbandons()
    {
        // Target 20 s, short abandons ≤ 5 s removed. Answered: 10 s, 20 s (on the target), 25 s → A 3, Aₜ 2.
        // Abandoned: 3 s (short, removed), 5 s (short, removed), 12 s (within target), 40 s → B 2, Bₜ 1.
        double[] waits = [10, 20, 25, 3, 5, 12, 40];
        bool[] abandoned = [false, false, false, true, true, true, true];

        ContactCentreCounts counts = ContactCentre.Classify(waits, abandoned, targetTime: 20, shortAbandonThreshold: 5);

        Assert.Equal(ContactCentre.Counts(3, 2, 2, 1, shortAbandoned: 2), counts);
        Assert.Equal(5, counts.Offered);
        Assert.Equal(3.0 / 5, counts.ServiceLevel(ServiceLevelFormula.AbandonsWithinTargetMet), 15);
        Assert.Equal(2.0 / 4, counts.ServiceLevel(ServiceLevelFormula.AbandonsWithinTargetNeutral), 15);

        ContactCentreCounts noShortRule = ContactCentre.Classify(waits, abandoned, targetTime: 20);
        Assert.Equal(ContactCentre.Counts(3, 2, 4, 3), noShortRule);
    }

    [Fact]
    public void NoContacts_IsNaN()
    {
        ContactCentreCounts none = ContactCentre.Counts(0, 0, 0, 0);
        foreach (ServiceLevelFormula formula in Enum.GetValues<ServiceLevelFormula>())
        {
            Assert.True(double.IsNaN(none.ServiceLevel(formula)));
        }
    }

    [Fact]
    public void Addition_AddsIntervals() =>
        Assert.Equal(ContactCentre.Counts(360, 320, 40, 16), Interval + Interval);

    [Fact]
    public void BadInput_Throws()
    {
        Assert.Equal("answeredWithinTarget", Assert.Throws<ArgumentOutOfRangeException>(() => ContactCentre.Counts(10, 11, 0, 0)).ParamName);
        Assert.Equal("abandonedWithinTarget", Assert.Throws<ArgumentOutOfRangeException>(() => ContactCentre.Counts(10, 1, 2, 3)).ParamName);
        Assert.Equal("abandoned", Assert.Throws<ArgumentOutOfRangeException>(() => ContactCentre.Counts(10, 1, -2, 0)).ParamName);
        Assert.Throws<ArgumentException>(() => ContactCentre.Classify([1, 2], [true], 20));
        Assert.Contains("The wait at position 1 is -2", Assert.Throws<ArgumentOutOfRangeException>(() => ContactCentre.Classify([1, -2], [true, false], 20)).Message);
        Assert.Equal("targetTime", Assert.Throws<ArgumentOutOfRangeException>(() => ContactCentre.Classify([1], [true], 0)).ParamName);
        Assert.Equal("shortAbandonThreshold", Assert.Throws<ArgumentOutOfRangeException>(() => ContactCentre.Classify([1], [true], 20, -1)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Interval.ServiceLevel((ServiceLevelFormula)9));
    }
}
