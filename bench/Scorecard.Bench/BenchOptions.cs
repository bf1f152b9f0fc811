using System.Globalization;
using System.Reflection;

namespace Scorecard.Bench;

/// <summary>Command-line options of the benchmark.</summary>
/// <param name="Rows">Minimum data rows in the repeated input; the Essex files are copied whole until the total reaches it.</param>
/// <param name="Runs">Timed runs per method and input; the median is reported.</param>
/// <param name="SamplePath">The police.uk zip archive to extract and repeat.</param>
/// <param name="WorkFolder">Folder for prepared inputs and the database files written by each run.</param>
/// <param name="KeepInputs">Whether the prepared CSV files stay in <paramref name="WorkFolder"/> for the next run.</param>
/// <param name="Guessed">Whether to also time <c>read_csv</c> with detected column types.</param>
/// <param name="WarmUps">Untimed imports of the Essex sample in each run's process before its timed import.</param>
internal sealed record BenchOptions(long Rows, int Runs, string SamplePath, string WorkFolder, bool KeepInputs, bool Guessed, int WarmUps)
{
    public const string Usage = """
        Measures police.uk import throughput: Scorecard's importer against DuckDB's read_csv.

        Usage: dotnet run -c Release --project bench/Scorecard.Bench -- [options]

        Options:
          --rows N          Minimum data rows in the repeated input (default 5000000). The Essex files
                            are copied whole, as YYYY-MM-essex-copyNN-street.csv, until the total reaches N.
          --runs N          Timed runs per method and input, at least 1 (default 3). The median is reported.
          --sample PATH     police.uk zip archive to extract and repeat (default samples/police-uk/essex-2025.zip).
          --work PATH       Folder for prepared inputs and run databases (default: scorecard-bench in the
                            system temporary folder). Run databases are deleted after each run.
          --keep-inputs     Keep the prepared CSV files for the next run (they are reused when complete).
          --no-guessed      Skip read_csv with detected column types.
          --warm-ups N      Untimed loads of the Essex sample in each run's process before the timed
                            load, at least 1 (default 3), so that .NET has compiled optimised code.
          -h, --help        Show this help.
        """;

    /// <summary>Parses <paramref name="args"/>; returns null with an error message when an option is invalid.</summary>
    public static (BenchOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        long rows = 5_000_000;
        var runs = 3;
        var sample = Path.Combine(RepositoryRoot(), "samples", "police-uk", "essex-2025.zip");
        var work = Path.Combine(Path.GetTempPath(), "scorecard-bench");
        var keepInputs = false;
        var guessed = true;
        var warmUps = 3;

        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            switch (name)
            {
                case "--rows":
                    if (!TryValue(args, ref i, out var rowsText) || !long.TryParse(rowsText, NumberStyles.None, CultureInfo.InvariantCulture, out rows) || rows < 1)
                    {
                        return (null, $"--rows needs a whole number of rows of at least 1, such as 5000000; got '{rowsText}'.");
                    }

                    break;
                case "--runs":
                    if (!TryValue(args, ref i, out var runsText) || !int.TryParse(runsText, NumberStyles.None, CultureInfo.InvariantCulture, out runs) || runs < 1)
                    {
                        return (null, $"--runs needs a whole number of at least 1, such as 3; got '{runsText}'.");
                    }

                    break;
                case "--sample":
                    if (!TryValue(args, ref i, out var samplePath))
                    {
                        return (null, "--sample needs the path of a police.uk zip archive.");
                    }

                    sample = Path.GetFullPath(samplePath);
                    break;
                case "--work":
                    if (!TryValue(args, ref i, out var workPath))
                    {
                        return (null, "--work needs a folder path.");
                    }

                    work = Path.GetFullPath(workPath);
                    break;
                case "--keep-inputs":
                    keepInputs = true;
                    break;
                case "--no-guessed":
                    guessed = false;
                    break;
                case "--warm-ups":
                    if (!TryValue(args, ref i, out var warmUpsText) || !int.TryParse(warmUpsText, NumberStyles.None, CultureInfo.InvariantCulture, out warmUps) || warmUps < 1)
                    {
                        return (null, $"--warm-ups needs a whole number of at least 1, such as 3; got '{warmUpsText}'.");
                    }

                    break;
                default:
                    return (null, $"Unknown option '{name}'. Run with --help to list the options.");
            }
        }

        if (!File.Exists(sample))
        {
            return (null, $"The sample '{sample}' was not found. Pass a police.uk zip archive with --sample.");
        }

        return (new BenchOptions(rows, runs, sample, work, keepInputs, guessed, warmUps), null);
    }

    private static bool TryValue(IReadOnlyList<string> args, ref int i, out string value)
    {
        if (i + 1 >= args.Count)
        {
            value = "";
            return false;
        }

        i++;
        value = args[i];
        return true;
    }

    // The project file stamps the repository root into the assembly, so the default sample is found from any working folder.
    private static string RepositoryRoot() =>
        typeof(BenchOptions).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == "RepositoryRoot").Value!;
}
