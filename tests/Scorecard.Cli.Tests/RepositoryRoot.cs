using System.Reflection;

namespace Scorecard.Cli.Tests;

/// <summary>The repository's root folder, recorded at build time so tests find plans and samples wherever the binaries are.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = typeof(RepositoryRoot).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "RepositoryRoot").Value!;

    public static string CityOfLondonSample => System.IO.Path.Combine(Path, "samples", "police-uk", "city-of-london-2017-2020.zip");

    public static string ExamplePlan => System.IO.Path.Combine(Path, "plans", "police-uk-example.yaml");
}
