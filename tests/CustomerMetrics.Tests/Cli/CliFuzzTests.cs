using System;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace CustomerMetrics.Tests.Cli;

/// <summary>
/// The readers under random and mutated input: every command either succeeds (exit 0) or stops with
/// exactly one line on standard error and exit 2. Never an internal error (exit 1), never a stack trace,
/// never a control character echoed to the terminal.
/// </summary>
public class CliFuzzTests
{
    private const string Checklist = "id,text,weight,critical\ngreeting,Greeted,1,no\nsolution,Solved,2,yes\n";

    /// <summary>Commands that read standard input, each with a valid input to mutate.</summary>
    private static readonly (string[] Args, string Seed)[] Commands =
    [
        (["nps", "-"], "10\n9\n\n0\n7\n"),
        (["nps", "-", "--column", "score", "--segment", "channel", "--period", "month"], "score;channel;month\n9;web;2026-01\n3;\"store; main\";2026-02\n10;web;2026-02\n"),
        (["nps", "-", "--input-format", "json", "--column", "score"], """[{"score": 9, "channel": "web"}, {"score": 3}]"""),
        (["csat", "-"], "5\n4\n3\n\n1\n"),
        (["sla", "-", "--threshold", "1d", "--unit", "h", "--period", "month"], "month,duration\n2026-01,5\n2026-01,30\n2026-02,1.5h\n"),
        (["sla", "-", "--threshold", "1d", "--start", "start", "--finish", "finish", "--by-month"], "start,finish\n2026-01-01T10:00Z,2026-01-02T09:00Z\n"),
        (["soco", "-", "--form", "short", "--id", "id"], "id,q1,q2,q3,q4,q5,q6,q7,q8,q9,q10\nA,7,8,6,7,7,3,2,4,3,3\nB,9,,9,9,9,1,1,1,1,1\n"),
        (["loss", "--clients", "-", "--decimal-comma"], "id;purchases;years;margin;churn;increase\nA;\"10000,5\";5;0,2;0,5;2000\nB;100;1;0,1;1;\n"),
        (["audit", "CHECKLIST", "-", "--target", "0.9"], "audit,item,outcome\nA,greeting,passed\nA,solution,no\n"),
        (["repeat", "-", "--customer", "customer"], "order,customer\n1,ivan\n2,anna\n3,ivan\n"),
        (["repeat", "-", "--purchases", "purchases"], "customer;purchases\nA;7\nB;0\n"),
        (["complaints", "-", "--top", "2"], "id,topic\n1,price\n2,\"late, very late\"\n3,price\n"),
        (["ideas", "-"], "title,quarter,effect,importance\nA,2026-Q1,100.5,1\nB,2026-Q1,300,2\n"),
        (["pce", "-"], "step,duration,value_adding\nOrder,10,yes\nWait,20h,no\n"),
        (["scorecard", "-"], "kpi,value,unit,target,better,previous\nNPS,42,points,50,higher,35\nComplaints,8,,10,lower,\n"),
    ];

    private static readonly char[] Alphabet = ",;\t\"\n\r 0123456789.-+eE:{}[]abcxyz\u0000\u001b\u200B\u00A0\uFEFFé😀".ToCharArray();

    [Fact]
    public void RandomAndMutatedInputs_EndInExitZero_OrOneLineAndExitTwo()
    {
        using var checklist = new TempFile(Checklist);
        Gen<string> randomText = Gen.Elements(Alphabet).ArrayOf().Select(chars => new string(chars));
        Gen<(int Command, string Input)> inputs =
            from command in Gen.Choose(0, Commands.Length - 1)
            from input in Gen.OneOf(randomText, Mutated(Commands[command].Seed))
            select (command, input);

        Prop.ForAll(inputs.ToArbitrary(), ((int Command, string Input) @case) =>
        {
            string[] args = Commands[@case.Command].Args.Select(arg => arg == "CHECKLIST" ? checklist.Path : arg).ToArray();
            CliRun run = CliRun.WithInput(@case.Input, args);
            if (run.ExitCode == 0)
            {
                Assert.Equal(string.Empty, run.Error);
            }
            else
            {
                Assert.True(run.ExitCode == 2, $"exit {run.ExitCode} for {string.Join(' ', args)} <<{@case.Input}>>: {run.Error}");
                run.AssertOneLine();
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(400));
    }

    /// <summary>A valid input with a few characters inserted, deleted or replaced, and sometimes a line duplicated.</summary>
    private static Gen<string> Mutated(string seed) =>
        from edits in Gen.Choose(1, 4)
        from positions in Gen.Choose(0, seed.Length).ArrayOf(edits)
        from kinds in Gen.Choose(0, 3).ArrayOf(edits)
        from characters in Gen.Elements(Alphabet).ArrayOf(edits)
        select Apply(seed, positions, kinds, characters);

    private static string Apply(string seed, int[] positions, int[] kinds, char[] characters)
    {
        var text = new StringBuilder(seed);
        for (int i = 0; i < positions.Length; i++)
        {
            int at = Math.Min(positions[i], text.Length);
            switch (kinds[i])
            {
                case 0:
                    text.Insert(at, characters[i]);
                    break;
                case 1 when at < text.Length:
                    text.Remove(at, 1);
                    break;
                case 2 when at < text.Length:
                    text[at] = characters[i];
                    break;
                default:
                    string all = text.ToString();
                    int lineStart = at == 0 ? 0 : all.LastIndexOf('\n', at - 1) + 1;
                    int lineEnd = all.IndexOf('\n', lineStart);
                    text.Insert(lineStart, all[lineStart..(lineEnd < 0 ? all.Length : lineEnd)] + "\n");
                    break;
            }
        }

        return text.ToString();
    }
}
