using System.Reflection;

namespace Scorecard.Data.Tests;

/// <summary>The repository's root folder, recorded at build time so tests find plans and samples wherever the binaries are.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = typeof(RepositoryRoot).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "RepositoryRoot").Value!;
}
