#if !LIBRARY_NETSTANDARD
using System;
using System.Text.Json;
using Xunit;

namespace CustomerMetrics.Tests.Serialization;

/// <summary>The documented JSON shape: undefined figures as null, derived figures ignored, and every bad document refused with a clear message.</summary>
public class JsonReadingTests
{
    [Fact]
    public void Undefined_IsWrittenAsNull_AndReadBackAsNaN()
    {
        string json = JsonSerializer.Serialize(NpsResult.Empty);
        Assert.Equal("""{"promoters":0,"passives":0,"detractors":0,"total":0,"score":null,"promoterShare":null,"passiveShare":null,"detractorShare":null,"standardError":null,"band":"Undefined"}""", json);
        Assert.True(double.IsNaN(JsonSerializer.Deserialize<NpsResult>(json).Score));
        Assert.True(double.IsNaN(JsonSerializer.Deserialize<ConfidenceInterval>("""{"lower":null,"upper":null,"level":0.95}""").Lower));
    }

    [Fact]
    public void DerivedFigures_AreIgnored_SoAnEditCannotMakeAResultInconsistent()
    {
        NpsResult result = JsonSerializer.Deserialize<NpsResult>("""{"promoters":5,"passives":3,"detractors":2,"score":99,"total":1,"band":"High"}""");
        Assert.Equal(30, result.Score);
        Assert.Equal(10, result.Total);
        Assert.Equal(NpsBand.Average, result.Band);
    }

    [Fact]
    public void TheSourcesExample_HasAReadableShape()
    {
        string json = JsonSerializer.Serialize(Sla.Compliance(364, 365), CustomerMetricsJsonContext.Default.SlaResult);
        Assert.Equal("""{"total":365,"withinThreshold":364,"breaches":1,"rate":0.9972602739726028}""", json);
        Assert.Equal("\"Promoter\"", JsonSerializer.Serialize(NpsCategory.Promoter, CustomerMetricsJsonContext.Default.NpsCategory));
    }

    [Theory]
    [InlineData("""{"promoters":5,"passives":3}""", "NpsResult: the property \"detractors\" is missing.")]
    [InlineData("""{"promoters":5,"passives":3,"detractors":2,"promotors":1}""", "NpsResult: unknown property \"promotors\" (it has promoters, passives, detractors).")]
    [InlineData("""{"promoters":-5,"passives":3,"detractors":2}""", "NpsResult: Value should be non-negative (\"promoters\" is -5).")]
    [InlineData("""{"promoters":5.5,"passives":3,"detractors":2}""", "\"promoters\" should be a whole number.")]
    [InlineData("""{"promoters":"5","passives":3,"detractors":2}""", "\"promoters\" should be a whole number.")]
    [InlineData("""[5,3,2]""", "NpsResult: expected a JSON object, found Array.")]
    public void BadNpsResults_AreRefusedWithTheReason(string json, string expected)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<NpsResult>(json));
        Assert.StartsWith(expected, error.Message);
    }

    [Theory]
    [InlineData(typeof(NpsDistribution), """{"counts":[1,2,3]}""", "NpsDistribution: counts has 3 elements but the 0..10 scale has 11")]
    [InlineData(typeof(SlaResult), """{"total":365,"withinThreshold":366}""", "SlaResult: Operations in time (366) should not exceed all operations (365).")]
    [InlineData(typeof(ConfidenceInterval), """{"lower":5,"upper":1,"level":0.95}""", "ConfidenceInterval: the level should be in (0, 1)")]
    [InlineData(typeof(NpsBandThresholds), """{"average":60,"high":50}""", "NpsBandThresholds: high (50) should not be less than average (60).")]
    [InlineData(typeof(AuditCheck), """{"item":"","outcome":"Passed"}""", "AuditCheck: The item id should not be empty.")]
    [InlineData(typeof(AuditCheck), """{"item":"a","outcome":"Maybe"}""", "AuditCheck: \"outcome\" is 'Maybe', not one of Passed, Failed, NotApplicable.")]
    [InlineData(typeof(AuditCheck), """{"item":"a","outcome":"1"}""", "AuditCheck: \"outcome\" is '1', not one of")]
    [InlineData(typeof(ClientLossScenario), """{"years":0}""", "ClientLossScenario: The horizon should be from 1 to 100 years (\"years\" is 0).")]
    [InlineData(typeof(ClientLossScenario), """{"years":5,"annualIncrease":1,"annualGrowthRate":0.1}""", "ClientLossScenario: Set either AnnualIncrease")]
    [InlineData(typeof(ClientLossScenario), """{"years":5,"netMargin":1e300}""", "\"netMargin\" should be a number within the range of decimal")]
    [InlineData(typeof(WeightedNpsResult), """{"count":2,"promoterWeight":3,"passiveWeight":1,"detractorWeight":0,"sumOfSquaredWeights":1}""", "WeightedNpsResult: 2 weights summing to 4 cannot have squares summing to 1")]
    [InlineData(typeof(SocoScore), """{"answered":3,"items":2,"total":10,"customerOrientation":5,"sellingOrientation":5,"pomp":50,"isProrated":false}""", "SocoScore: Answered items should be in [0, 2]")]
    [InlineData(typeof(SatisfactionResult), """{"scaleMax":5,"distribution":[1,2,3]}""", "SatisfactionResult: distribution has 3 elements but the scale's points has 5")]
    public void BadDocuments_OfOtherTypes_AreRefusedWithTheReason(Type type, string json, string expected)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, type, CustomerMetricsJsonContext.Default));
        Assert.Contains(expected, error.Message);
    }

    [Theory]
    [InlineData("""{"answered":0,"items":0,"total":null,"customerOrientation":null,"sellingOrientation":null,"pomp":null,"isProrated":false}""", "SocoScore: Answered items should be in [0, 0]")]
    [InlineData("""{"answered":-1,"items":2,"total":null,"customerOrientation":null,"sellingOrientation":null,"pomp":null,"isProrated":false}""", "SocoScore: Answered items should be in [0, 2]")]
    [InlineData("""{"answered":2,"items":2,"total":10,"customerOrientation":5,"sellingOrientation":5,"pomp":100.5,"isProrated":false}""", Unfit)] // POMP above 100
    [InlineData("""{"answered":2,"items":2,"total":10,"customerOrientation":5,"sellingOrientation":5,"pomp":-0.5,"isProrated":false}""", Unfit)] // POMP below 0
    [InlineData("""{"answered":2,"items":2,"total":10,"customerOrientation":5,"sellingOrientation":5,"pomp":50,"isProrated":true}""", Unfit)] // prorated with every item answered
    [InlineData("""{"answered":1,"items":2,"total":10,"customerOrientation":5,"sellingOrientation":5,"pomp":50,"isProrated":false}""", Unfit)] // an item left out, not prorated
    [InlineData("""{"answered":0,"items":2,"total":10,"customerOrientation":5,"sellingOrientation":5,"pomp":50,"isProrated":true}""", Unfit)] // a total from no answer
    [InlineData("""{"answered":0,"items":2,"total":null,"customerOrientation":5,"sellingOrientation":null,"pomp":null,"isProrated":false}""", Unfit)] // undefined, with a CO figure
    [InlineData("""{"answered":0,"items":2,"total":null,"customerOrientation":null,"sellingOrientation":5,"pomp":null,"isProrated":false}""", Unfit)] // undefined, with an SO figure
    [InlineData("""{"answered":0,"items":2,"total":null,"customerOrientation":null,"sellingOrientation":null,"pomp":50,"isProrated":false}""", Unfit)] // undefined, with a POMP
    [InlineData("""{"answered":0,"items":2,"total":null,"customerOrientation":null,"sellingOrientation":null,"pomp":null,"isProrated":true}""", Unfit)] // undefined and prorated
    public void BadSocoScores_AreRefusedWithTheReason(string json, string expected)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, CustomerMetricsJsonContext.Default.SocoScore));
        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"answered":0,"items":2,"total":null,"customerOrientation":null,"sellingOrientation":null,"pomp":null,"isProrated":false}""", false, false)]
    [InlineData("""{"answered":2,"items":2,"total":10,"customerOrientation":5,"sellingOrientation":5,"pomp":0,"isProrated":false}""", true, false)]
    [InlineData("""{"answered":1,"items":2,"total":10,"customerOrientation":5,"sellingOrientation":null,"pomp":100,"isProrated":true}""", true, true)]
    public void ConsistentSocoScores_AreRead_AtTheEndsOfWhatFits(string json, bool defined, bool prorated)
    {
        SocoScore score = JsonSerializer.Deserialize(json, CustomerMetricsJsonContext.Default.SocoScore)!;
        Assert.Equal((defined, prorated), (score.IsDefined, score.IsProrated));
        Assert.Equal(score, JsonSerializer.Deserialize(JsonSerializer.Serialize(score, CustomerMetricsJsonContext.Default.SocoScore), CustomerMetricsJsonContext.Default.SocoScore));
    }

    private const string Unfit = "SocoScore: The figures do not fit together: an undefined score (no total) has no figures and is not prorated;";

    [Fact]
    public void NestedProblems_NameTheirPath()
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<NpsComparison>("""{"baseline":{"promoters":1,"passives":0,"detractors":0},"current":{"promoters":1,"passives":0},"level":0.95}"""));
        Assert.StartsWith("NpsComparison.current: NpsResult: the property \"detractors\" is missing.", error.Message);
    }

    [Fact]
    public void TheChecklistShape_IsTheOneFromJsonReads()
    {
        string json = JsonSerializer.Serialize(AuditChecklist.MysteryShopping, CustomerMetricsJsonContext.Default.AuditChecklist);
        Assert.Equal(AuditChecklist.MysteryShopping, AuditChecklist.FromJson(json));
        Assert.Equal(AuditChecklist.MysteryShopping, JsonSerializer.Deserialize(AuditChecklist.MysteryShopping.ToJson(), CustomerMetricsJsonContext.Default.AuditChecklist));
    }
}
#endif
