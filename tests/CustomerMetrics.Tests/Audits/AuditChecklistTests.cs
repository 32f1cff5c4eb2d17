using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace CustomerMetrics.Tests.Audits;

public class AuditChecklistTests
{
    private static readonly AuditChecklist Small = new(
    [
        new AuditChecklistItem("greeting", "Greeted within 30 seconds", "Store"),
        new AuditChecklistItem("solution", "Solved the problem", "Store", Weight: 2, Critical: true),
        new AuditChecklistItem("on-time", "Delivered on time", "Delivery"),
    ]);

    private static KeyValuePair<string, AuditOutcome> Answer(string id, AuditOutcome outcome) => new(id, outcome);

    [Fact]
    public void Score_UsesTheChecklistWeightsSectionsAndCriticalFlags()
    {
        // Passed: greeting (1) and on-time (1); failed: solution (2, critical). Index = 2 / 4.
        AuditResult result = Small.Score(
            [Answer("on-time", AuditOutcome.Passed), Answer("greeting", AuditOutcome.Passed), Answer("solution", AuditOutcome.Failed)]);

        Assert.Equal(0.5, result.Index);
        Assert.Equal(new[] { "solution" }, result.CriticalFailures);
        Assert.Equal(1.0 / 3, result.Sections["Store"].Index, 15);
        Assert.Equal(1, result.Sections["Delivery"].Index);
        Assert.Equal(0, Small.Score([Answer("on-time", AuditOutcome.Passed), Answer("greeting", AuditOutcome.Passed), Answer("solution", AuditOutcome.Failed)], criticalFailureZeroesIndex: true).Index);
    }

    [Fact]
    public void CreateChecks_AreInChecklistOrder()
    {
        IReadOnlyList<AuditCheck> checks = Small.CreateChecks(
            [Answer("on-time", AuditOutcome.NotApplicable), Answer("solution", AuditOutcome.Passed), Answer("greeting", AuditOutcome.Failed)]);
        Assert.Equal(new[] { "greeting", "solution", "on-time" }, checks.Select(c => c.Item));
        Assert.Equal(new AuditCheck("solution", AuditOutcome.Passed, 2, true, "Store"), checks[1]);
    }

    [Fact]
    public void Answers_UnknownItem_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => Small.Score([Answer("greting", AuditOutcome.Passed)]));
        Assert.Equal("answers", error.ParamName);
        Assert.Contains("The answer for 'greting' names no item of the checklist.", error.Message);
    }

    [Fact]
    public void Answers_ItemAnsweredTwice_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => Small.Score(
            [Answer("greeting", AuditOutcome.Passed), Answer("greeting", AuditOutcome.Failed)]));
        Assert.Contains("Item 'greeting' is answered twice.", error.Message);
    }

    [Fact]
    public void Answers_MissingItems_AreListed()
    {
        var error = Assert.Throws<ArgumentException>(() => Small.Score([Answer("greeting", AuditOutcome.Passed)]));
        Assert.Contains("2 item(s) have no answer: solution, on-time.", error.Message);
    }

    [Fact]
    public void Answers_UnknownOutcome_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Small.Score([Answer("greeting", (AuditOutcome)5)]));
        Assert.Contains("Item 'greeting' has an unknown outcome 5.", error.Message);
    }

    [Fact]
    public void Constructor_RejectsBadItems()
    {
        Assert.Contains("at least one item", Assert.Throws<ArgumentException>(() => new AuditChecklist([])).Message);
        Assert.Contains("Item id 'a' appears twice (positions 0 and 1).", Assert.Throws<ArgumentException>(() => new AuditChecklist([new("a", "x"), new("a", "y")])).Message);
        Assert.Contains("The item at position 0 has an empty id.", Assert.Throws<ArgumentException>(() => new AuditChecklist([new("", "x")])).Message);
        Assert.Contains("Item 'a' has no text.", Assert.Throws<ArgumentException>(() => new AuditChecklist([new("a", " ")])).Message);
        Assert.Contains("Item 'a' has weight 0;", Assert.Throws<ArgumentOutOfRangeException>(() => new AuditChecklist([new("a", "x", Weight: 0)])).Message);
        Assert.Contains("Item 'a' has weight NaN;", Assert.Throws<ArgumentOutOfRangeException>(() => new AuditChecklist([new("a", "x", Weight: double.NaN)])).Message);
        Assert.Throws<ArgumentNullException>(() => new AuditChecklist([null!]));
        Assert.Throws<ArgumentNullException>(() => new AuditChecklist(null!));
    }

    [Fact]
    public void Lookup()
    {
        Assert.Equal(2, Small["solution"].Weight);
        Assert.True(Small.TryGetItem("on-time", out AuditChecklistItem? item));
        Assert.Equal("Delivery", item!.Section);
        Assert.False(Small.TryGetItem("nope", out _));
        Assert.Contains("The checklist has no item 'nope'.", Assert.Throws<ArgumentException>(() => Small["nope"]).Message);
        Assert.Equal(3, Small.Count);
    }

    [Fact]
    public void Csv_RoundTrips()
    {
        var text = new StringWriter();
        AuditChecklist.MysteryShopping.WriteCsv(text);
        AuditChecklist read = AuditChecklist.FromCsv(new StringReader(text.ToString()));
        Assert.Equal(AuditChecklist.MysteryShopping.Items, read.Items);
    }

    [Fact]
    public void Json_RoundTrips()
    {
        AuditChecklist read = AuditChecklist.FromJson(AuditChecklist.MysteryShopping.ToJson());
        Assert.Equal(AuditChecklist.MysteryShopping.Items, read.Items);
    }

    [Fact]
    public void FromCsv_OptionalColumnsTakeDefaults()
    {
        AuditChecklist checklist = AuditChecklist.FromCsv(new StringReader("Text,ID\n\"Greeted, smiled\",greeting\n\nSolved,solution\n"));
        Assert.Equal(new AuditChecklistItem("greeting", "Greeted, smiled"), checklist.Items[0]);
        Assert.Equal(new AuditChecklistItem("solution", "Solved"), checklist.Items[1]);
    }

    [Theory]
    [InlineData("", "the checklist is empty; expected a header")]
    [InlineData("id,name\n", "line 1, column 1: the header needs the columns 'id' and 'text' (found: id, name)")]
    [InlineData("id,text\n", "the checklist has no items")]
    [InlineData("id,text,weight\na,x,heavy\n", "line 2, column 3: 'heavy' is not a weight (a number such as 1 or 2.5)")]
    [InlineData("id,text,weight\na,x,0\n", "line 2: Item 'a' has weight 0; weights should be finite and greater than 0.")]
    [InlineData("id,text,critical\na,x,maybe\n", "line 2, column 3: 'maybe' is not a critical flag (true/false, yes/no, 1/0)")]
    [InlineData("id,text\na,x\nb\n", "line 3, column 2: expected 2 fields as in the header, found 1")]
    [InlineData("id,text\na,x\na,y\n", "line 3: Item id 'a' appears twice (positions 0 and 1).")]
    [InlineData("id,text\n\"a,x\n", "line 2, column 1: unterminated quoted field")]
    public void FromCsv_Malformed_SaysWhereAndWhy(string csv, string expected)
    {
        var error = Assert.Throws<InputFormatException>(() => AuditChecklist.FromCsv(new StringReader(csv)));
        Assert.StartsWith(expected, error.Message);
    }

    [Theory]
    [InlineData("{\"items\": [ {\"id\": \"a\", \"text\": \"x\"", 1, 36, "not valid JSON: the document ends where ',' or '}' was expected")]
    [InlineData("[]", 1, 1, "expected an object with an \"items\" array")]
    [InlineData("{\"items\": [42]}", 1, 12, "item 0 is not an object")]
    [InlineData("{\"items\": [{\"id\": 1, \"text\": \"x\"}]}", 1, 19, "item 0: \"id\" should be a string")]
    [InlineData("{\"items\": [{\"id\": \"a\", \"text\": \"x\", \"weight\": \"2\"}]}", 1, 47, "item 0: \"weight\" should be a number")]
    [InlineData("{\"items\": [{\"id\": \"a\", \"text\": \"x\", \"critical\": \"yes\"}]}", 1, 49, "item 0: \"critical\" should be true or false")]
    [InlineData("{\"items\": [{\"id\": \"a\", \"weigth\": 2}]}", 1, 34, "item 0: unknown property \"weigth\"")]
    [InlineData("{\"items\": [{\"id\": \"a\"}]}", 1, 12, "Item 'a' has no text.")]
    [InlineData("{\"items\": [{\"id\": \"a\", \"id\": \"b\"}]}", 1, 24, "the property \"id\" appears twice in one object")]
    [InlineData("{\n  \"items\": [\n    {\"id\": \"a\", \"text\": \"x\"},\n    {\"id\": \"b\", \"text\": \"y\", \"weight\": -1}\n  ]\n}", 4, 5, "Item 'b' has weight -1")]
    [InlineData("{\"items\": [{\"id\": \"a\", \"text\": \"x\", \"weight\": 1e999}]}", 1, 47, "item 0: \"weight\" should be a number")]
    [InlineData("{\"items\": [{\"id\": \"a\", \"text\": \"x\", \"weight\": NaN}]}", 1, 47, "not valid JSON: expected a value, found 'N'")]
    [InlineData("{\"items\": [{\"id\": \"a\", \"text\": \"x\"}]} extra", 1, 39, "not valid JSON: unexpected text after the end of the document")]
    [InlineData("", 1, 1, "not valid JSON: the document is empty")]
    public void FromJson_Malformed_SaysWhereAndWhy(string json, long line, int column, string expected)
    {
        var error = Assert.Throws<InputFormatException>(() => AuditChecklist.FromJson(json));
        Assert.StartsWith(expected, error.Reason);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void FromJson_EmptyItems_SaysSo()
    {
        var error = Assert.Throws<InputFormatException>(() => AuditChecklist.FromJson("{\"items\": []}"));
        Assert.Equal("the checklist has no items", error.Message);
    }

    [Fact]
    public void FromJson_AllowsCommentsAndTrailingCommas()
    {
        AuditChecklist checklist = AuditChecklist.FromJson("{ // store visit\n \"items\": [ {\"id\": \"a\", \"text\": \"x\", \"section\": \"Store\", \"weight\": 2.5, \"critical\": true}, ] }");
        Assert.Equal(new AuditChecklistItem("a", "x", "Store", 2.5, true), checklist.Items.Single());
    }

    [Fact]
    public void MysteryShopping_CoversTheSourcesQuestions()
    {
        AuditChecklist checklist = AuditChecklist.MysteryShopping;
        Assert.Equal(13, checklist.Count);
        Assert.Equal(new[] { "Store", "Contact", "Delivery", "After sale" }, checklist.Items.Select(i => i.Section).Distinct());
        Assert.Equal(new[] { "problem-solved", "delivered-on-time" }, checklist.Items.Where(i => i.Critical).Select(i => i.Id));
        Assert.Contains("20-30 seconds", checklist["greeted-in-time"].Text);
        Assert.Contains("15-20 seconds", checklist["online-answer-in-time"].Text);
    }
}
