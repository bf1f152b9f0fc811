using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Scorecard.Bench;

/// <summary>What one timed run measured, sent from the worker process to the parent as one JSON line.</summary>
/// <param name="Method">Method run.</param>
/// <param name="Rows">Rows stored.</param>
/// <param name="BadRows">Rows rejected (Scorecard only).</param>
/// <param name="Seconds">Wall-clock seconds from opening the new database to closing it.</param>
/// <param name="ReadSeconds">For Scorecard, the part of <paramref name="Seconds"/> until every file was read and storing began; null for read_csv.</param>
/// <param name="CpuSeconds">Processor seconds the process used in that time, summed over its threads.</param>
/// <param name="StartWorkingSet">Working set in bytes just before the timed part.</param>
/// <param name="PeakWorkingSet">Peak working set in bytes during the timed part, or since the process started where the peak could not be reset.</param>
/// <param name="PeakIsPerRun">Whether <paramref name="PeakWorkingSet"/> covers the timed part alone.</param>
/// <param name="DatabaseBytes">Size of the database file (and any write-ahead log) after closing.</param>
internal sealed record RunResult(ImportMethod Method, long Rows, long BadRows, double Seconds, double? ReadSeconds, double CpuSeconds, long StartWorkingSet, long PeakWorkingSet, bool PeakIsPerRun, long DatabaseBytes);

/// <summary>
/// One timed run in a process of its own, so its peak memory, heap and JIT state owe nothing to the
/// runs before it. The process first runs the same method on the small warm-up input, untimed, a
/// few times. With one warm-up, the next import of the Essex sample took up to twice as long as
/// later ones, because .NET's tiered compilation was still recompiling hot methods on a second core.
/// </summary>
internal static class Worker
{
    public const string Flag = "--worker";

    private const string ResultPrefix = "RESULT ";

    /// <summary>Runs the worker from its command-line arguments: method, input folder, warm-up folder, warm-up count, database folder.</summary>
    public static int Run(IReadOnlyList<string> args)
    {
        var method = Enum.Parse<ImportMethod>(args[0]);
        var input = args[1];
        var warmUp = args[2];
        var warmUps = int.Parse(args[3], CultureInfo.InvariantCulture);
        var databaseFolder = args[4];
        Directory.CreateDirectory(databaseFolder);

        var warmUpDatabase = Path.Combine(databaseFolder, "warm-up.duckdb");
        for (var i = 0; i < warmUps; i++)
        {
            ImportMethods.Run(method, warmUp, warmUpDatabase);
            DeleteDatabase(warmUpDatabase);
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        var peakIsPerRun = MemoryProbe.TryResetPeak();
        var startWorkingSet = MemoryProbe.WorkingSet();

        var database = Path.Combine(databaseFolder, "run.duckdb");
        var cpuBefore = ProcessorTime();
        var started = Stopwatch.GetTimestamp();
        var count = ImportMethods.Run(method, input, database);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        double? readSeconds = count.StoringStarted is { } storing ? Stopwatch.GetElapsedTime(started, storing).TotalSeconds : null;
        var cpuSeconds = (ProcessorTime() - cpuBefore).TotalSeconds;
        var peakWorkingSet = MemoryProbe.PeakWorkingSet();

        var rows = method == ImportMethod.Scorecard ? count.Rows : ImportMethods.CountReadCsvRows(database);
        var databaseBytes = DeleteDatabase(database);

        var result = new RunResult(method, rows, count.BadRows, seconds, readSeconds, cpuSeconds, startWorkingSet, peakWorkingSet, peakIsPerRun, databaseBytes);
        Console.WriteLine(ResultPrefix + JsonSerializer.Serialize(result));
        return 0;
    }

    /// <summary>Runs one worker process and returns its result.</summary>
    /// <exception cref="InvalidOperationException">The worker failed or printed no result.</exception>
    public static RunResult RunInChildProcess(ImportMethod method, string input, string warmUp, int warmUps, string databaseFolder)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        // Started through 'dotnet Scorecard.Bench.dll' the host needs the assembly path; started through the apphost it does not.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(Worker).Assembly.Location);
        }

        foreach (var argument in new[] { Flag, method.ToString(), input, warmUp, warmUps.ToString(CultureInfo.InvariantCulture), databaseFolder })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errorTask = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var error = errorTask.Result;

        var line = output.Split('\n').FirstOrDefault(text => text.StartsWith(ResultPrefix, StringComparison.Ordinal));
        if (process.ExitCode != 0 || line is null)
        {
            throw new InvalidOperationException($"The {ImportMethods.Label(method)} run on '{input}' failed with exit code {process.ExitCode}:\n{output}{error}");
        }

        return JsonSerializer.Deserialize<RunResult>(line[ResultPrefix.Length..])!;
    }

    private static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    // Returns the bytes the database took on disk.
    private static long DeleteDatabase(string database)
    {
        long bytes = 0;
        foreach (var file in new[] { database, database + ".wal" }.Where(File.Exists))
        {
            bytes += new FileInfo(file).Length;
            File.Delete(file);
        }

        return bytes;
    }
}
