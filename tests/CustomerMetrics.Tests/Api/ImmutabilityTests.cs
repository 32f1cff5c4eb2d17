using System;
using System.Collections.Generic;
using Xunit;

namespace CustomerMetrics.Tests.Api;

/// <summary>Results and definitions are immutable: the collections they expose cannot be changed through a cast.</summary>
public class ImmutabilityTests
{
    [Fact]
    public void ExposedLists_RejectWrites()
    {
        AssertReadOnly(Nps.CalculateDistribution([1, 9, 10]).Counts);
        AssertReadOnly(SocoInstrument.Full24.Items);
        AssertReadOnly(SocoInstrument.Full24.ScaleLabels!);
        AssertReadOnly(SocoInstrument.Short10.Summarize([[5, 5, 5, 5, 5, 5, 5, 5, 5, 5]]).Items);
        AssertReadOnly(SocoInstrument.Short10.Summarize([[5, 5, 5, 5, 5, 5, 5, 5, 5, 5]]).MeanDistribution);
        AssertReadOnly(AuditChecklist.MysteryShopping.Items);
        AssertReadOnly(AuditIndex.Score([new AuditCheck("a", AuditOutcome.Failed, Critical: true)]).CriticalFailures);
        AssertReadOnly(ClientLoss.Calculate(10_000m, 2_000m, 5, 0.2m).Schedule);
        AssertReadOnly(ClientLoss.Portfolio([new PortfolioClient("a", new ClientLossScenario { Years = 1 }, 1)]).TopAtRisk);
        AssertReadOnly(GapLayout.Servqual.Dimensions);
        AssertReadOnly(GapLayout.Servqual.Dimensions[0].Items);
        AssertReadOnly(Satisfaction.Calculate([5, 4]).Distribution);
        AssertReadOnly(ServiceLevels.ScoreGaps(GapLayout.Servqual, new double[22], new double[22]).Dimensions);
    }

    [Fact]
    public void ExposedDictionaries_RejectWrites()
    {
        AuditResult audit = AuditIndex.Score([new AuditCheck("a", AuditOutcome.Passed, Section: "Store")]);
        Assert.Throws<NotSupportedException>(() => ((IDictionary<string, AuditResult>)audit.Sections).Clear());
        AuditSummary summary = AuditIndex.Summarize([audit]);
        Assert.Throws<NotSupportedException>(() => ((IDictionary<string, AuditSummary>)summary.Sections).Clear());
    }

    [Fact]
    public void GapLayout_CopiesTheCallersItems()
    {
        int[] items = [1, 2];
        var layout = new GapLayout([new GapDimension("All", items)]);
        items[0] = 7;
        Assert.Equal(new[] { 1, 2 }, layout.Dimensions[0].Items);
    }

    private static void AssertReadOnly<T>(IReadOnlyList<T> list) =>
        Assert.Throws<NotSupportedException>(() => ((IList<T>)list).Clear());
}
