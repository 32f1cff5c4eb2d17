using System.IO;
using System.Linq;
using CustomerMetrics.Internal;
using Xunit;

namespace CustomerMetrics.Tests.Csv;

/// <summary>The library's own CSV reader (used by <see cref="AuditChecklist.FromCsv"/>) against the shared RFC 4180 corpus.</summary>
public class CsvLineTests
{
    [Theory]
    [MemberData(nameof(Rfc4180Corpus.Data), MemberType = typeof(Rfc4180Corpus))]
    public void Reader_PassesTheCorpus(Rfc4180Corpus.Case @case)
    {
        if (@case.Error is { } error)
        {
            var problem = Assert.Throws<InputFormatException>(() => CsvLine.Read(new StringReader(@case.Text), @case.Delimiter).ToList());
            Assert.Equal((error.Line, error.Column), (problem.Line!.Value, problem.Column!.Value));
            return;
        }

        var records = CsvLine.Read(new StringReader(@case.Text), @case.Delimiter).Select(r => (r.Line, r.Fields.ToArray())).ToArray();
        Assert.Equal(@case.Records!.Select(r => r.Line), records.Select(r => r.Line));
        Assert.Equal(@case.Records!.Select(r => r.Fields), records.Select(r => r.Item2));
    }

    [Fact]
    public void Reader_ReadsInputLongerThanItsBuffer()
    {
        string field = new string('x', 10_000);
        string text = $"\"{field}\n{field}\",{field}\n";
        var record = CsvLine.Read(new StringReader(text)).Single();
        Assert.Equal(field + "\n" + field, record.Fields[0]);
        Assert.Equal(field, record.Fields[1]);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData(",first", "\",first\"")]
    [InlineData("\"first", "\"\"\"first\"")]
    [InlineData("\nfirst", "\"\nfirst\"")]
    [InlineData("\rfirst", "\"\rfirst\"")]
    [InlineData("last\r", "\"last\r\"")]
    public void Quote_QuotesOnlyWhenNeeded(string field, string expected) => Assert.Equal(expected, CsvLine.Quote(field));

    [Fact]
    public void Quote_RoundTripsThroughTheReader()
    {
        string[] fields = ["a,b", "say \"hi\"", "two\r\nlines", "", " spaced "];
        string line = string.Join(",", fields.Select(f => CsvLine.Quote(f)));
        Assert.Equal(fields, CsvLine.Read(new StringReader(line)).Single().Fields);
    }
}
