using System.Linq;
using System.Text;
using CustomerMetrics.Cli;
using CustomerMetrics.Cli.Input;
using CustomerMetrics.Internal;
using CustomerMetrics.Tests.Csv;
using Xunit;

namespace CustomerMetrics.Tests.Cli;

/// <summary>The tool's readers: CSV through CsvHelper (the RFC 4180 corpus every reader passes), delimiter detection, blank lines, JSON.</summary>
public class InputTests
{
    [Theory]
    [MemberData(nameof(Rfc4180Corpus.Data), MemberType = typeof(Rfc4180Corpus))]
    public void Csv_PassesTheRfc4180Corpus(Rfc4180Corpus.Case @case)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(@case.Text);
        if (@case.Records is { } records)
        {
            // The tool skips blank lines (it counts them); every other record is read as the corpus says.
            var rows = CsvInput.Records("corpus.csv", bytes, @case.Delimiter, out int blankLines);
            var expected = records.Where(r => !(r.Fields.Length == 1 && r.Fields[0].Trim().Length == 0)).ToArray();
            Assert.Equal(expected.Select(r => r.Line), rows.Select(r => r.Number));
            Assert.Equal(expected.Select(r => r.Fields), rows.Select(r => r.Fields));
            Assert.Equal(records.Length - expected.Length, blankLines);
        }
        else
        {
            var error = Assert.Throws<CliException>(() => CsvInput.Records("corpus.csv", bytes, @case.Delimiter, out _));
            Assert.StartsWith($"corpus.csv:{@case.Error!.Value.Line}:{@case.Error.Value.Column}: ", error.Message);
        }
    }

    [Theory]
    [InlineData("score,channel\n9,web\n", ',')]
    [InlineData("score;channel;comment\n9;web;\"good, fast\"\n", ';')]
    [InlineData("score\tchannel\n9\tweb\n", '\t')]
    [InlineData("\n\nscore;channel\n9;web\n", ';')]
    [InlineData("\"a,b\";c\n1;2\n", ';')]
    [InlineData("score\n9\n", ',')]
    public void Delimiter_IsDetectedFromTheHeader(string text, char expected)
    {
        Assert.Equal(expected, CsvInput.Detect("f.csv", Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void AmbiguousHeader_NamesTheChoices()
    {
        var error = Assert.Throws<CliException>(() => CsvInput.Detect("f.csv", Encoding.UTF8.GetBytes("score;channel,comment;x\n")));
        Assert.Equal("f.csv:1: the header has 1 comma and 2 semicolons, so the delimiter is ambiguous: pass --delimiter , or --delimiter ';'", error.Message);
    }

    [Fact]
    public void SemicolonExport_WithBomCrlfAndMultilineComments_IsRead()
    {
        // As Excel in Russia writes it: a byte-order mark, CRLF, semicolons, and comments that span lines.
        byte[] bytes = [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes("score;channel;comment\r\n9;web;\"Быстро;\r\nвежливо\"\r\n3;store;\r\n\r\n")];
        Table table = CsvInput.Read("export.csv", bytes, InputSettings.Default, hasHeader: true);

        Assert.Equal(["score", "channel", "comment"], table.Header!);
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal("Быстро;\r\nвежливо", table.Rows[0].Fields[2]);
        Assert.Equal(4, table.Rows[1].Number);
        Assert.Equal(1, table.BlankLines);
    }

    [Fact]
    public void FieldCountMismatch_NamesTheLine_InWords()
    {
        var one = Assert.Throws<CliException>(() => CsvInput.Read("f.csv", Encoding.UTF8.GetBytes("a,b\n1\n"), InputSettings.Default, hasHeader: true));
        Assert.Equal("f.csv:2: expected 2 fields as in the header, found 1", one.Message);
        var single = Assert.Throws<CliException>(() => CsvInput.Read("f.csv", Encoding.UTF8.GetBytes("1\n2,3\n"), InputSettings.Default, hasHeader: false));
        Assert.Equal("f.csv:2: expected one value per line, found 2 fields; name the column to read with --column", single.Message);
    }

    [Fact]
    public void MissingColumn_InASemicolonFileReadWithCommas_SuggestsTheDelimiter()
    {
        var settings = InputSettings.Default with { Delimiter = ',' };
        Table table = CsvInput.Read("f.csv", Encoding.UTF8.GetBytes("score;channel\n9;web\n"), settings, hasHeader: true);
        var error = Assert.Throws<CliException>(() => table.Column("score"));
        Assert.Equal("f.csv: no column 'score' in the header (columns: score;channel); the header was read as one column: if the file is separated by ';', pass --delimiter ';'", error.Message);
    }

    [Fact]
    public void Json_ArrayOfObjects_IsATable()
    {
        Table table = JsonInput.Read("a.json", Encoding.UTF8.GetBytes("""[{"score": 9, "channel": "web"}, {"channel": "store", "score": 10.50}, {"score": null, "note": "x"}]"""), InputSettings.Default, hasHeader: true);

        Assert.Equal(["score", "channel", "note"], table.Header!);
        Assert.Equal(["9", "web", ""], table.Rows[0].Fields);
        Assert.Equal(["10.50", "store", ""], table.Rows[1].Fields); // numbers keep their text
        Assert.Equal(["", "", "x"], table.Rows[2].Fields);
        Assert.True(table.RowsAreRecords);
        Assert.Equal("a.json: record 2, \"score\": bad", table.Error(table.Rows[1], 0, "bad").Message);
    }

    [Theory]
    [InlineData("""{"score": 9}""", "a.json: expected a JSON array of objects, one per row, found an object")]
    [InlineData("""[{"score": [9]}]""", "a.json: record 1, \"score\": expected a string, a number or null, found an array")]
    [InlineData("""[9, 10]""", "a.json: record 1: expected an object with one property per column, found a number")]
    [InlineData("""[{"score": 9,}]""", "a.json:1:14: not valid JSON:")]
    [InlineData("""[{"score": 9, "score": 10}]""", "a.json:1:")]
    public void Json_Malformed_IsOneLine(string json, string expected)
    {
        var error = Assert.Throws<CliException>(() => JsonInput.Read("a.json", Encoding.UTF8.GetBytes(json), InputSettings.Default, hasHeader: true));
        Assert.StartsWith(expected, error.Message);
    }

    [Fact]
    public void Json_ArrayOfValues_IsOneValuePerRow()
    {
        Table table = JsonInput.Read("a.json", Encoding.UTF8.GetBytes("[9, \"10\", null]"), InputSettings.Default, hasHeader: false);
        Assert.Null(table.Header);
        Assert.Equal(["9", "10", ""], table.Rows.Select(row => row.Fields[0]));
    }

    [Theory]
    [InlineData("10000,5", false, "'10000,5' has a comma")]
    [InlineData("10 000", false, "'10 000' groups its digits")]
    [InlineData("1.5", true, "'1.5' has a point")]
    public void Cells_AreReadStrictly(string cell, bool decimalComma, string expected)
    {
        var settings = InputSettings.Default with { DecimalSeparator = decimalComma ? DecimalSeparator.Comma : DecimalSeparator.Point };
        Table table = CsvInput.Read("f.csv", Encoding.UTF8.GetBytes($"amount\n\"{cell}\"\n"), settings with { Delimiter = ',' }, hasHeader: true);
        var error = Assert.Throws<CliException>(() => table.Decimal(table.Rows[0], 0, 0));
        Assert.StartsWith($"f.csv:2:1 (amount): {expected}", error.Message);
    }

    [Fact]
    public void DecimalComma_ReadsCommas_WhenAskedFor()
    {
        var settings = InputSettings.Default with { DecimalSeparator = DecimalSeparator.Comma };
        Table table = CsvInput.Read("f.csv", Encoding.UTF8.GetBytes("amount;margin\n10000,5;0,2\n"), settings, hasHeader: true);
        Assert.Equal(10_000.5m, table.Decimal(table.Rows[0], 0, 0));
        Assert.Equal(0.2, table.Double(table.Rows[0], 1, 0));
    }
}
