using System;
using System.IO;

namespace CustomerMetrics.Tests;

/// <summary>Finds files of the repository (docs, snapshots) from the test's output folder.</summary>
internal static class Repository
{
    internal static string Root
    {
        get
        {
            for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "CustomerMetrics.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("CustomerMetrics.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
