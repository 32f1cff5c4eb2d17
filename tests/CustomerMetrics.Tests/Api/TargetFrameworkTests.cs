using System.Reflection;
using System.Runtime.Versioning;
using Xunit;

namespace CustomerMetrics.Tests.Api;

/// <summary>The suite runs twice, against the .NET 10 build and against the netstandard2.0 build; this says which one is loaded.</summary>
public class TargetFrameworkTests
{
    [Fact]
    public void TheLibraryUnderTest_IsTheBuildThisProjectAsksFor()
    {
        string? framework = typeof(Nps).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName;
#if LIBRARY_NETSTANDARD
        Assert.Equal(".NETStandard,Version=v2.0", framework);
#else
        Assert.Equal(".NETCoreApp,Version=v10.0", framework);
#endif
    }
}
