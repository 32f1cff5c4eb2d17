using System.Collections.Generic;
using Xunit;

namespace CustomerMetrics.Tests.Csv;

/// <summary>
/// CSV texts and what an RFC 4180 reader must make of them: the records (fields and the line each
/// starts on), or the error (line and column). Every CSV reader of the repository — the library's
/// own and the command-line tool's — must pass the same corpus.
/// </summary>
public static class Rfc4180Corpus
{
    /// <summary>One case: the text, the delimiter, then either records or an error.</summary>
    public sealed record Case(string Name, string Text, char Delimiter, (long Line, string[] Fields)[]? Records, (long Line, int Column)? Error = null)
    {
        public override string ToString() => Name;
    }

    public static IEnumerable<Case> Cases()
    {
        yield return new("plain", "a,b,c\n1,2,3\n", ',', [(1, ["a", "b", "c"]), (2, ["1", "2", "3"])]);
        yield return new("crlf", "a,b\r\n1,2\r\n", ',', [(1, ["a", "b"]), (2, ["1", "2"])]);
        yield return new("no final line break", "a,b\n1,2", ',', [(1, ["a", "b"]), (2, ["1", "2"])]);
        yield return new("cr only", "a\rb\r", ',', [(1, ["a"]), (2, ["b"])]);
        yield return new("quoted delimiter", "\"a,b\",c\n", ',', [(1, ["a,b", "c"])]);
        yield return new("escaped quotes", "\"say \"\"hi\"\"\",x\n", ',', [(1, ["say \"hi\"", "x"])]);
        yield return new("quoted line break", "\"line 1\nline 2\",x\nnext,y\n", ',', [(1, ["line 1\nline 2", "x"]), (3, ["next", "y"])]);
        yield return new("quoted crlf", "\"l1\r\nl2\",x\r\nz,w\r\n", ',', [(1, ["l1\r\nl2", "x"]), (3, ["z", "w"])]);
        yield return new("empty fields", ",,\n", ',', [(1, ["", "", ""])]);
        yield return new("empty quoted field", "\"\",a\n", ',', [(1, ["", "a"])]);
        yield return new("byte-order mark", "\uFEFFid,text\n1,x\n", ',', [(1, ["id", "text"]), (2, ["1", "x"])]);
        yield return new("blank line", "a\n\nb\n", ',', [(1, ["a"]), (2, [""]), (3, ["b"])]);
        yield return new("spaces are data", " a , b \n", ',', [(1, [" a ", " b "])]);
        yield return new("semicolons", "score;comment\n9;\"good; fast\"\n", ';', [(1, ["score", "comment"]), (2, ["9", "good; fast"])]);
        yield return new("tabs", "a\tb\n1\t2\n", '\t', [(1, ["a", "b"]), (2, ["1", "2"])]);
        yield return new("commas are data with semicolons", "10000,5;x\n", ';', [(1, ["10000,5", "x"])]);
        yield return new("unicode", "имя,įvertis\nЁлка,😀\n", ',', [(1, ["имя", "įvertis"]), (2, ["Ёлка", "😀"])]);
        yield return new("quoted field at the end", "a,\"b\"", ',', [(1, ["a", "b"])]);
        yield return new("unterminated quote", "a,\"open\nstill open", ',', null, (1, 3));
        yield return new("text after a closing quote", "\"a\"b,c\n", ',', null, (1, 4));
        yield return new("quote inside an unquoted field", "ab\"c,d\n", ',', null, (1, 3));
        yield return new("error on a later line", "a,b\n1,2\n3,\"x\"y\n", ',', null, (3, 6));
    }

    public static TheoryData<Case> Data()
    {
        var data = new TheoryData<Case>();
        foreach (Case @case in Cases())
        {
            data.Add(@case);
        }

        return data;
    }
}
