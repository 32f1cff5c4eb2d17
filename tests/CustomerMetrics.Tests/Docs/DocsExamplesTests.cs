#if !LIBRARY_NETSTANDARD
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CustomerMetrics.Tests.Docs;

/// <summary>
/// Every C# block (```csharp, and ```cs for scripts) of README.md and docs/*.md is compiled on its own, as a program with top-level
/// statements (so each block has its usings and declares what it uses), run, and what it prints is
/// compared with what the page says it prints: the comment at the end of a line that writes to the
/// console, and the comment lines right after a closing brace (the output of a loop).
/// </summary>
/// <remarks>The tests redirect <see cref="Console.Out"/>, so they run in a collection of their own, never beside other tests.</remarks>
[Collection(ConsoleCollection.Name)]
public class DocsExamplesTests
{
    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Append(typeof(Nps).Assembly.Location)
            .Distinct(StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray());

    public static TheoryData<string> Blocks()
    {
        var data = new TheoryData<string>();
        foreach (CodeBlock block in CodeBlock.All())
        {
            data.Add(block.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Block_CompilesOnItsOwn_AndPrintsWhatThePageSays(string name)
    {
        CodeBlock block = CodeBlock.All().Single(b => b.Name == name);
        Assembly program = Compile(block);
        string printed = Run(program);
        Assert.True(block.ExpectedOutput().Any(), $"{name} does not say what it prints: end a Console.Write line with `// output`");
        Assert.Equal(block.ExpectedOutput(), printed.TrimEnd('\n').Split('\n').Where(line => line.Length > 0));
    }

    [Fact]
    public void ThePagesHaveCodeBlocks() => Assert.True(CodeBlock.All().Count() >= 20, "fewer C# blocks than expected: has the docs layout changed?");

    private static Assembly Compile(CodeBlock block)
    {
        SyntaxTree tree = CSharpSyntaxTree.ParseText(block.Code, new CSharpParseOptions(LanguageVersion.Latest), path: block.Name);
        CSharpCompilation compilation = CSharpCompilation.Create(
            "DocsBlock" + Guid.NewGuid().ToString("N"),
            [tree],
            References.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        var problems = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        Assert.True(result.Success, $"{block.Name} does not compile on its own:\n{string.Join("\n", problems)}");
        image.Position = 0;
        var context = new AssemblyLoadContext(block.Name, isCollectible: true);
        context.Resolving += (_, assembly) => assembly.Name == typeof(Nps).Assembly.GetName().Name ? typeof(Nps).Assembly : null;
        return context.LoadFromStream(image);
    }

    /// <summary>Runs a program with the invariant culture (as the pages show numbers) and returns what it printed.</summary>
    private static string Run(Assembly program)
    {
        TextWriter original = Console.Out;
        CultureInfo originalCulture = CultureInfo.CurrentCulture;
        var output = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Console.SetOut(output);
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            MethodInfo entry = program.EntryPoint!;
            object? returned = entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
            if (returned is System.Threading.Tasks.Task running)
            {
                running.GetAwaiter().GetResult(); // a block with await: its entry point returns a task
            }
        }
        finally
        {
            Console.SetOut(original);
            CultureInfo.CurrentCulture = originalCulture;
        }

        return output.ToString();
    }

    /// <summary>One ```csharp block of a page.</summary>
    private sealed record CodeBlock(string Name, string Code)
    {
        internal static IEnumerable<CodeBlock> All()
        {
            string root = Repository.Root;
            var pages = new List<string> { Path.Combine(root, "README.md") };
            pages.AddRange(Directory.GetFiles(Path.Combine(root, "docs"), "*.md").OrderBy(p => p, StringComparer.Ordinal));
            foreach (string page in pages)
            {
                string text = File.ReadAllText(page).Replace("\r", string.Empty, StringComparison.Ordinal);
                int index = 0;
                foreach (Match block in Regex.Matches(text, "```(?:csharp|cs)\n(.*?)```", RegexOptions.Singleline))
                {
                    int line = text[..block.Index].Count(c => c == '\n') + 1;
                    // A script's #: lines (#:project, #:package, #:property) are for `dotnet run`; the compiler here has the library already.
                    string code = Regex.Replace(block.Groups[1].Value, "^#:.*$", string.Empty, RegexOptions.Multiline);
                    yield return new CodeBlock($"{Path.GetFileName(page)} block {++index} (line {line})", code);
                }
            }
        }

        /// <summary>The trailing comments of lines that write to the console, and comment lines right after a closing brace.</summary>
        internal IEnumerable<string> ExpectedOutput()
        {
            bool afterBrace = false;
            foreach (string raw in Code.Split('\n'))
            {
                string line = raw.Trim();
                if (line.StartsWith("//", StringComparison.Ordinal))
                {
                    if (afterBrace)
                    {
                        yield return line[2..].Trim();
                    }

                    continue;
                }

                afterBrace = line == "}";
                Match comment = Regex.Match(line, @";\s*//(.*)$");
                if (line.Contains("Console.Write", StringComparison.Ordinal) && comment.Success)
                {
                    yield return comment.Groups[1].Value.Trim();
                }
            }
        }
    }
}

/// <summary>Tests that redirect the console run alone: nothing else may write to it meanwhile.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    internal const string Name = "Console";
}
#endif
