using System;
using System.Globalization;
using System.Linq;
using Xunit;

namespace CustomerMetrics.Tests.Api;

/// <summary>No result, message or text depends on the machine's culture.</summary>
public class CultureTests
{
    // Turkish (dotted and dotless i), Russian and German (decimal comma, other separators), Arabic (other
    // digits and signs), Lithuanian (the sources), Persian (another NaN and minus sign).
    public static readonly TheoryData<string> Cultures = new() { "tr-TR", "ru-RU", "de-DE", "ar-SA", "lt-LT", "fa-IR" };

    [Fact]
    public void EveryPublicTypeWithInstances_HasASample()
    {
        var sampled = PublicTypeSamples.All().Select(sample => sample.GetType()).Select(type => type.IsGenericType ? type.GetGenericTypeDefinition() : type).ToHashSet();
        var missing = PublicTypeSamples.TypesWithInstances().Where(type => !sampled.Contains(type)).Select(type => type.Name).ToList();
        Assert.True(missing.Count == 0, "No sample in PublicTypeSamples for: " + string.Join(", ", missing));
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void ToString_OfEveryPublicType_IsTheSameInEveryCulture(string culture)
    {
        string[] invariant = InCulture(CultureInfo.InvariantCulture, () => PublicTypeSamples.All().Select(sample => sample.ToString()!).ToArray());
        string[] local = InCulture(new CultureInfo(culture), () => PublicTypeSamples.All().Select(sample => sample.ToString()!).ToArray());
        Assert.Equal(invariant, local);
    }

    [Fact]
    public void ToString_OfRecords_IsNotTheCompilersPropertyList()
    {
        // The compiler's record ToString ("AuditCheck { Item = a, Weight = 1,5 }") formats with the current culture.
        var generated = PublicTypeSamples.All().Where(sample => sample.ToString()!.Contains(" { ", StringComparison.Ordinal)).Select(sample => sample.GetType().Name).ToList();
        Assert.True(generated.Count == 0, "Compiler-generated ToString on: " + string.Join(", ", generated));
    }

    /// <summary>
    /// The culture the tests run in is the one the environment names (LC_ALL, else LANG, as .NET reads them on Unix):
    /// CI runs the suite a second time with LANG=tr_TR.UTF-8, and this proves that run really was Turkish.
    /// </summary>
    [Fact]
    public void TheProcessCulture_IsTheOneTheEnvironmentNames()
    {
        if (OperatingSystem.IsWindows())
        {
            return;   // Windows takes the culture from the user's settings, not from the environment.
        }

        string? variable = new[] { "LC_ALL", "LANG" }.Select(Environment.GetEnvironmentVariable).FirstOrDefault(value => !string.IsNullOrEmpty(value));
        string locale = (variable ?? "C").Split('.', '@')[0];
        string expected = locale is "C" or "POSIX" ? string.Empty : locale.Replace('_', '-');
        string actual = string.Empty;
        var thread = new System.Threading.Thread(() => actual = CultureInfo.CurrentCulture.Name);   // a new thread has the process's culture, whatever other tests set on theirs
        thread.Start();
        thread.Join();
        Assert.Equal(expected, actual, ignoreCase: true);
    }

    internal static T InCulture<T>(CultureInfo culture, Func<T> action)
    {
        CultureInfo original = CultureInfo.CurrentCulture;
        CultureInfo originalUi = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
            CultureInfo.CurrentUICulture = originalUi;
        }
    }
}
